import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.ts";
import { money } from "../money.ts";
import { getTaxRate } from "../tax/tax-rate.ts";
import { invoiceBalance } from "./invoice-balance.ts";
import {
  applyCreditNote,
  createDraftInvoice,
  editDraftInvoice,
  type Invoice,
  type InvoiceStatus,
  issueInvoice,
  type NumberedInvoice,
  recordPayment,
  requireDeletableInvoice,
  writeOffInvoice,
} from "./invoice-lifecycle.ts";

const GST = getTaxRate({ jurisdiction: "CA", taxCode: "GST", date: "2026-01-01" });
const QST = getTaxRate({ jurisdiction: "CA-QC", taxCode: "QST", date: "2026-01-01" });
const cad = (n: number) => money(n, "CAD");

// Total: 1,000.00 + GST 50.00 + QST 99.75 = 1,149.75 $
const draft = createDraftInvoice("inv_1", {
  clientId: "cli_1",
  currency: "CAD",
  lines: [{ description: "Site vitrine", quantityMilli: 1_000, unitPrice: 100_000 }],
  taxes: [GST, QST],
});
const issued = issueInvoice(draft, { number: "2026-0042", issueDate: "2026-03-01", dueDate: "2026-03-31" });
const partial = recordPayment(issued, { id: "p1", date: "2026-03-10", amount: cad(50_000) }).invoice;
const paid = recordPayment(issued, { id: "p1", date: "2026-03-10", amount: cad(114_975) }).invoice;
const credited = applyCreditNote(issued, {
  id: "cn1",
  date: "2026-03-05",
  reason: "cancel",
  request: { kind: "full" },
}).invoice;
const writtenOff = writeOffInvoice(partial, { date: "2026-09-01", reason: "client insolvent" });

const ALL: Record<InvoiceStatus, Invoice> = {
  draft,
  issued,
  partially_paid: partial,
  paid,
  credited,
  written_off: writtenOff,
};

