import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { renderLetterPdf } from "../../pdf/render-letter-pdf.ts";
import type { AppContext } from "../shared/context.ts";
import { clientParty, issuerParty } from "../shared/document-parties.ts";
import { exitLetter } from "./exits.ts";

/** The termination letter as a PDF (business letter: place and date, recipient, subject, paragraphs). */
export async function renderExitLetter(ctx: AppContext, actor: Actor, id: string, lang?: "fr" | "en") {
  requirePermission(actor, "read");
  const letter = await exitLetter(ctx, actor, id, lang);
  const issuer = issuerParty(letter.workspace, letter.lang);
  const recipient = clientParty(letter.client);
  const bytes = await renderLetterPdf({
    lang: letter.lang,
    issuer: { name: issuer.name, addressLines: issuer.addressLines },
    recipient: {
      name: recipient.name,
      ...(letter.client.contacts[0] ? { contactName: letter.client.contacts[0].name } : {}),
      addressLines: recipient.addressLines,
    },
    date: letter.date,
    ...(letter.workspace.address.city ? { place: letter.workspace.address.city } : {}),
    subject: letter.subject,
    paragraphs: letter.paragraphs,
    generatedAt: ctx.now().toISOString(),
  });
  return { bytes, filename: `fin-de-collaboration-${id.slice(0, 8)}.pdf` };
}
