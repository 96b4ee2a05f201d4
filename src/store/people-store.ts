/** Users (a login), members (a person in a workspace, with a role) and invitations. */
import type { Kysely, Selectable } from "kysely";
import type { Role } from "../domain/permissions.ts";
import type { Database, MemberTable } from "./schema.ts";

export type MemberStatus = "invited" | "active" | "disabled";

export interface Member {
  id: string;
  workspaceId: string;
  userId: string | null;
  name: string;
  email: string;
  role: Role;
  status: MemberStatus;
  weeklyCapacityHours: number;
  costRate: number;
  billableRate: number;
  createdAt: string;
}

export interface User {
  id: string;
  email: string;
  name: string;
  locale: string;
}

function toMember(row: Selectable<MemberTable>): Member {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    userId: row.user_id,
    name: row.name,
    email: row.email,
    role: row.role as Role,
    status: row.status as MemberStatus,
    weeklyCapacityHours: row.weekly_capacity_minutes / 60,
    costRate: Number(row.cost_rate),
    billableRate: Number(row.billable_rate),
    createdAt: row.created_at,
  };
}

export async function findUserByEmail(db: Kysely<Database>, email: string) {
  return db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst();
}

export async function findUser(db: Kysely<Database>, id: string): Promise<User | undefined> {
  return db.selectFrom("users").select(["id", "email", "name", "locale"]).where("id", "=", id).executeTakeFirst();
}

export async function insertUser(
  trx: Kysely<Database>,
  user: User & { passwordHash: string; createdAt: string },
): Promise<void> {
  await trx
    .insertInto("users")
    .values({
      id: user.id,
      email: user.email,
      name: user.name,
      locale: user.locale,
      password_hash: user.passwordHash,
      created_at: user.createdAt,
    })
    .execute();
}

export async function updateUser(trx: Kysely<Database>, user: User): Promise<void> {
  await trx.updateTable("users").set({ name: user.name, locale: user.locale }).where("id", "=", user.id).execute();
}

export async function insertMember(trx: Kysely<Database>, m: Member): Promise<void> {
  await trx
    .insertInto("members")
    .values({
      id: m.id,
      workspace_id: m.workspaceId,
      user_id: m.userId,
      email: m.email,
      name: m.name,
      role: m.role,
      status: m.status,
      weekly_capacity_minutes: Math.round(m.weeklyCapacityHours * 60),
      cost_rate: m.costRate,
      billable_rate: m.billableRate,
      created_at: m.createdAt,
      updated_at: m.createdAt,
    })
    .execute();
}

export async function updateMemberRow(trx: Kysely<Database>, m: Member, at: string): Promise<void> {
  await trx
    .updateTable("members")
    .set({
      user_id: m.userId,
      name: m.name,
      role: m.role,
      status: m.status,
      weekly_capacity_minutes: Math.round(m.weeklyCapacityHours * 60),
      cost_rate: m.costRate,
      billable_rate: m.billableRate,
      updated_at: at,
    })
    .where("id", "=", m.id)
    .where("workspace_id", "=", m.workspaceId)
    .execute();
}

/** A member of this workspace, or undefined (another workspace's id is simply not found). */
export async function findMember(db: Kysely<Database>, workspaceId: string, id: string): Promise<Member | undefined> {
  const row = await db
    .selectFrom("members")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toMember(row) : undefined;
}

export async function findMemberByEmail(db: Kysely<Database>, workspaceId: string, email: string) {
  const row = await db
    .selectFrom("members")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("email", "=", email)
    .executeTakeFirst();
  return row ? toMember(row) : undefined;
}

/** The active membership a user logs into (the oldest one when several). */
export async function findActiveMembershipOfUser(db: Kysely<Database>, userId: string): Promise<Member | undefined> {
  const row = await db
    .selectFrom("members")
    .selectAll()
    .where("user_id", "=", userId)
    .where("status", "=", "active")
    .orderBy("created_at")
    .limit(1)
    .executeTakeFirst();
  return row ? toMember(row) : undefined;
}

export async function listMembers(db: Kysely<Database>, workspaceId: string): Promise<Member[]> {
  const rows = await db
    .selectFrom("members")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .orderBy("name")
    .orderBy("id")
    .execute();
  return rows.map(toMember);
}

export async function countActiveOwners(db: Kysely<Database>, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom("members")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("workspace_id", "=", workspaceId)
    .where("role", "=", "owner")
    .where("status", "=", "active")
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertInvite(
  trx: Kysely<Database>,
  invite: {
    id: string;
    workspaceId: string;
    memberId: string;
    tokenHash: string;
    expiresAt: string;
    createdAt: string;
  },
): Promise<void> {
  await trx
    .insertInto("invites")
    .values({
      id: invite.id,
      workspace_id: invite.workspaceId,
      member_id: invite.memberId,
      token_hash: invite.tokenHash,
      expires_at: invite.expiresAt,
      used_at: null,
      created_at: invite.createdAt,
    })
    .execute();
}

/** An unused, unexpired invitation with its member and workspace name. */
export async function findOpenInvite(db: Kysely<Database>, tokenHash: string, at: string) {
  return db
    .selectFrom("invites")
    .innerJoin("members", "members.id", "invites.member_id")
    .innerJoin("workspaces", "workspaces.id", "invites.workspace_id")
    .select([
      "invites.id",
      "invites.member_id",
      "invites.workspace_id",
      "members.email",
      "members.name",
      "members.role",
      "workspaces.name as workspace_name",
    ])
    .where("invites.token_hash", "=", tokenHash)
    .where("invites.used_at", "is", null)
    .where("invites.expires_at", ">", at)
    .where("members.status", "=", "invited")
    .executeTakeFirst();
}

export async function markInviteUsed(trx: Kysely<Database>, id: string, at: string): Promise<void> {
  await trx.updateTable("invites").set({ used_at: at }).where("id", "=", id).execute();
}
