/** The printed lines of a party block: address, e-mail, then each registration as « label : value ». */
import type { DocumentParty } from "../domain/offer/signed-document.ts";
import type { PdfLabels } from "./pdf-labels.ts";

/** Lines under a party's name on an offer, a change order or an invoice. */
export function partyLines(
  party: Pick<DocumentParty, "addressLines" | "registrations"> & { email?: string | undefined },
  labels: Pick<PdfLabels, "colon">,
): string[] {
  return [
    ...party.addressLines.filter((line) => line.trim() !== ""),
    ...(party.email ? [party.email] : []),
    ...party.registrations.map((r) => `${labels.colon(r.label)} ${r.value}`),
  ];
}
