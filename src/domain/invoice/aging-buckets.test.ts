import { describe, expect, it } from "vitest";
import { money } from "../money.ts";
import { agingBucket, agingBuckets } from "./aging-buckets.ts";

const cad = (n: number) => money(n, "CAD");

describe("agingBuckets", () => {
  it("puts each boundary day in the right bucket", () => {
    expect([0, 1, 30, 31, 60, 61, 90, 91, -5].map(agingBucket)).toEqual([
      "current",
      "days1to30",
      "days1to30",
      "days31to60",
      "days31to60",
      "days61to90",
      "days61to90",
      "over90",
      "current",
    ]);
  });

  it("totals per client and overall, skipping settled invoices", () => {
    const r = agingBuckets(
      [
        { id: "a", clientId: "c1", dueDate: "2026-03-31", balanceDue: cad(10_000) }, // due today → current
        { id: "b", clientId: "c1", dueDate: "2026-03-01", balanceDue: cad(5_000) }, // 30 days
        { id: "c", clientId: "c2", dueDate: "2025-12-01", balanceDue: cad(7_000) }, // 120 days
        { id: "d", clientId: "c2", dueDate: "2026-01-15", balanceDue: cad(0) }, // paid
        { id: "e", clientId: "c2", dueDate: "2026-01-15", balanceDue: cad(-300) }, // client credit
      ],
      "2026-03-31",
    );
    expect(r.total.current.amount).toBe(10_000);
    expect(r.total.days1to30.amount).toBe(5_000);
    expect(r.total.over90.amount).toBe(7_000);
    expect(r.total.total.amount).toBe(22_000);
    expect(r.byClient.c1?.total.amount).toBe(15_000);
    expect(r.byClient.c2?.over90.amount).toBe(7_000);
    expect(r.invoices.map((i) => [i.id, i.daysPastDue])).toEqual([
      ["a", 0],
      ["b", 30],
      ["c", 120],
    ]);
  });

  it("refuses mixed currencies", () => {
    expect(() =>
      agingBuckets(
        [
          { id: "a", clientId: "c", dueDate: "2026-01-01", balanceDue: cad(1) },
          { id: "b", clientId: "c", dueDate: "2026-01-01", balanceDue: money(1, "EUR") },
        ],
        "2026-02-01",
      ),
    ).toThrow(/mixes/);
  });
});
