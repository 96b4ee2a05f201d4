/**
 * How the studio is paid, set once in the settings and printed on every invoice and in the client portal: a Canadian
 * bank transfer (institution, transit and account numbers), a SEPA transfer (IBAN and BIC), an Interac e-Transfer
 * address, and to whom cheques are made payable. Every part is optional; an empty part is not printed.
 */
import { fieldError } from "./errors.ts";

export interface PaymentInstructions {
  accountHolder: string;
  /** Canada: 3-digit institution number, 5-digit transit (branch) number, 7 to 12-digit account number. */
  institutionNumber: string;
  transitNumber: string;
  accountNumber: string;
  /** France / SEPA. */
  iban: string;
  bic: string;
  interacEmail: string;
  chequePayableTo: string;
}

export const EMPTY_PAYMENT_INSTRUCTIONS: PaymentInstructions = {
  accountHolder: "",
  institutionNumber: "",
  transitNumber: "",
  accountNumber: "",
  iban: "",
  bic: "",
  interacEmail: "",
  chequePayableTo: "",
};

function ibanValid(iban: string): boolean {
  if (!/^[A-Z]{2}[0-9]{2}[0-9A-Z]{11,30}$/.test(iban)) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const d = /[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const digit of d) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest === 1;
}

/** Trims and normalises (IBAN and BIC upper case without spaces), then checks each filled part's format. */
export function checkPaymentInstructions(input: Partial<PaymentInstructions>): PaymentInstructions {
  const pi: PaymentInstructions = { ...EMPTY_PAYMENT_INSTRUCTIONS };
  for (const key of Object.keys(pi) as (keyof PaymentInstructions)[]) pi[key] = (input[key] ?? "").trim();
  pi.iban = pi.iban.replace(/\s+/g, "").toUpperCase();
  pi.bic = pi.bic.replace(/\s+/g, "").toUpperCase();
  const bad = (field: keyof PaymentInstructions, message: string) =>
    fieldError(`paymentInstructions.${field}`, "invalid_format", message);
  if (pi.institutionNumber && !/^[0-9]{3}$/.test(pi.institutionNumber))
    throw bad("institutionNumber", "an institution number has 3 digits");
  if (pi.transitNumber && !/^[0-9]{5}$/.test(pi.transitNumber))
    throw bad("transitNumber", "a transit number has 5 digits");
  if (pi.accountNumber && !/^[0-9]{7,12}$/.test(pi.accountNumber))
    throw bad("accountNumber", "an account number has 7 to 12 digits");
  if (pi.iban && !ibanValid(pi.iban)) throw bad("iban", "this IBAN's check digits do not match");
  if (pi.bic && !/^[A-Z]{6}[0-9A-Z]{2}([0-9A-Z]{3})?$/.test(pi.bic)) throw bad("bic", "a BIC has 8 or 11 characters");
  if (pi.interacEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(pi.interacEmail))
    throw bad("interacEmail", "not an e-mail address");
  return pi;
}

/** True when at least one way to pay is filled in. */
export function hasPaymentInstructions(pi: PaymentInstructions | undefined): boolean {
  return !!pi && Object.values(pi).some((v) => v !== "");
}

/** The instructions as printed lines in a language, ending with the reference to quote. */
export function paymentInstructionLines(
  pi: PaymentInstructions | undefined,
  lang: "fr" | "en",
  reference: string | undefined,
): string[] {
  const fr = lang === "fr";
  const lines: string[] = [];
  if (pi) {
    const holder = pi.accountHolder
      ? fr
        ? ` — titulaire : ${pi.accountHolder}`
        : ` — account holder: ${pi.accountHolder}`
      : "";
    if (pi.institutionNumber || pi.transitNumber || pi.accountNumber) {
      const parts = [
        pi.institutionNumber && `institution ${pi.institutionNumber}`,
        pi.transitNumber && `transit ${pi.transitNumber}`,
        pi.accountNumber && (fr ? `compte ${pi.accountNumber}` : `account ${pi.accountNumber}`),
      ].filter(Boolean);
      lines.push(`${fr ? "Virement bancaire : " : "Bank transfer: "}${parts.join(", ")}${holder}`);
    }
    if (pi.iban || pi.bic) {
      const parts = [pi.iban && `IBAN ${pi.iban.replace(/(.{4})(?=.)/g, "$1 ")}`, pi.bic && `BIC ${pi.bic}`].filter(
        Boolean,
      );
      lines.push(`${fr ? "Virement SEPA : " : "SEPA transfer: "}${parts.join(", ")}${holder}`);
    }
    if (pi.interacEmail) lines.push(`${fr ? "Virement Interac : " : "Interac e-Transfer: "}${pi.interacEmail}`);
    if (pi.chequePayableTo)
      lines.push(fr ? `Chèque à l'ordre de : ${pi.chequePayableTo}` : `Cheque payable to: ${pi.chequePayableTo}`);
  }
  if (reference)
    lines.push(
      fr
        ? `Référence à indiquer avec le paiement : ${reference}`
        : `Reference to quote with your payment: ${reference}`,
    );
  return lines;
}
