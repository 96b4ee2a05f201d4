import { describe, expect, it } from "vitest";
import { money } from "../money.ts";
import { franceLatePenalty } from "./france-late-penalty.ts";

const cad = (n: number) => money(n, "CAD");
const eur = (n: number) => money(n, "EUR");

describe("franceLatePenalty (C. com. L441-10 II, D441-5)", () => {
  it("ECB refi of the half-year + 10 points from the day after due, plus the 40 € indemnity", () => {
    // DERIVED with the [U] ECB values of RULES-SOURCES.md §2.4 (3.15% on 1 Jan 2025 → 13.15%):
    // 1,000.00 € × 13.15% × 30/365 = 10.808 € → 10.81 €; + 40 € indemnity.
    const r = franceLatePenalty({
      principal: eur(100_000),
      dueDate: "2025-03-31",
      asOf: "2025-04-30",
      isConsumer: false,
    });
    expect(r.segments).toEqual([
      { halfYear: "2025-H1", from: "2025-04-01", to: "2025-04-30", days: 30, ratePpm: 131_500 },
    ]);
    expect(r.penalty.amount).toBe(1_081);
    expect(r.indemnity.amount).toBe(4_000);
    expect(r.total.amount).toBe(5_081);
  });

  it("splits a delay across half-years at each one's rate", () => {
    const r = franceLatePenalty({
      principal: eur(100_000),
      dueDate: "2025-06-20",
      asOf: "2025-07-10",
      isConsumer: false,
    });
    expect(r.segments.map((s) => [s.halfYear, s.days, s.ratePpm])).toEqual([
      ["2025-H1", 10, 131_500],
      ["2025-H2", 10, 121_500],
    ]);
    // (100,000 × 131,500 × 10 + 100,000 × 121,500 × 10) / 365,000,000 = 693.15 → 693
    expect(r.penalty.amount).toBe(693);
  });

  it("nothing before the due date has passed; never anything for a consumer", () => {
    const early = franceLatePenalty({
      principal: eur(100_000),
      dueDate: "2025-03-31",
      asOf: "2025-03-31",
      isConsumer: false,
    });
    expect(early.total.amount).toBe(0);
    const consumer = franceLatePenalty({
      principal: eur(100_000),
      dueDate: "2025-03-31",
      asOf: "2025-04-30",
      isConsumer: true,
    });
    expect(consumer.total.amount).toBe(0);
    expect(consumer.warnings[0]?.code).toBe("consumer");
  });

  it("asks for the ECB rate of a half-year it does not know (configurable) and checks the 3× legal-rate floor", () => {
    expect(() =>
      franceLatePenalty({ principal: eur(100), dueDate: "2026-01-10", asOf: "2026-02-10", isConsumer: false }),
    ).toThrow(/no ECB refinancing rate for 2026-H1/);
    const custom = franceLatePenalty({
      principal: eur(100_000),
      dueDate: "2026-01-10",
      asOf: "2026-02-09",
      isConsumer: false,
      ecbRefiRates: [
        { halfYear: "2026-H1", ratePpm: 20_000, source: { title: "user setting", url: "https://example.org" } },
      ],
    });
    expect(custom.segments[0]?.ratePpm).toBe(120_000);
    const low = franceLatePenalty({
      principal: eur(100_000),
      dueDate: "2025-01-10",
      asOf: "2025-02-10",
      isConsumer: false,
      contractRatePpm: 100_000,
    });
    expect(low.warnings.map((w) => w.code)).toEqual(["contract_rate_below_floor"]);
    expect(() =>
      franceLatePenalty({ principal: cad(1), dueDate: "2025-01-10", asOf: "2025-02-10", isConsumer: false }),
    ).toThrow(/EUR/);
  });
});
