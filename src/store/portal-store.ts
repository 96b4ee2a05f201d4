/** Portal links: one random token per document sent to a client; only the token's hash is stored. */
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

export type PortalKind = "offer" | "change_order" | "invoice";

export interface PortalLink {
  id: string;
  workspaceId: string;
  kind: PortalKind;
  targetId: string;
  expiresAt: string;
  revokedAt: string | null;
}

export async function insertPortalLink(
  trx: Kysely<Database>,
  link: PortalLink & { tokenHash: string; createdAt: string },
): Promise<void> {
  await trx
    .insertInto("portal_links")
    .values({
      id: link.id,
      workspace_id: link.workspaceId,
      kind: link.kind,
      target_id: link.targetId,
      token_hash: link.tokenHash,
      expires_at: link.expiresAt,
      revoked_at: link.revokedAt,
      created_at: link.createdAt,
    })
    .execute();
}

/** The link of a token hash, whatever its state (the caller decides what expired or revoked means). */
export async function findPortalLink(db: Kysely<Database>, tokenHash: string): Promise<PortalLink | undefined> {
  const row = await db.selectFrom("portal_links").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();
  return row
    ? {
        id: row.id,
        workspaceId: row.workspace_id,
        kind: row.kind as PortalKind,
        targetId: row.target_id,
        expiresAt: row.expires_at,
        revokedAt: row.revoked_at,
      }
    : undefined;
}

/** Revokes every live link to a document (a new version was sent, or the owner revoked it). */
export async function revokePortalLinks(
  trx: Kysely<Database>,
  workspaceId: string,
  targetId: string,
  at: string,
): Promise<number> {
  const res = await trx
    .updateTable("portal_links")
    .set({ revoked_at: at })
    .where("workspace_id", "=", workspaceId)
    .where("target_id", "=", targetId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** Records the first time a link was opened (later openings keep the first time); true when this was the first. */
export async function markPortalLinkOpened(db: Kysely<Database>, id: string, at: string): Promise<boolean> {
  const res = await db
    .updateTable("portal_links")
    .set({ first_opened_at: at })
    .where("id", "=", id)
    .where("first_opened_at", "is", null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** When the client first opened any link to a document; null: never. */
export async function firstOpenedAt(
  db: Kysely<Database>,
  workspaceId: string,
  targetId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom("portal_links")
    .select((eb) => eb.fn.min("first_opened_at").as("first"))
    .where("workspace_id", "=", workspaceId)
    .where("target_id", "=", targetId)
    .executeTakeFirst();
  return (row?.first as string | null | undefined) ?? null;
}
