/**
 * Time: entries logged by hand or by a running timer, per member, mandate and optional claim, in one of four
 * categories (billable, included in a fixed price, goodwill, internal), rounded by the workspace's rule. Each entry
 * keeps the member's billable rate at that moment, so goodwill is valued as it was.
 */
import type { Kysely } from "kysely";
import { DomainError, fieldError } from "../../domain/errors.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { stopTimer as endTimer, startTimer as newTimer } from "../../domain/time/running-timer.ts";
import { createTimeEntry, type TimeCategory, type TimeEntry } from "../../domain/time/time-entry.ts";
import { findMember } from "../../store/people-store.ts";
import { findClaim } from "../../store/round-store.ts";
import type { Database } from "../../store/schema.ts";
import {
  deleteTimeEntry,
  deleteTimer,
  findTimeEntry,
  insertTimeEntry,
  insertTimer,
  listTimers,
} from "../../store/time-store.ts";
import { refreshClientHealth } from "../health/client-health.ts";
import type { AppContext } from "../shared/context.ts";
import { getClientRecord, getMandateRecord, getWorkspaceRecord, requireClientOpen } from "../shared/load-records.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { transact } from "../shared/transact.ts";
import { roundingRule, workspaceTimeZone } from "./time-context.ts";

export interface LogTimeInput {
  memberId?: string | undefined;
  mandateId?: string | undefined;
  claimId?: string | undefined;
  date: string;
  minutes: number;
  category: TimeCategory;
  note?: string | undefined;
}

/** Whose time: one's own, or anyone's for an owner. */
function memberOf(actor: Actor, memberId: string | undefined): string {
  const id = memberId ?? actor.memberId;
  if (id !== actor.memberId) requirePermission(actor, "admin");
  return id;
}

/** Checks the mandate and claim, and returns the client the time is for. */
async function placeOf(trx: Kysely<Database>, actor: Actor, entry: Pick<TimeEntry, "mandateId" | "claimId">) {
  if (!entry.mandateId) return null;
  const { mandate } = await getMandateRecord(trx, actor.workspaceId, entry.mandateId).catch(() => {
    throw fieldError("mandateId", "not_found", "no such mandate");
  });
  requireClientOpen(await getClientRecord(trx, actor.workspaceId, mandate.clientId));
  if (entry.claimId) {
    const claim = await findClaim(trx, actor.workspaceId, entry.claimId);
    if (!claim || claim.mandateId !== mandate.id)
      throw fieldError("claimId", "not_found", "no such claim on this mandate");
  }
  return mandate.clientId;
}

async function saveEntry(ctx: AppContext, trx: Kysely<Database>, actor: Actor, entry: TimeEntry, action: string) {
  const member = await findMember(trx, actor.workspaceId, entry.memberId);
  if (!member) throw fieldError("memberId", "not_found", "no such member");
  const clientId = await placeOf(trx, actor, entry);
  const at = ctx.now().toISOString();
  await insertTimeEntry(trx, {
    workspaceId: actor.workspaceId,
    entry,
    clientId,
    billableRate: member.billableRate,
    at,
  });
  await recordAudit(ctx, trx, {
    workspaceId: actor.workspaceId,
    actorMemberId: actor.memberId,
    action,
    entity: "time_entry",
    entityId: entry.id,
    after: { ...entry, clientId, billableRate: member.billableRate },
  });
  await refreshClientHealth(ctx, trx, { workspaceId: actor.workspaceId, clientIds: clientId ? [clientId] : [] });
}

export async function logTime(ctx: AppContext, actor: Actor, input: LogTimeInput): Promise<TimeEntry> {
  requirePermission(actor, "write");
  const workspace = await getWorkspaceRecord(ctx.db, actor.workspaceId);
  const entry = createTimeEntry({
    ...input,
    id: ctx.newId(),
    memberId: memberOf(actor, input.memberId),
    rounding: roundingRule(workspace),
  });
  await transact(ctx, (trx) => saveEntry(ctx, trx, actor, entry, "time.logged"));
  return entry;
}

/** Removes an entry not yet invoiced (one's own, or anyone's for an owner), unless its client has ended. */
export async function deleteTime(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  requirePermission(actor, "write");
  await transact(ctx, async (trx) => {
    const entry = await findTimeEntry(trx, actor.workspaceId, id);
    if (!entry) throw new DomainError("not_found", "time entry not found");
    memberOf(actor, entry.memberId);
    if (entry.invoiceId)
      throw new DomainError("invalid_state", "this time is on an invoice; correct it with a credit note");
    // An ended client's history is read-only: its time stays as it was when the relationship ended.
    if (entry.clientId) requireClientOpen(await getClientRecord(trx, actor.workspaceId, entry.clientId));
    await deleteTimeEntry(trx, actor.workspaceId, id);
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "time.deleted",
      entity: "time_entry",
      entityId: id,
      before: entry,
    });
    await refreshClientHealth(ctx, trx, {
      workspaceId: actor.workspaceId,
      clientIds: entry.clientId ? [entry.clientId] : [],
    });
  });
}

export async function startTimer(ctx: AppContext, actor: Actor, input: Omit<LogTimeInput, "date" | "minutes">) {
  requirePermission(actor, "write");
  const memberId = memberOf(actor, input.memberId);
  return transact(ctx, async (trx) => {
    // An id that names no member of this workspace is refused here (the ids middleware checks only UUID-shaped ones).
    if (!(await findMember(trx, actor.workspaceId, memberId)))
      throw fieldError("memberId", "not_found", "no such member");
    const timer = newTimer({
      ...input,
      id: ctx.newId(),
      memberId,
      at: ctx.now().toISOString(),
      running: await listTimers(trx, actor.workspaceId),
    });
    await placeOf(trx, actor, timer);
    await insertTimer(trx, actor.workspaceId, timer);
    return timer;
  });
}

/** Stops the member's running timer and logs its time (rounded by the workspace's rule). */
export async function stopTimer(ctx: AppContext, actor: Actor, memberId?: string): Promise<TimeEntry> {
  requirePermission(actor, "write");
  const who = memberOf(actor, memberId);
  const workspace = await getWorkspaceRecord(ctx.db, actor.workspaceId);
  return transact(ctx, async (trx) => {
    const timer = (await listTimers(trx, actor.workspaceId)).find((t) => t.memberId === who);
    if (!timer) throw new DomainError("not_found", "no timer is running");
    const entry = endTimer(timer, {
      at: ctx.now().toISOString(),
      entryId: ctx.newId(),
      rounding: roundingRule(workspace),
      timeZone: workspaceTimeZone(workspace),
    });
    await deleteTimer(trx, actor.workspaceId, who);
    await saveEntry(ctx, trx, actor, entry, "time.logged");
    return entry;
  });
}

export async function runningTimers(ctx: AppContext, actor: Actor) {
  requirePermission(actor, "read");
  return listTimers(ctx.db, actor.workspaceId);
}

/** Discards one's running timer without logging anything (started by mistake, or shorter than a minute). */
export async function discardTimer(ctx: AppContext, actor: Actor, memberId?: string): Promise<void> {
  requirePermission(actor, "write");
  const who = memberOf(actor, memberId);
  await transact(ctx, async (trx) => {
    const timer = (await listTimers(trx, actor.workspaceId)).find((t) => t.memberId === who);
    if (!timer) throw new DomainError("not_found", "no timer is running");
    await deleteTimer(trx, actor.workspaceId, who);
  });
}
