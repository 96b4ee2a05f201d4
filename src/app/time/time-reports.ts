/** What time tells: the list (flagging work on unapproved change orders), the week, goodwill, and team capacity. */

import { type CapacityWork, teamCapacity } from "../../domain/capacity/team-capacity.ts";
import type { ChangeOrder } from "../../domain/change-order/change-order.ts";
import { DomainError } from "../../domain/errors.ts";
import type { Mandate } from "../../domain/mandate/mandate.ts";
import type { SignedOffer } from "../../domain/offer/offer.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { goodwillSummary } from "../../domain/time/goodwill-summary.ts";
import { isoWeek } from "../../domain/time/iso-week.ts";
import { isTimeOnUnapprovedWork } from "../../domain/time/time-on-unapproved-change-order.ts";
import { weeklyTimesheet } from "../../domain/time/weekly-timesheet.ts";
import { listChangeOrdersOfMandates, listOpenWork } from "../../store/capacity-store.ts";
import { endedClientIds } from "../../store/client-store.ts";
import { listMandateLabels, mandateTitles } from "../../store/mandate-store.ts";
import { listMembers } from "../../store/people-store.ts";
import { listClaimsByIds } from "../../store/round-store.ts";
import {
  goodwillMinutes,
  type ListTimeInput,
  listGoodwillBudgets,
  listTimeEntries,
  minutesByMandate,
  pageTimeEntries,
  pageTimeEntriesFrom,
  type StoredTimeEntry,
  type TimeListKey,
  timeEntriesAfter,
  timeEntriesGeneration,
  timeEntriesTotals,
  timeListAnchors,
} from "../../store/time-store.ts";
import type { AppContext } from "../shared/context.ts";
import { keptAnswers } from "../shared/kept-answers.ts";
import { getWorkspaceRecord } from "../shared/load-records.ts";
import { studioTodayOf } from "../shared/studio-day.ts";

export type TimeQuery = Omit<ListTimeInput, "workspaceId" | "limit" | "offset"> & {
  page: number;
  pageSize: number;
  /** The `nextCursor` of the previous page: the next page by its sort key (`page` is then ignored). */
  cursor?: string | undefined;
};

/** The opaque cursor of the page after an entry: its sort key, base64url JSON. */
function encodeCursor(e: StoredTimeEntry): string {
  return Buffer.from(JSON.stringify([e.date, e.createdAt, e.id])).toString("base64url");
}

function decodeCursor(cursor: string): TimeListKey {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    key = undefined;
  }
  if (!Array.isArray(key) || key.length !== 3 || !key.every((k) => typeof k === "string")) {
    const message = "cursor is not one this list gave";
    throw new DomainError("validation", message, { fields: [{ path: "cursor", issue: "invalid_cursor", message }] });
  }
  const [date, createdAt, id] = key as [string, string, string];
  return { date, createdAt, id };
}

/** Why an entry can no longer change: it is on an invoice, or its client has ended (undefined when it can). */
function timeReadOnly(e: { invoiceId: string | null; clientId: string | null }, ended: ReadonlySet<string>) {
  if (e.invoiceId) return "invoiced" as const;
  if (e.clientId && ended.has(e.clientId)) return "client_ended" as const;
  return undefined;
}

/**
 * Totals of the list per filter, each with the time entries' generation it was counted under, and once a page far down
 * a long list was asked, the anchors of that list (every `ANCHOR_EVERY`-th entry's sort key) under the same generation.
 */
interface CachedList {
  generation: string;
  total: number;
  totalMinutes: number;
  anchors?: Promise<TimeListKey[]>;
}
const keptTotals = keptAnswers<CachedList>(1_000);
/** A page number at or past this offset is found from an anchor (a key and under `ANCHOR_EVERY` entries skipped). */
const ANCHOR_EVERY = 500;

/**
 * The list's count and minutes for a filter: counted once, then reused while the time entries' generation (raised by
 * triggers on any insert, delete or counted change, by any process) has not moved — turning pages never recounts a
 * million entries. Read before counting, so a change during the count only causes a recount next time.
 */
async function cachedTimeTotals(ctx: AppContext, filter: Omit<ListTimeInput, "limit" | "offset">) {
  const generation = await timeEntriesGeneration(ctx.db);
  return keptTotals(ctx, JSON.stringify(filter), generation, async () => ({
    generation,
    ...(await timeEntriesTotals(ctx.db, filter)),
  }));
}

