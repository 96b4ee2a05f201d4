import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { renderPdf } from "../../pdf/render-pdf.ts";
import type { AppContext } from "../shared/context.ts";
import { getClientRecord, getWorkspaceRecord } from "../shared/load-records.ts";
import { getDecision } from "./decisions.ts";

/** The continue / renegotiate / stop worksheet as a PDF, in the studio's language (an internal document). */
export async function renderDecisionWorksheet(ctx: AppContext, actor: Actor, id: string) {
  requirePermission(actor, "read");
  const decision = await getDecision(ctx, actor, id);
  const [workspace, client] = await Promise.all([
    getWorkspaceRecord(ctx.db, actor.workspaceId),
    getClientRecord(ctx.db, actor.workspaceId, decision.clientId),
  ]);
  const bytes = await renderPdf({
    kind: "decision_worksheet",
    input: {
      worksheet: decision,
      scores: decision.scores,
      clientName: client.name,
      issuerName: workspace.legalName || workspace.name,
      language: workspace.locale.startsWith("en") ? "en" : "fr",
      generatedAt: ctx.now().toISOString(),
    },
  });
  return { bytes, filename: `grille-de-decision-${decision.createdOn}-${id.slice(0, 8)}.pdf` };
}
