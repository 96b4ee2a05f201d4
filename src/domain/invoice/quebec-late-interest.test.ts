import { describe, expect, it } from "vitest";
import { money } from "../money.ts";
import { quebecLateInterest } from "./quebec-late-interest.ts";

const cad = (n: number) => money(n, "CAD");

describe("quebecLateInterest (C.c.Q. 1617; Interest Act ss. 3-4)", () => {
  it("legal rate 5%/yr, simple, actual/365, when the contract says lapse of time suffices", () => {
    // DERIVED (no official numeric example): 1,000.00 $ × 5% × 30/365 = 4.1096 $ → 4.11 $.
    const r = quebecLateInterest({
      principal: cad(100_000),
      dueDate: "2026-03-31",
      asOf: "2026-04-30",
      demeure: { kind: "lapse_of_time" },
    });
    expect(r).toMatchObject({ days: 30, from: "2026-04-01", annualRatePpm: 50_000, basis: "legal_rate" });
    expect(r.interest.amount).toBe(411);
  });

  it("runs from the end of the mise en demeure's deadline, not from the due date", () => {
    const r = quebecLateInterest({
      principal: cad(100_000),
      dueDate: "2026-03-31",
      asOf: "2026-04-30",
      demeure: { kind: "formal_notice", noticeDate: "2026-04-10", deadline: "2026-04-20" },
    });
    expect(r).toMatchObject({ days: 10, from: "2026-04-21" });
    expect(r.interest.amount).toBe(137); // 1,000 × 5% × 10/365 = 1.3699
  });

  it("owes nothing before demeure, with a warning saying what to do", () => {
    const r = quebecLateInterest({
      principal: cad(100_000),
      dueDate: "2026-03-31",
      asOf: "2026-04-30",
      demeure: { kind: "none" },
    });
    expect(r.interest.amount).toBe(0);
    expect(r.warnings.map((w) => w.code)).toEqual(["no_demeure_yet"]);
  });

  it("uses a monthly contract rate that states its yearly equivalent, and shows it", () => {
    // 2% per month, "24% per year" stated: 1,000.00 $ × 24% × 30/365 = 19.726 $ → 19.73 $.
    const r = quebecLateInterest({
      principal: cad(100_000),
      dueDate: "2026-03-31",
      asOf: "2026-04-30",
      demeure: { kind: "lapse_of_time" },
      contractRate: { period: "month", ratePpm: 20_000, annualEquivalentStated: true },
    });
    expect(r).toMatchObject({ basis: "contract_rate", annualRatePpm: 240_000 });
    expect(r.annualEquivalent).toEqual({ nominalPpm: 240_000, effectivePpm: 268_242 });
    expect(r.interest.amount).toBe(1_973);
  });

  it("caps at 5% a monthly rate stated without its yearly equivalent (Interest Act s. 4; Ambassador Coffee)", () => {
    const r = quebecLateInterest({
      principal: cad(100_000),
      dueDate: "2026-03-31",
      asOf: "2026-04-30",
      demeure: { kind: "lapse_of_time" },
      contractRate: { period: "month", ratePpm: 20_000, annualEquivalentStated: false },
    });
    expect(r).toMatchObject({ basis: "interest_act_s4_cap", annualRatePpm: 50_000 });
    expect(r.warnings.map((w) => w.code)).toContain("interest_act_s4_cap");
    expect(r.interest.amount).toBe(411);
  });

  it("warns above the criminal rate and near prescription", () => {
    const r = quebecLateInterest({
      principal: cad(100_000),
      dueDate: "2023-06-01",
      asOf: "2026-01-15",
      demeure: { kind: "lapse_of_time" },
      contractRate: { period: "month", ratePpm: 50_000, annualEquivalentStated: true },
    });
    expect(r.warnings.map((w) => w.code)).toEqual(["criminal_rate", "prescription_soon"]);
    expect(r.prescriptionDate).toBe("2026-06-01");
  });
});