/**
 * A numbered page: near the start an offset on the index; further down, from the anchor at or before it (read once per
 * generation with the totals: one numbered pass over the index) and an offset under `ANCHOR_EVERY` — the cost of a
 * page no longer grows with its number.
 */
async function numberedPage(
  ctx: AppContext,
  list: CachedList,
  filter: Omit<ListTimeInput, "limit" | "offset">,
  limit: number,
  offset: number,
) {
  if (offset < ANCHOR_EVERY || offset >= list.total) {
    return pageTimeEntries(ctx.db, { ...filter, limit, offset, total: list.total });
  }
  list.anchors ??= timeListAnchors(ctx.db, filter, ANCHOR_EVERY).catch((err: unknown) => {
    list.anchors = undefined;
    throw err;
  });
  const anchors = await list.anchors;
  const at = Math.min(Math.floor(offset / ANCHOR_EVERY), anchors.length - 1);
  const anchor = anchors[at];
  if (!anchor) return pageTimeEntries(ctx.db, { ...filter, limit, offset, total: list.total });
  return pageTimeEntriesFrom(ctx.db, { ...filter, limit, offset, anchor, anchorAt: at * ANCHOR_EVERY });
}

/**
 * A page of time entries, each flagged when it is work on a change order the client has not approved: by `cursor`
 * (keyset: constant cost however deep), else by `page` (an offset on the index, from whichever end is nearer). The
 * totals are the cached ones. `nextCursor` leads to the following page (null after the last).
 */
export async function listTime(ctx: AppContext, actor: Actor, q: TimeQuery) {
  requirePermission(actor, "read");
  const { page, pageSize, cursor, ...filters } = q;
  const filter = { ...filters, workspaceId: actor.workspaceId };
  const after = cursor === undefined ? undefined : decodeCursor(cursor);
  const list = await cachedTimeTotals(ctx, filter);
  const totals = { total: list.total, totalMinutes: list.totalMinutes };
  const items = after
    ? await timeEntriesAfter(ctx.db, { ...filter, limit: pageSize, after })
    : await numberedPage(ctx, list, filter, pageSize, (page - 1) * pageSize);
  const last = items.at(-1);
  const nextCursor =
    last && items.length === pageSize && (after || page * pageSize < totals.total) ? encodeCursor(last) : null;
  const res = { items, ...totals };
  const claimIds = [...new Set(res.items.flatMap((e) => (e.claimId ? [e.claimId] : [])))];
  const mandateIds = [...new Set(res.items.flatMap((e) => (e.claimId && e.mandateId ? [e.mandateId] : [])))];
  const clientIds = [...new Set(res.items.flatMap((e) => (e.clientId ? [e.clientId] : [])))];
  const titledIds = [...new Set(res.items.flatMap((e) => (e.mandateId ? [e.mandateId] : [])))];
  const [claims, changeOrders, ended, titles] = await Promise.all([
    listClaimsByIds(ctx.db, actor.workspaceId, claimIds),
    listChangeOrdersOfMandates(ctx.db, actor.workspaceId, mandateIds),
    endedClientIds(ctx.db, actor.workspaceId, clientIds),
    mandateTitles(ctx.db, actor.workspaceId, titledIds),
  ]);
  return {
    ...res,
    ...(after ? {} : { page }),
    pageSize,
    nextCursor,
    items: res.items.map((e) => ({
      ...e,
      mandateTitle: e.mandateId ? (titles.get(e.mandateId) ?? null) : null,
      onUnapprovedChangeOrder: isTimeOnUnapprovedWork(e, { claims, changeOrders }),
      readOnly: timeReadOnly(e, ended),
    })),
  };
}

/** The ISO week (Monday first) around a date: minutes per member, mandate and day, with totals per category. */
export async function timesheet(ctx: AppContext, actor: Actor, date: string, memberId?: string) {
  requirePermission(actor, "read");
  const week = isoWeek(date);
  const { items } = await listTimeEntries(ctx.db, {
    workspaceId: actor.workspaceId,
    memberId,
    from: week.monday,
    to: week.sunday,
    limit: 10_000,
    offset: 0,
  });
  return weeklyTimesheet({ date, entries: items });
}

