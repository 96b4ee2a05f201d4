/** Loads that throw `not_found` (another workspace's id is never distinguished from an unknown one). */
import type { Kysely } from "kysely";
import type { Client } from "../../domain/client.ts";
import { DomainError } from "../../domain/errors.ts";
import type { Workspace } from "../../domain/workspace.ts";
import { findClient } from "../../store/client-store.ts";
import { findMandate, type StoredMandate } from "../../store/mandate-store.ts";
import { findOffer, type StoredOffer } from "../../store/offer-store.ts";
import type { Database } from "../../store/schema.ts";
import { findWorkspace } from "../../store/workspace-store.ts";

export async function getWorkspaceRecord(db: Kysely<Database>, workspaceId: string): Promise<Workspace> {
  const w = await findWorkspace(db, workspaceId);
  if (!w) throw new DomainError("not_found", "workspace not found");
  return w;
}

export async function getClientRecord(db: Kysely<Database>, workspaceId: string, id: string): Promise<Client> {
  const c = await findClient(db, workspaceId, id);
  if (!c)
    throw new DomainError("not_found", "client not found", {
      fields: [{ path: "clientId", issue: "not_found", message: "no such client" }],
    });
  return c;
}

export async function getOfferRecord(db: Kysely<Database>, workspaceId: string, id: string): Promise<StoredOffer> {
  const o = await findOffer(db, workspaceId, id);
  if (!o) throw new DomainError("not_found", "offer not found");
  return o;
}

export async function getMandateRecord(db: Kysely<Database>, workspaceId: string, id: string): Promise<StoredMandate> {
  const m = await findMandate(db, workspaceId, id);
  if (!m) throw new DomainError("not_found", "mandate not found");
  return m;
}

/** An ended client's history is read-only: no new offers, signals about work, or changes to its documents. */
export function requireClientOpen(client: Client): void {
  if (client.status === "ended") {
    throw new DomainError("invalid_state", "this client relationship has ended; its history is read-only");
  }
}
