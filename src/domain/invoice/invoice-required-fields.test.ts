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
  // The 2026 reform (décret n° 2022-1299, art. 242 nonies A as amended): the client's SIREN on every invoice to a
  // business established in France — the franchise en base included (« TVA non applicable, art. 293 B du CGI »).
  it.each([
    ["fr_domestic", false, "FR", true],
    ["fr_franchise", false, "FR", true],
    ["fr_franchise", true, "FR", false],
    ["fr_domestic", false, "DE", false],
    ["fr_reverse_charge_eu", false, "BE", false],
    ["fr_outside_scope", false, "CA", false],
    ["ca_domestic", false, "CA", false],
  ] as const)(
    "France 2026: %s, consumer %s, client in %s: client SIREN required = %s",
    (regime, isConsumer, country, required) => {
      const input: MissingInvoiceFieldsInput = {
        regime,
        provider: { name: "Studio Lumière", address: "12 rue de la Paix, 75002 Paris", siren: "552 100 554" },
        client: { name: "Boulangerie Martin SARL", address: "3 place du Marché, 69001 Lyon", isConsumer, country },
        invoice: { issueDate: "2026-12-01", lines: [{ description: "Site vitrine" }], taxCodes: [] },
      };
      expect(paths(input).includes("client.siren")).toBe(required);
      expect(paths({ ...input, client: { ...input.client, siren: "443 061 841" } })).not.toContain("client.siren");
    },
  );
});