function codeOf(run: () => unknown): string {
  try {
    run();
    return "ok";
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
}

const TRANSITIONS: Record<string, (inv: Invoice) => unknown> = {
  edit: (inv) => editDraftInvoice(inv, { clientId: "cli_2" }),
  delete: (inv) => requireDeletableInvoice(inv),
  issue: (inv) => issueInvoice(inv, { number: "2026-0099", issueDate: "2026-03-01", dueDate: "2026-03-31" }),
  pay: (inv) => recordPayment(inv, { id: "p9", date: "2026-04-01", amount: cad(100) }),
  credit: (inv) =>
    applyCreditNote(inv, {
      id: "cn9",
      date: "2026-04-01",
      reason: "discount",
      request: { kind: "partial", lines: [{ lineIndex: 0, amount: 100 }] },
    }),
  writeOff: (inv) => writeOffInvoice(inv, { date: "2026-04-01", reason: "bad debt" }),
};

// Expected outcome of every transition from every status: "ok" or the error code of the refusal.
const MATRIX: Record<string, Record<InvoiceStatus, string>> = {
  edit: {
    draft: "ok",
    issued: "invalid_state",
    partially_paid: "invalid_state",
    paid: "invalid_state",
    credited: "invalid_state",
    written_off: "invalid_state",
  },
  delete: {
    draft: "ok",
    issued: "invalid_state",
    partially_paid: "invalid_state",
    paid: "invalid_state",
    credited: "invalid_state",
    written_off: "invalid_state",
  },
  issue: {
    draft: "ok",
    issued: "invalid_state",
    partially_paid: "invalid_state",
    paid: "invalid_state",
    credited: "invalid_state",
    written_off: "invalid_state",
  },
  pay: {
    draft: "invalid_state",
    issued: "ok",
    partially_paid: "ok",
    paid: "invalid_state",
    credited: "invalid_state",
    written_off: "invalid_state",
  },
  credit: {
    draft: "invalid_state",
    issued: "ok",
    partially_paid: "ok",
    paid: "ok",
    credited: "invalid_state",
    written_off: "invalid_state",
  },
  writeOff: {
    draft: "invalid_state",
    issued: "ok",
    partially_paid: "ok",
    paid: "invalid_state",
    credited: "invalid_state",
    written_off: "invalid_state",
  },
};

describe("invoice lifecycle: every transition from every status", () => {
  const cases = Object.entries(MATRIX).flatMap(([t, row]) =>
    Object.entries(row).map(([status, expected]) => [t, status as InvoiceStatus, expected] as const),
  );
  it.each(cases)("%s from %s → %s", (transition, status, expected) => {
    expect(ALL[status].status).toBe(status);
    expect(codeOf(() => TRANSITIONS[transition]!(ALL[status]))).toBe(expected);
  });

  it("refusals explain themselves", () => {
    expect(() => editDraftInvoice(issued, {})).toThrow(/issued invoices never change; issue a credit note/);
    expect(() => recordPayment(paid, { id: "x", date: "2026-04-01", amount: cad(1) })).toThrow(/already paid/);
  });
});

describe("invoice lifecycle: what each transition does", () => {
  it("issue freezes totals and assigns the number and dates", () => {
    expect(issued.number).toBe("2026-0042");
    expect(issued.totals.total.amount).toBe(114_975);
    expect(invoiceBalance(issued).balance.amount).toBe(114_975);
  });

  it("issue validates its input", () => {
    const codes = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as DomainError).details?.fields?.[0]?.path;
      }
    };
    expect(codes(() => issueInvoice(draft, { number: "X", issueDate: "2026-03-10", dueDate: "2026-03-01" }))).toBe(
      "dueDate",
    );
    expect(codes(() => issueInvoice(draft, { number: " ", issueDate: "2026-03-10", dueDate: "2026-03-11" }))).toBe(
      "number",
    );
    const empty = createDraftInvoice("inv_2", { ...draft, lines: [] });
    expect(codes(() => issueInvoice(empty, { number: "X", issueDate: "2026-03-10", dueDate: "2026-03-11" }))).toBe(
      "lines",
    );
  });

  it("payments move issued → partially_paid → paid, and an overpayment becomes client credit", () => {
    expect(partial.status).toBe("partially_paid");
    expect(invoiceBalance(partial).balance.amount).toBe(64_975);
    const r = recordPayment(partial, { id: "p2", date: "2026-03-20", amount: cad(70_000) });
    expect(r.invoice.status).toBe("paid");
    expect(r.clientCredit.amount).toBe(5_025);
    expect(invoiceBalance(r.invoice).balance.amount).toBe(-5_025);
  });

  it("refuses a payment in another currency, a non-positive one or a duplicate id", () => {
    expect(codeOf(() => recordPayment(issued, { id: "p", date: "2026-03-02", amount: money(10, "EUR") }))).toBe(
      "validation",
    );
    expect(codeOf(() => recordPayment(issued, { id: "p", date: "2026-03-02", amount: cad(0) }))).toBe("validation");
    expect(codeOf(() => recordPayment(partial, { id: "p1", date: "2026-03-02", amount: cad(1) }))).toBe("conflict");
  });

  it("a full credit note cancels the invoice; a partial one lowers the balance", () => {
    expect(credited.status).toBe("credited");
    expect(invoiceBalance(credited).balance.amount).toBe(0);
    const r = applyCreditNote(issued, {
      id: "cn2",
      date: "2026-03-05",
      reason: "discount",
      request: { kind: "partial", lines: [{ lineIndex: 0, amount: 10_000 }] },
    });
    expect(r.invoice.status).toBe("issued");
    expect(invoiceBalance(r.invoice).balance.amount).toBe(114_975 - 11_498);
  });

  it("a credit note on a paid invoice gives the client a credit; paid + credited settle as paid", () => {
    const r = applyCreditNote(paid, {
      id: "cn3",
      date: "2026-03-15",
      reason: "late delivery",
      request: { kind: "partial", lines: [{ lineIndex: 0, amount: 10_000 }] },
    });
    expect(r.invoice.status).toBe("paid");
    expect(r.clientCredit.amount).toBe(11_498);
    const rest = recordPayment(
      applyCreditNote(issued, {
        id: "c",
        date: "2026-03-02",
        reason: "r",
        request: { kind: "partial", lines: [{ lineIndex: 0, amount: 10_000 }] },
      }).invoice,
      { id: "p", date: "2026-03-03", amount: cad(114_975 - 11_498) },
    );
    expect(rest.invoice.status).toBe("paid");
    expect(rest.clientCredit.amount).toBe(0);
  });

  it("refuses a credit note above what remains creditable, or dated before the invoice", () => {
    const tooMuch = () =>
      applyCreditNote(issued, {
        id: "c",
        date: "2026-03-02",
        reason: "r",
        request: { kind: "partial", lines: [{ lineIndex: 0, amount: 100_001 }] },
      });
    expect(codeOf(tooMuch)).toBe("validation");
    expect(tooMuch).toThrow(/exceeds/);
    expect(
      codeOf(() => applyCreditNote(issued, { id: "c", date: "2026-02-01", reason: "r", request: { kind: "full" } })),
    ).toBe("validation");
  });

  it("write-off records the unpaid balance and is terminal", () => {
    expect(writtenOff.writeOff.amount.amount).toBe(64_975);
    expect(invoiceBalance(writtenOff).balance.amount).toBe(0);
    expect(codeOf(() => writeOffInvoice(issued, { date: "2026-04-01", reason: " " }))).toBe("validation");
  });

  it("drafts are edited with validation", () => {
    const edited = editDraftInvoice(draft, { lines: [{ description: "x", quantityMilli: 2_000, unitPrice: 500 }] });
    expect(edited.status).toBe("draft");
    expect(
      codeOf(() => editDraftInvoice(draft, { lines: [{ description: "x", quantityMilli: 1, unitPrice: -5 }] })),
    ).toBe("validation");
  });

  it("never mutates its input", () => {
    const snapshot = JSON.stringify(issued);
    recordPayment(issued, { id: "p5", date: "2026-03-10", amount: cad(10) });
    applyCreditNote(issued, { id: "c5", date: "2026-03-10", reason: "r", request: { kind: "full" } });
    expect(JSON.stringify(issued)).toBe(snapshot);
    const _typed: NumberedInvoice = issued;
    expect(_typed.status).toBe("issued");
  });
});
