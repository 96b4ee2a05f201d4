import { describe, expect, it } from "vitest";
import { money } from "../money.ts";
import { getTaxRate } from "../tax/tax-rate.ts";
import { taxReport } from "../tax/tax-report.ts";
import { agingBuckets } from "./aging-buckets.ts";
import { daysSalesOutstanding } from "./days-sales-outstanding.ts";
import { applyCreditNote, createDraftInvoice, issueInvoice, recordPayment } from "./invoice-lifecycle.ts";
import { toAgingInvoice, toDsoInvoice, toTaxReportDocuments } from "./invoice-views.ts";

const GST = getTaxRate({ jurisdiction: "CA", taxCode: "GST", date: "2026-01-01" });
const QST = getTaxRate({ jurisdiction: "CA-QC", taxCode: "QST", date: "2026-01-01" });

describe("invoice views feed the reports", () => {
  const issued = issueInvoice(
    createDraftInvoice("i1", {
      clientId: "c1",
      currency: "CAD",
      lines: [{ description: "Site", quantityMilli: 1_000, unitPrice: 100_000 }],
      taxes: [GST, QST],
    }),
    { number: "2026-0001", issueDate: "2026-01-10", dueDate: "2026-02-09", taxDate: "2026-01-05" },
  );
  const paidPart = recordPayment(issued, { id: "p", date: "2026-01-20", amount: money(50_000, "CAD") }).invoice;
  const credited = applyCreditNote(paidPart, {
    id: "cn",
    date: "2026-02-01",
    reason: "discount",
    request: { kind: "partial", lines: [{ lineIndex: 0, amount: 10_000 }] },
  }).invoice;

  it("aging sees the balance after payments and credit notes", () => {
    const r = agingBuckets([toAgingInvoice(credited)], "2026-03-01");
    expect(r.total.days1to30.amount).toBe(114_975 - 50_000 - 11_498);
  });

  it("DSO sees dated payments and credit notes", () => {
    const r = daysSalesOutstanding({ invoices: [toDsoInvoice(credited)], from: "2026-01-01", to: "2026-01-31" });
    expect(r).toMatchObject({ ok: true, receivables: { amount: 64_975 } });
  });

  it("the tax report files the invoice at its tax point and the credit note at its date", () => {
    const docs = toTaxReportDocuments(credited);
    expect(docs.invoice.date).toBe("2026-01-05");
    const january = taxReport({
      invoices: [docs.invoice],
      creditNotes: docs.creditNotes,
      period: { from: "2026-01-01", to: "2026-01-31" },
    });
    expect(january.netByTaxCode.GST?.amount).toBe(5_000);
    const february = taxReport({
      invoices: [docs.invoice],
      creditNotes: docs.creditNotes,
      period: { from: "2026-02-01", to: "2026-02-28" },
    });
    expect(february.netByTaxCode.GST?.amount).toBe(-500);
  });

  it("a tax point after the issue date is refused", () => {
    expect(() =>
      issueInvoice(
        createDraftInvoice("i2", {
          clientId: "c",
          currency: "CAD",
          lines: [{ description: "x", quantityMilli: 1_000, unitPrice: 1 }],
          taxes: [],
        }),
        {
          number: "2",
          issueDate: "2026-01-10",
          dueDate: "2026-01-10",
          taxDate: "2026-01-11",
        },
      ),
    ).toThrow(/tax point/);
  });
});
