import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.ts";
import { money } from "../money.ts";
import { getTaxRate } from "../tax/tax-rate.ts";
import { invoiceBalance } from "./invoice-balance.ts";
import {
  applyCreditNote,
  createDraftInvoice,
  type Invoice,
  issueInvoice,
  type NumberedInvoice,
  recordPayment,
  writeOffInvoice,
} from "./invoice-lifecycle.ts";

const GST = getTaxRate({ jurisdiction: "CA", taxCode: "GST", date: "2026-01-01" });
const QST = getTaxRate({ jurisdiction: "CA-QC", taxCode: "QST", date: "2026-01-01" });

const step = fc.oneof(
  fc.record({ kind: fc.constant("pay" as const), amount: fc.integer({ min: 1, max: 150_000 }) }),
  fc.record({
    kind: fc.constant("credit" as const),
    line: fc.integer({ min: 0, max: 1 }),
    amount: fc.integer({ min: 1, max: 80_000 }),
  }),
  fc.record({ kind: fc.constant("creditAll" as const) }),
  fc.record({ kind: fc.constant("writeOff" as const) }),
);

describe("invoice lifecycle properties", () => {
  it("after any sequence of payments, credit notes and write-offs the books balance and the status matches them", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 10 }), (steps) => {
        const draft = createDraftInvoice("i", {
          clientId: "c",
          currency: "CAD",
          lines: [
            { description: "a", quantityMilli: 1_000, unitPrice: 60_000 },
            { description: "b", quantityMilli: 2_500, unitPrice: 12_345 },
          ],
          taxes: [GST, QST],
        });
        let inv: Invoice = issueInvoice(draft, { number: "1", issueDate: "2026-01-01", dueDate: "2026-01-31" });
        let clientCredit = 0;
        steps.forEach((s, i) => {
          try {
            if (s.kind === "pay") {
              const r = recordPayment(inv, { id: `p${i}`, date: "2026-01-10", amount: money(s.amount, "CAD") });
              inv = r.invoice;
              clientCredit += r.clientCredit.amount;
            } else if (s.kind === "writeOff") {
              inv = writeOffInvoice(inv, { date: "2026-06-01", reason: "bad debt" });
            } else {
              const request =
                s.kind === "creditAll"
                  ? { kind: "full" as const }
                  : { kind: "partial" as const, lines: [{ lineIndex: s.line, amount: s.amount }] };
              const r = applyCreditNote(inv, { id: `c${i}`, date: "2026-01-15", reason: "r", request });
              inv = r.invoice;
              clientCredit += r.clientCredit.amount;
            }
          } catch (e) {
            if (!(e instanceof DomainError)) throw e;
            expect(["invalid_state", "validation"]).toContain(e.code);
          }
        });
        const n = inv as NumberedInvoice;
        const b = invoiceBalance(n);
        expect(b.total.amount).toBe(b.paid.amount + b.credited.amount + b.writtenOff.amount + b.balance.amount);
        expect(b.credited.amount).toBeLessThanOrEqual(b.total.amount);
        expect(clientCredit).toBe(Math.max(0, -b.balance.amount));
        switch (n.status) {
          case "issued":
            expect(b.paid.amount).toBe(0);
            expect(b.balance.amount).toBeGreaterThan(0);
            break;
          case "partially_paid":
            expect(b.paid.amount).toBeGreaterThan(0);
            expect(b.balance.amount).toBeGreaterThan(0);
            break;
          case "paid":
            expect(b.balance.amount).toBeLessThanOrEqual(0);
            break;
          case "credited":
            expect(b.credited.amount).toBe(b.total.amount);
            break;
          case "written_off":
            expect(b.balance.amount).toBe(0);
            break;
        }
      }),
    );
  });
});
