import { describe, expect, it } from "vitest";
import { money } from "../money.ts";
import { invoiceBalance } from "./invoice-balance.ts";
import { createDraftInvoice, issueInvoice, recordPayment, writeOffInvoice } from "./invoice-lifecycle.ts";

describe("invoiceBalance", () => {
  const issued = issueInvoice(
    createDraftInvoice("i", {
      clientId: "c",
      currency: "EUR",
      lines: [{ description: "x", quantityMilli: 1_000, unitPrice: 10_000 }],
      taxes: [],
    }),
    { number: "F-1", issueDate: "2026-01-01", dueDate: "2026-01-31" },
  );
  it("subtracts payments and write-offs from the total", () => {
    const part = recordPayment(issued, { id: "p", date: "2026-01-05", amount: money(2_500, "EUR") }).invoice;
    expect(invoiceBalance(part)).toMatchObject({
      total: { amount: 10_000 },
      paid: { amount: 2_500 },
      balance: { amount: 7_500 },
    });
    const wo = writeOffInvoice(part, { date: "2026-06-01", reason: "liquidation" });
    expect(invoiceBalance(wo)).toMatchObject({ writtenOff: { amount: 7_500 }, balance: { amount: 0 } });
  });
  it("goes negative on an overpayment (client credit)", () => {
    const over = recordPayment(issued, { id: "p", date: "2026-01-05", amount: money(12_000, "EUR") }).invoice;
    expect(invoiceBalance(over).balance.amount).toBe(-2_000);
  });
});
