/**
 * The evidence an exit's serious reason links to (C.c.Q. 2126): warning signals, rounds (with their triage), rejected
 * change orders, overdue invoices and formal notices of the same client, looked up in the actor's workspace. Another
 * workspace's id is not found (404); another client's record, or a record that shows nothing (a change order that was
 * not rejected, an invoice that is not overdue), is refused (400).
 */

import { DomainError, fieldError } from "../../domain/errors.ts";
import type { EvidenceKind, EvidenceLink } from "../../domain/exit/exit-check.ts";
import { formatDate } from "../../domain/health/localized.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { type EvidenceRecord, evidenceCandidates, findEvidenceRecord } from "../../store/exit-evidence-store.ts";
import type { AppContext } from "../shared/context.ts";
import { getClientRecord } from "../shared/load-records.ts";
import { studioTodayOf } from "../shared/studio-day.ts";

const KIND_LABEL: Record<EvidenceKind, { fr: string; en: string }> = {
  signal: { fr: "Signal", en: "Signal" },
  round: { fr: "Liste du client", en: "Client's list" },
  change_order: { fr: "Avenant refusé", en: "Rejected change order" },
  invoice: { fr: "Facture en retard", en: "Overdue invoice" },
  formal_notice: { fr: "Mise en demeure", en: "Formal notice" },
};

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

/** Resolves and labels the links, in order, refusing duplicates and records that do not belong or show nothing. */
export async function resolveEvidence(
  ctx: AppContext,
  input: { workspaceId: string; clientId: string; links: readonly { kind: EvidenceKind; id: string }[]; today: string },
): Promise<EvidenceLink[]> {
  const seen = new Set<string>();
  const out: EvidenceLink[] = [];
  for (const [i, link] of input.links.entries()) {
    const path = `options.reason.evidence.${i}`;
    const key = `${link.kind}:${link.id}`;
    if (seen.has(key)) throw fieldError(path, "duplicate_id", "this record is already linked");
    seen.add(key);
    const record = await findEvidenceRecord(ctx.db, input.workspaceId, link);
    if (!record) throw new DomainError("not_found", `${link.kind} ${link.id} not found`, { path });
    if (record.clientId !== input.clientId)
      throw fieldError(path, "other_client", "this record belongs to another client");
    if (link.kind === "change_order" && record.status !== "rejected")
      throw fieldError(path, "not_rejected", "only a rejected change order shows a refusal");
    if (link.kind === "invoice" && !(record.balance && record.balance > 0 && record.date && record.date < input.today))
      throw fieldError(path, "not_overdue", "only an overdue invoice shows non-payment");
    out.push(labelled(record));
  }
  return out;
}

/** The link to a record, named as the user reads it (kind, date or number, first words). */
function labelled(record: EvidenceRecord): EvidenceLink {
  const kind = KIND_LABEL[record.kind];
  const what = (l: "fr" | "en") => {
    switch (record.kind) {
      case "signal":
      case "round":
        // Each language quotes in its own marks: an English reader gets no French guillemets.
        return l === "fr"
          ? `${formatDate(record.date, l)} « ${excerpt(record.name)} »`
          : `${formatDate(record.date, l)} “${excerpt(record.name)}”`;
      case "change_order":
        return record.name;
      case "invoice":
        return `${record.name} (${l === "fr" ? "échue le" : "due on"} ${formatDate(record.date, l)})`;
      case "formal_notice":
        return formatDate(record.date, l);
      default: {
        const never: never = record.kind;
        return never;
      }
    }
  };
  return {
    kind: record.kind,
    id: record.id,
    label: { fr: `${kind.fr} ${what("fr")}`, en: `${kind.en} ${what("en")}` },
  };
}

/** The client's records the user can link as evidence, labelled. */
export async function listEvidenceCandidates(ctx: AppContext, actor: Actor, clientId: string) {
  requirePermission(actor, "read");
  await getClientRecord(ctx.db, actor.workspaceId, clientId);
  const today = await studioTodayOf(ctx, actor.workspaceId);
  const records = await evidenceCandidates(ctx.db, { workspaceId: actor.workspaceId, clientId, today });
  return records.map(labelled);
}