/**
 * Goodwill per client and mandate (hours and value at the billable rate, hours of members without a rate apart),
 * against their budgets (80 % and 100 %).
 */
export async function goodwill(
  ctx: AppContext,
  actor: Actor,
  filter: { clientId?: string | undefined; mandateId?: string | undefined },
) {
  requirePermission(actor, "read");
  const [workspace, rows, budgets, names, members] = await Promise.all([
    getWorkspaceRecord(ctx.db, actor.workspaceId),
    // The summary counts time on mandates only (each entry names its mandate): the rest is never read.
    goodwillMinutes(ctx.db, actor.workspaceId, { ...filter, onMandates: true }),
    listGoodwillBudgets(ctx.db, actor.workspaceId),
    listMandateLabels(ctx.db, actor.workspaceId),
    listMembers(ctx.db, actor.workspaceId),
  ]);
  // One synthetic entry per (mandate, rate) group: the domain values minutes at each group's rate. Time logged while
  // the member's rate was not set (0) is valued at the rate set since; without one, the hours are flagged unrated.
  const current = new Map(members.map((m) => [m.id, m.billableRate]));
  const rates = rows.map((r, i) => ({
    memberId: `${r.memberId}#${i}`,
    billableRate: r.billableRate || (current.get(r.memberId) ?? 0),
  }));
  const scoped = budgets.filter((b) => (filter.clientId ? b.scope !== "client" || b.id === filter.clientId : true));
  return goodwillSummary({
    entries: rows
      .filter((r) => r.mandateId)
      .map((r, i) => ({
        memberId: `${r.memberId}#${i}`,
        mandateId: r.mandateId!,
        minutes: r.minutes,
        category: "goodwill" as const,
      })),
    mandates: names.map((m) => ({ id: m.id, clientId: m.client_id, name: m.title })),
    clients: [...new Map(names.map((m) => [m.client_id, { id: m.client_id, name: m.client_name }])).values()],
    billableRates: rates,
    currency: workspace.currency,
    budgets: scoped,
  });
}

/** Each member's week-by-week capacity against booked work for the next weeks, with warnings before the limit. */
export async function capacity(ctx: AppContext, actor: Actor, weeks: number) {
  requirePermission(actor, "read");
  const today = await studioTodayOf(ctx, actor.workspaceId);
  const [members, open] = await Promise.all([
    listMembers(ctx.db, actor.workspaceId),
    listOpenWork(ctx.db, actor.workspaceId),
  ]);
  const mandateIds = open.map((o) => o.mandate.id);
  const [logged, changeOrders, entries] = await Promise.all([
    minutesByMandate(ctx.db, actor.workspaceId, mandateIds),
    listChangeOrdersOfMandates(ctx.db, actor.workspaceId, mandateIds),
    listTimeEntries(ctx.db, { workspaceId: actor.workspaceId, from: isoWeek(today).monday, limit: 50_000, offset: 0 }),
  ]);
  const work: CapacityWork[] = [
    ...open.map(({ mandate, offer }: { mandate: Mandate; offer: SignedOffer }) => ({
      id: mandate.id,
      label: offer.content.title,
      startDate: offer.content.startDate,
      deliveryDate: offer.content.deliveryDate,
      estimatedHours: offer.content.deliverables.reduce((h, d) => h + (d.estimatedHours ?? 0), 0),
      loggedMinutes: logged.get(mandate.id) ?? 0,
      assignedMemberIds: [],
      kind: "mandate" as const,
      status: mandate.status,
    })),
    ...changeOrders
      .filter((co: ChangeOrder) => co.status === "approved")
      .map((co) => ({
        id: co.id,
        label: `${co.number} ${co.content.title}`,
        startDate: co.createdAt.slice(0, 10),
        deliveryDate: co.content.proposedDeliveryDate,
        estimatedHours: co.content.items.reduce((h, i) => h + i.hours, 0),
        loggedMinutes: 0,
        assignedMemberIds: [],
        kind: "change_order" as const,
        status: co.status,
      })),
  ];
  return teamCapacity({
    today,
    weeks,
    members: members
      .filter((m) => m.status === "active")
      .map((m) => ({ id: m.id, name: m.name, weeklyCapacityHours: m.weeklyCapacityHours })),
    work,
    entries: entries.items,
  });
}
