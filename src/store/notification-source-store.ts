/**
 * What notifications read about the records they are about: who owns a record (the member who last sent it to the
 * client, from the audit trail), the owners of a workspace, the members' addresses, languages and e-mail choices, what
 * to call the record, the invoices overdue without their notification, and the health levels last seen per client.
 */
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

/** The record kinds a notification is about, with the audit actions that make a member its owner. */
const OWNER_ACTIONS: Record<"offer" | "change_order" | "invoice", readonly string[]> = {
  offer: ["offer.sent", "offer.link_resent"],
  change_order: ["change_order.sent"],
  invoice: ["invoice.sent", "invoice.issued"],
};

/** The active member who last sent (else issued) the record to the client; undefined when none is left. */
export async function recordOwnerOf(
  db: Kysely<Database>,
  workspaceId: string,
  entity: keyof typeof OWNER_ACTIONS,
  entityId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom("audit_events as a")
    .innerJoin("members as m", (j) =>
      j.onRef("m.id", "=", "a.actor_member_id").onRef("m.workspace_id", "=", "a.workspace_id"),
    )
    .select("m.id")
    .where("a.workspace_id", "=", workspaceId)
    .where("a.entity", "=", entity)
    .where("a.entity_id", "=", entityId)
    .where("a.action", "in", OWNER_ACTIONS[entity])
    .where("m.status", "=", "active")
    .orderBy("a.seq", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.id;
}

/** The workspace's active owners, oldest first. */
export async function activeOwnersOf(db: Kysely<Database>, workspaceId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("members")
    .select("id")
    .where("workspace_id", "=", workspaceId)
    .where("role", "=", "owner")
    .where("status", "=", "active")
    .orderBy("created_at")
    .execute();
  return rows.map((r) => r.id);
}

export interface NotifiedMember {
  id: string;
  name: string;
  email: string;
  /** The member's own language, else the workspace's. */
  locale: string;
  /** Stored e-mail choices (JSON), undefined: the defaults. */
  emailKindsJson: string | undefined;
}

/** Members with what an e-mail to them needs. */
export async function notifiedMembers(
  db: Kysely<Database>,
  workspaceId: string,
  memberIds: readonly string[],
): Promise<NotifiedMember[]> {
  if (memberIds.length === 0) return [];
  const rows = await db
    .selectFrom("members as m")
    .innerJoin("workspaces as w", "w.id", "m.workspace_id")
    .leftJoin("users as u", "u.id", "m.user_id")
    .leftJoin("notification_preferences as p", "p.member_id", "m.id")
    .select([
      "m.id",
      "m.name",
      "m.email",
      "u.locale as userLocale",
      "w.locale as workspaceLocale",
      "p.email_kinds_json",
    ])
    .where("m.workspace_id", "=", workspaceId)
    .where("m.id", "in", memberIds)
    .where("m.status", "=", "active")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    locale: r.userLocale ?? r.workspaceLocale,
    emailKindsJson: r.email_kinds_json ?? undefined,
  }));
}

