import { describe, expect, it } from "vitest";
import { checkFrancePaymentTerm, francePaymentMentions } from "./france-payment-terms.ts";

describe("checkFrancePaymentTerm (C. com. L441-10 I)", () => {
  it("accepts up to 60 days after the invoice date", () => {
    expect(checkFrancePaymentTerm({ issueDate: "2026-01-15", dueDate: "2026-03-16" })).toEqual({ ok: true, days: 60 });
    expect(checkFrancePaymentTerm({ issueDate: "2026-01-15", dueDate: "2026-03-17" }).ok).toBe(false);
  });
  it("accepts 45 days end of month only when expressly agreed", () => {
    // Invoice 2026-01-15: end of month 01-31 + 45 days = 03-17; or +45 days = 03-01 → end of month 03-31.
    expect(checkFrancePaymentTerm({ issueDate: "2026-01-15", dueDate: "2026-03-31", endOfMonthAgreed: true }).ok).toBe(
      true,
    );
    expect(checkFrancePaymentTerm({ issueDate: "2026-01-15", dueDate: "2026-04-01", endOfMonthAgreed: true }).ok).toBe(
      false,
    );
    expect(checkFrancePaymentTerm({ issueDate: "2026-01-15", dueDate: "2026-03-31" }).ok).toBe(false);
    expect(checkFrancePaymentTerm({ issueDate: "2026-01-15", dueDate: "2026-01-14" }).ok).toBe(false);
  });
});

describe("francePaymentMentions (L441-9, L441-10 II, D441-5)", () => {
  it("prints early-payment terms, the penalty rate and the 40 € indemnity for businesses", () => {
    const m = francePaymentMentions({ isConsumer: false });
    expect(m.lines).toHaveLength(3);
    expect(m.lines[0]).toBe("Escompte pour paiement anticipé : néant.");
    expect(m.lines[1]).toContain("Banque centrale européenne majoré de 10 points");
    expect(m.lines[2]).toBe(
      "Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40\u00a0€.",
    );
    expect(francePaymentMentions({ isConsumer: false, penaltyRatePpm: 120_000 }).lines[1]).toContain(
      "12\u00a0% par an",
    );
  });
  it("prints none of them for a consumer", () => {
    expect(francePaymentMentions({ isConsumer: true }).lines).toEqual([]);
  });
});
