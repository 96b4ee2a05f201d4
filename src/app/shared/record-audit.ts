import type { Kysely } from "kysely";
import type { StoredAuditEvent } from "../../domain/audit-chain.ts";
import { appendAudit } from "../../store/audit-store.ts";
import type { Database } from "../../store/schema.ts";
import type { AppContext } from "./context.ts";

export interface RecordAuditInput {
  workspaceId: string;
  actorMemberId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Appends an audit event inside the caller's transaction. */
export function recordAudit(
  ctx: AppContext,
  trx: Kysely<Database>,
  input: RecordAuditInput,
): Promise<StoredAuditEvent> {
  return appendAudit(trx, { ...input, id: ctx.newId(), at: ctx.now().toISOString() });
}