/** What a notification calls its record: its number (or date, or name) and its client's name. */
export async function notificationRecordOf(
  db: Kysely<Database>,
  workspaceId: string,
  entity: "offer" | "change_order" | "invoice" | "round" | "client",
  id: string,
): Promise<{ reference: string; clientName: string; offerId?: string } | undefined> {
  switch (entity) {
    case "offer": {
      const r = await db
        .selectFrom("offers as o")
        .innerJoin("clients as c", "c.id", "o.client_id")
        .select(["o.number", "o.version", "c.name"])
        .where("o.workspace_id", "=", workspaceId)
        .where("o.id", "=", id)
        .executeTakeFirst();
      return r && { reference: r.version > 1 ? `${r.number} v${r.version}` : r.number, clientName: r.name };
    }
    case "change_order": {
      const r = await db
        .selectFrom("change_orders as o")
        .innerJoin("clients as c", "c.id", "o.client_id")
        .select(["o.number", "c.name"])
        .where("o.workspace_id", "=", workspaceId)
        .where("o.id", "=", id)
        .executeTakeFirst();
      return r && { reference: r.number, clientName: r.name };
    }
    case "invoice": {
      const r = await db
        .selectFrom("invoices as i")
        .innerJoin("clients as c", "c.id", "i.client_id")
        .select(["i.number", "c.name"])
        .where("i.workspace_id", "=", workspaceId)
        .where("i.id", "=", id)
        .executeTakeFirst();
      return r && { reference: r.number ?? "", clientName: r.name };
    }
    case "round": {
      const r = await db
        .selectFrom("rounds as r")
        .innerJoin("clients as c", "c.id", "r.client_id")
        .innerJoin("mandates as m", "m.id", "r.mandate_id")
        .select(["r.received_on", "c.name", "m.offer_id"])
        .where("r.workspace_id", "=", workspaceId)
        .where("r.id", "=", id)
        .executeTakeFirst();
      return r && { reference: r.received_on, clientName: r.name, offerId: r.offer_id };
    }
    case "client": {
      const r = await db
        .selectFrom("clients")
        .select("name")
        .where("workspace_id", "=", workspaceId)
        .where("id", "=", id)
        .executeTakeFirst();
      return r && { reference: r.name, clientName: r.name };
    }
  }
}

/** Open invoices (every workspace) due before `today`, not before `since`, that have no overdue notification yet. */
export async function overdueWithoutNotification(
  db: Kysely<Database>,
  input: { today: string; since: string; limit: number },
): Promise<{ id: string; workspaceId: string }[]> {
  const rows = await db
    .selectFrom("invoices as i")
    .select(["i.id", "i.workspace_id"])
    .where("i.status", "in", ["issued", "partially_paid"])
    .where("i.due_date", "<", input.today)
    .where("i.due_date", ">=", input.since)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("notifications as n")
            .select("n.id")
            .whereRef("n.workspace_id", "=", "i.workspace_id")
            .whereRef("n.entity_id", "=", "i.id")
            .where("n.kind", "=", "invoice_overdue"),
        ),
      ),
    )
    .orderBy("i.due_date")
    .orderBy("i.id")
    .limit(input.limit)
    .execute();
  return rows.map((r) => ({ id: r.id, workspaceId: r.workspace_id }));
}

/** Every workspace's id (the scheduler looks at each). */
export async function allWorkspaceIds(db: Kysely<Database>): Promise<string[]> {
  return (await db.selectFrom("workspaces").select("id").orderBy("id").execute()).map((r) => r.id);
}

/** The health level last seen of each client of the workspace that has one. */
export async function healthLevelsSeen(
  db: Kysely<Database>,
  workspaceId: string,
): Promise<Map<string, { level: string; crossings: number }>> {
  const rows = await db
    .selectFrom("notification_health_levels")
    .select(["client_id", "level", "crossings"])
    .where("workspace_id", "=", workspaceId)
    .execute();
  return new Map(rows.map((r) => [r.client_id, { level: r.level, crossings: Number(r.crossings) }]));
}

/**
 * Moves a client's seen level from `from` to `to` (a missing row reads as `none`), counting a crossing when asked;
 * answers false when another process moved it first (nothing to do then).
 */
export async function moveHealthLevel(
  trx: Kysely<Database>,
  input: {
    workspaceId: string;
    clientId: string;
    from: { level: string; crossings: number } | undefined;
    to: string;
    crossings: number;
    at: string;
  },
): Promise<boolean> {
  if (!input.from) {
    const inserted = await trx
      .insertInto("notification_health_levels")
      .values({
        client_id: input.clientId,
        workspace_id: input.workspaceId,
        level: input.to,
        crossings: input.crossings,
        updated_at: input.at,
      })
      .onConflict((oc) => oc.column("client_id").doNothing())
      .returning("client_id")
      .execute();
    return inserted.length > 0;
  }
  const res = await trx
    .updateTable("notification_health_levels")
    .set({ level: input.to, crossings: input.crossings, updated_at: input.at })
    .where("workspace_id", "=", input.workspaceId)
    .where("client_id", "=", input.clientId)
    .where("level", "=", input.from.level)
    .where("crossings", "=", input.from.crossings)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}
