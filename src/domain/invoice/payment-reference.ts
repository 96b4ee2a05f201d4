/**
 * The reference a client quotes when paying an invoice: an ISO 11649 structured creditor reference ("RF" + two check
 * digits + the invoice number's letters and digits), so a payment can be matched to its invoice and a mistyped
 * reference is detected (mod 97, like an IBAN).
 */

function mod97(digits: string): number {
  let rest = 0;
  for (const ch of digits) rest = (rest * 10 + Number(ch)) % 97;
  return rest;
}

function toDigits(s: string): string {
  return [...s].map((ch) => (/[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55))).join("");
}

/** `2026-0042` → `RF60 2026 0042` style (printed in groups of four); the body keeps at most 21 characters. */
export function paymentReference(invoiceNumber: string): string {
  const body = invoiceNumber
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, "")
    .slice(-21);
  const check = 98 - mod97(toDigits(`${body || "0"}RF00`));
  const ref = `RF${String(check).padStart(2, "0")}${body || "0"}`;
  return ref.replace(/(.{4})(?=.)/g, "$1 ");
}

/** True when a reference (spaces allowed) carries valid ISO 11649 check digits. */
export function isValidPaymentReference(reference: string): boolean {
  const r = reference.replace(/\s+/g, "").toUpperCase();
  if (!/^RF[0-9]{2}[0-9A-Z]{1,21}$/.test(r)) return false;
  return mod97(toDigits(r.slice(4) + r.slice(0, 4))) === 1;
}
