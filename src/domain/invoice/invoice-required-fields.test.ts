import { describe, expect, it } from "vitest";
import { type MissingInvoiceFieldsInput, missingInvoiceFields } from "./invoice-required-fields.ts";

const complete: MissingInvoiceFieldsInput = {
  regime: "ca_domestic",
  provider: {
    name: "Collectif Web",
    address: "1 rue X, Montréal",
    gstNumber: "123456789 RT0001",
    qstNumber: "1234567890 TQ0001",
  },
  client: { name: "Agence Exemple", address: "2 rue Y, Québec" },
  invoice: {
    issueDate: "2026-03-01",
    dueDate: "2026-03-31",
    paymentTerms: "Net 30",
    lines: [{ description: "Site vitrine" }],
    taxCodes: ["GST", "QST"],
  },
};
const paths = (input: MissingInvoiceFieldsInput) => missingInvoiceFields(input).map((i) => i.path);

describe("missingInvoiceFields", () => {
  it("a complete Canadian invoice has no issue", () => {
    expect(missingInvoiceFields(complete)).toEqual([]);
  });
  it("Canada: registration numbers are required only for the taxes charged", () => {
    const noNumbers = { ...complete, provider: { name: "Collectif Web" } };
    expect(paths(noNumbers)).toEqual(["provider.gstNumber", "provider.qstNumber"]);
    expect(paths({ ...noNumbers, invoice: { ...complete.invoice, taxCodes: ["HST"] } })).toEqual([
      "provider.gstNumber",
    ]);
    expect(paths({ ...noNumbers, regime: "ca_unregistered", invoice: { ...complete.invoice, taxCodes: [] } })).toEqual(
      [],
    );
  });
  it("names, date, lines and descriptions everywhere", () => {
    const r = paths({
      ...complete,
      provider: { ...complete.provider, name: " " },
      client: {},
      invoice: { ...complete.invoice, issueDate: undefined, lines: [{ description: "" }] },
    });
    expect(r).toEqual(["provider.name", "client.name", "invoice.issueDate", "invoice.lines.0.description"]);
  });
  it("France: SIREN, addresses, VAT numbers, supply and due dates", () => {
    const fr: MissingInvoiceFieldsInput = {
      regime: "fr_reverse_charge_eu",
      provider: { name: "Studio" },
      client: { name: "GmbH", isConsumer: false },
      invoice: { issueDate: "2026-03-01", lines: [{ description: "Dev" }], taxCodes: [] },
    };
    expect(paths(fr)).toEqual([
      "provider.address",
      "client.address",
      "provider.siren",
      "provider.vatNumber",
      "client.vatNumber",
      "invoice.supplyDate",
      "invoice.dueDate",
    ]);
    expect(paths({ ...fr, regime: "fr_franchise" })).not.toContain("provider.vatNumber");
    expect(paths({ ...fr, regime: "fr_domestic" })).toContain("client.siren");
    expect(paths({ ...fr, regime: "fr_domestic", client: { name: "Jean", isConsumer: true } })).not.toContain(
      "client.siren",
    );
  });
});
