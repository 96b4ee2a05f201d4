/** The parties as printed on documents (offers, change orders, invoices, letters), from the stored records. */
import type { Client } from "../../domain/client.ts";
import type { DocumentParty } from "../../domain/offer/signed-document.ts";
import type { Address, Workspace } from "../../domain/workspace.ts";

function addressLines(a: Address): string[] {
  const cityLine = [a.city, a.region, a.postalCode].filter(Boolean).join(" ").trim();
  return [a.line1, a.line2, cityLine, a.country].filter((l) => l && l.trim().length > 0);
}

export function issuerParty(w: Workspace): DocumentParty {
  const registrations: DocumentParty["registrations"] = [];
  if (w.taxIds.gst) registrations.push({ label: "TPS/GST", value: w.taxIds.gst });
  if (w.taxIds.qst) registrations.push({ label: "TVQ/QST", value: w.taxIds.qst });
  if (w.taxIds.siren) registrations.push({ label: "SIREN", value: w.taxIds.siren });
  if (w.taxIds.vat) registrations.push({ label: "TVA/VAT", value: w.taxIds.vat });
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
