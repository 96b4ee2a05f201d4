import { describe, expect, it } from "vitest";
import { goodwillBudgetStatus } from "./goodwill-budget-status.ts";

const status = (usedMinutes: number, budgetHours: number) =>
  goodwillBudgetStatus({ usedMinutes, budgetHours, label: "Agence Nova" });

describe("goodwill budget status", () => {
  it("is ok below 80 %", () => {
    // 479 min of a 10 h (600 min) budget = 79.83 %
    expect(status(479, 10).status).toBe("ok");
  });
  it("warns at exactly 80 %", () => {
    // 480 min = 8 h of 10 h = 80 %
    const s = status(480, 10);
    expect(s.status).toBe("warning");
    expect(s.ratio).toBe(0.8);
    expect(s.usedHours).toBe(8);
    expect(s.message.fr).toContain("Agence Nova : 8\u00a0h de gestes commerciaux sur un budget de 10\u00a0h");
    expect(s.message.fr).toContain("80\u00a0%");
    expect(s.message.fr).toContain("bientôt épuisé");
    expect(s.message.en).toBe(
      "Agence Nova: 8\u00a0h of goodwill out of a 10\u00a0h budget (80%). The budget is nearly spent; further requests should go through a change order.",
    );
  });
  it("is exceeded at exactly 100 %", () => {
    expect(status(599, 10).status).toBe("warning");
    const s = status(600, 10);
    expect(s.status).toBe("exceeded");
    expect(s.message.fr).toContain("budget de gestes commerciaux dépassé");
    expect(s.message.en).toContain("goodwill budget exceeded");
  });
  it("compares exactly with a budget in hundredths of hours", () => {
    // 2.5 h = 150 min; 80 % = 120 min; 100 % = 150 min
    expect(status(119, 2.5).status).toBe("ok");
    expect(status(120, 2.5).status).toBe("warning");
    expect(status(150, 2.5).status).toBe("exceeded");
    // 0.35 h = 21 min; 80 % = 16.8 min → 16 ok, 17 warning
    expect(status(16, 0.35).status).toBe("ok");
    expect(status(17, 0.35).status).toBe("warning");
    expect(status(21, 0.35).status).toBe("exceeded");
  });
  it("treats a zero budget as no free work", () => {
    expect(status(0, 0).status).toBe("ok");
    expect(status(1, 0).status).toBe("exceeded");
    expect(status(1, 0).ratio).toBeUndefined();
  });
  it("refuses a negative or too precise budget", () => {
    expect(() => status(10, -1)).toThrow(expect.objectContaining({ code: "validation" }));
    expect(() => status(10, 1.005)).toThrow(expect.objectContaining({ code: "validation" }));
  });
});
