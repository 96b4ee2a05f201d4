/** The parties as printed on documents (offers, change orders, invoices, letters), from the stored records. */
import type { Client, DocLanguage } from "../../domain/client.ts";
import type { DocumentParty } from "../../domain/offer/signed-document.ts";
import type { Address, Workspace } from "../../domain/workspace.ts";
import type { LetterPdfParty } from "../../pdf/render-letter-pdf.ts";

function addressLines(a: Address): string[] {
  const cityLine = [a.city, a.region, a.postalCode].filter(Boolean).join(" ").trim();
  return [a.line1, a.line2, cityLine, a.country].filter((l) => l && l.trim().length > 0);
}

/** How each registration is labelled in a document's language (an English reader sees no French tax name). */
const REGISTRATION_LABELS: Record<DocLanguage, Record<"gst" | "qst" | "siren" | "vat", string>> = {
  fr: { gst: "TPS/GST", qst: "TVQ/QST", siren: "SIREN", vat: "TVA/VAT" },
  en: { gst: "GST/HST", qst: "QST", siren: "SIREN", vat: "VAT" },
};

/** The studio as printed on a document in `language`. */
export function issuerParty(w: Workspace, language: DocLanguage): DocumentParty {
  const labels = REGISTRATION_LABELS[language];
  const registrations: DocumentParty["registrations"] = [];
  if (w.taxIds.gst) registrations.push({ label: labels.gst, value: w.taxIds.gst });
  if (w.taxIds.qst) registrations.push({ label: labels.qst, value: w.taxIds.qst });
  if (w.taxIds.siren) registrations.push({ label: labels.siren, value: w.taxIds.siren });
  if (w.taxIds.vat) registrations.push({ label: labels.vat, value: w.taxIds.vat });
  return { name: w.legalName || w.name, addressLines: addressLines(w.address), registrations };
}

export function clientParty(c: Client): DocumentParty {
  const email = c.contacts.find((x) => x.email)?.email;
  return {
    name: c.legalName || c.name,
    addressLines: addressLines(c.address),
    ...(email ? { email } : {}),
    registrations: [],
  };
}

/** The address a document for this client is sent to: the first contact with an e-mail. */
export function clientEmail(c: Client): string {
  return c.contacts.find((x) => x.email)?.email ?? "";
}

/** A letter's two parties: the studio that writes it, and the client, to the attention of its first contact. */
export function letterParties(
  w: Workspace,
  c: Client,
  language: DocLanguage,
): { issuer: LetterPdfParty; recipient: LetterPdfParty } {
  const issuer = issuerParty(w, language);
  const recipient = clientParty(c);
  return {
    issuer: { name: issuer.name, addressLines: issuer.addressLines },
    recipient: {
      name: recipient.name,
      ...(c.contacts[0] ? { contactName: c.contacts[0].name } : {}),
      addressLines: recipient.addressLines,
    },
  };
}
