import { describe, expect, it } from "vitest";
import { DomainError } from "./errors.ts";
import { checkPaymentInstructions, paymentInstructionLines } from "./payment-instructions.ts";

describe("payment instructions", () => {
  it("normalises the IBAN and BIC and refuses a wrong check digit or a short transit number", () => {
    const pi = checkPaymentInstructions({ iban: "fr76 3000 6000 0112 3456 7890 189", bic: "agrifrpp" });
    expect(pi.iban).toBe("FR7630006000011234567890189");
    expect(pi.bic).toBe("AGRIFRPP");
    expect(() => checkPaymentInstructions({ iban: "FR7630006000011234567890188" })).toThrow(DomainError);
    expect(() => checkPaymentInstructions({ transitNumber: "123" })).toThrow(/transit/);
  });

  it("prints each filled way to pay in the language, then the reference to quote", () => {
    const pi = checkPaymentInstructions({
      accountHolder: "Collectif WEB inc.",
      institutionNumber: "815",
      transitNumber: "30001",
      accountNumber: "1234567",
      interacEmail: "paiement@collectif.test",
      chequePayableTo: "Collectif WEB inc.",
    });
    expect(paymentInstructionLines(pi, "fr", "RF12 3")).toEqual([
      "Virement bancaire : institution 815, transit 30001, compte 1234567 — titulaire : Collectif WEB inc.",
      "Virement Interac : paiement@collectif.test",
      "Chèque à l'ordre de : Collectif WEB inc.",
      "Référence à indiquer avec le paiement : RF12 3",
    ]);
    expect(paymentInstructionLines(pi, "en", undefined)[0]).toBe(
      "Bank transfer: institution 815, transit 30001, account 1234567 — account holder: Collectif WEB inc.",
    );
  });
});
