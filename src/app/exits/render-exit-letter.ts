import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { renderPdf } from "../../pdf/render-pdf.ts";
import type { AppContext } from "../shared/context.ts";
import { letterParties } from "../shared/document-parties.ts";
import { exitLetter } from "./exits.ts";

/** The termination letter as a PDF (business letter: place and date, recipient, subject, paragraphs). */
export async function renderExitLetter(ctx: AppContext, actor: Actor, id: string, lang?: "fr" | "en") {
  requirePermission(actor, "read");
  const letter = await exitLetter(ctx, actor, id, lang);
  const bytes = await renderPdf({
    kind: "letter",
    input: {
      lang: letter.lang,
      ...letterParties(letter.workspace, letter.client, letter.lang),
      date: letter.date,
      ...(letter.workspace.address.city ? { place: letter.workspace.address.city } : {}),
      subject: letter.subject,
      paragraphs: letter.paragraphs,
      generatedAt: ctx.now().toISOString(),
    },
  });
  return { bytes, filename: `fin-de-collaboration-${id.slice(0, 8)}.pdf` };
}
