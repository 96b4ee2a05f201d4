/** The e-mail that carries an invoice (or a credit note) and its portal link, in the client's language. */
import type { Contact } from "../client.ts";
import type { Language } from "../offer/offer-content.ts";

export interface InvoiceEmailInput {
  language: Language;
  kind: "invoice" | "credit_note";
  issuerName: string;
  recipientName: string;
  number: string;
  /** The credited invoice's number (credit notes). */
  invoiceNumber?: string;
  /** Formatted amounts and dates, in the language. */
  total: string;
  balanceDue?: string;
  dueDate?: string;
  paymentReference?: string;
  portalUrl: string;
  expiresOn: string;
}

export function invoiceEmail(input: InvoiceEmailInput): { subject: string; body: string } {
  const fr = input.language === "fr";
  const { number } = input;
  if (input.kind === "credit_note") {
    return {
      subject: fr ? `Note de crédit ${number} — ${input.issuerName}` : `Credit note ${number} — ${input.issuerName}`,
      body: [
        fr ? `Bonjour ${input.recipientName},` : `Hello ${input.recipientName},`,
        "",
        fr
          ? `Vous trouverez ci-joint la note de crédit ${number} (${input.total}) sur la facture ${input.invoiceNumber ?? ""}. Vous pouvez consulter la facture, son solde et vos paiements en ligne :`
          : `Please find attached credit note ${number} (${input.total}) on invoice ${input.invoiceNumber ?? ""}. You can see the invoice, its balance and your payments online:`,
        "",
        input.portalUrl,
        "",
        fr
          ? `Ce lien est personnel et valide jusqu'au ${input.expiresOn}.`
          : `This link is personal and valid until ${input.expiresOn}.`,
        "",
        fr ? "Merci," : "Thank you,",
        input.issuerName,
      ].join("\n"),
    };
  }
  const due = input.dueDate ? (fr ? `, payable au plus tard le ${input.dueDate}` : `, due on ${input.dueDate}`) : "";
  const balance = input.balanceDue ?? input.total;
  return {
    subject: fr ? `Facture ${number} — ${input.issuerName}` : `Invoice ${number} — ${input.issuerName}`,
    body: [
      fr ? `Bonjour ${input.recipientName},` : `Hello ${input.recipientName},`,
      "",
      fr
        ? `Vous trouverez ci-jointe la facture ${number} : ${input.total}, solde à payer ${balance}${due}.`
        : `Please find attached invoice ${number}: ${input.total}, balance due ${balance}${due}.`,
      ...(input.paymentReference
        ? [
            fr
              ? `Merci d'indiquer la référence ${input.paymentReference} avec votre paiement.`
              : `Please quote reference ${input.paymentReference} with your payment.`,
          ]
        : []),
      "",
      fr
        ? "La facture, les modalités de paiement et les paiements reçus sont aussi en ligne :"
        : "The invoice, how to pay and the payments received are also online:",
      "",
      input.portalUrl,
      "",
      fr
        ? `Ce lien est personnel et valide jusqu'au ${input.expiresOn}.`
        : `This link is personal and valid until ${input.expiresOn}.`,
      "",
      fr ? "Merci," : "Thank you,",
      input.issuerName,
    ].join("\n"),
  };
}

const BILLING_ROLE = /factur|compta|billing|account|invoice|payable|financ/i;

/**
 * Who an invoice goes to: the chosen contacts (by id, each must have an e-mail), else the billing contact — the first
 * contact with an e-mail whose role is about billing or accounting, else the first contact with an e-mail.
 */
export function invoiceRecipients(
  contacts: readonly Contact[],
  chosen: readonly string[] | undefined,
): { ok: true; contacts: Contact[] } | { ok: false; reason: string } {
  if (chosen && chosen.length > 0) {
    const picked: Contact[] = [];
    for (const id of chosen) {
      const c = contacts.find((x) => x.id === id);
      if (!c) return { ok: false, reason: `contact ${id} is not one of the client's contacts` };
      if (!c.email) return { ok: false, reason: `contact ${c.name} has no e-mail address` };
      if (!picked.includes(c)) picked.push(c);
    }
    return { ok: true, contacts: picked };
  }
  const withEmail = contacts.filter((c) => c.email);
  const billing = withEmail.find((c) => BILLING_ROLE.test(c.role)) ?? withEmail[0];
  return billing
    ? { ok: true, contacts: [billing] }
    : { ok: false, reason: "the client has no contact with an e-mail" };
}
