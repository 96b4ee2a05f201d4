import { describe, expect, it } from "vitest";
import type { DomainError } from "../errors.ts";
import { allocatePayment } from "./payment-allocation.ts";

const invoices = [
  { id: "b", number: "2026-0002", dueDate: "2026-03-31", balance: 20_000 },
  { id: "a", number: "2026-0001", dueDate: "2026-03-01", balance: 10_000 },
  { id: "c", number: "2026-0003", dueDate: "2026-03-31", balance: 5_000 },
];

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (e) {
    return (e as DomainError).details?.fields?.[0]?.path;
  }
  return undefined;
}

describe("allocatePayment", () => {
  it("pays the oldest due first, then the lowest number, and keeps the rest as credit", () => {
    expect(allocatePayment({ amount: 25_000, invoices })).toEqual({
      allocations: [
        { invoiceId: "a", amount: 10_000 },
        { invoiceId: "b", amount: 15_000 },
      ],
      credit: 0,
    });
    expect(allocatePayment({ amount: 40_000, invoices }).credit).toBe(5_000);
  });

  it("follows the studio's allocation within each balance, the rest as credit", () => {
    const r = allocatePayment({
      amount: 30_000,
      invoices,
      requested: [
        { invoiceId: "c", amount: 5_000 },
        { invoiceId: "b", amount: 20_000 },
      ],
    });
    expect(r).toEqual({
      allocations: [
        { invoiceId: "c", amount: 5_000 },
        { invoiceId: "b", amount: 20_000 },
      ],
      credit: 5_000,
    });
  });

  it("names the field of a wrong allocation", () => {
    expect(fieldOf(() => allocatePayment({ amount: 0, invoices }))).toBe("amount");
    expect(
      fieldOf(() => allocatePayment({ amount: 100, invoices, requested: [{ invoiceId: "zz", amount: 100 }] })),
    ).toBe("allocations.0.invoiceId");
    expect(
      fieldOf(() => allocatePayment({ amount: 50_000, invoices, requested: [{ invoiceId: "c", amount: 6_000 }] })),
    ).toBe("allocations.0.amount");
    expect(
      fieldOf(() =>
        allocatePayment({
          amount: 100,
          invoices,
          requested: [
            { invoiceId: "a", amount: 100 },
            { invoiceId: "a", amount: 100 },
          ],
        }),
      ),
    ).toBe("allocations.1.invoiceId");
    expect(
      fieldOf(() => allocatePayment({ amount: 100, invoices, requested: [{ invoiceId: "a", amount: 200 }] })),
    ).toBe("allocations");
  });
});
