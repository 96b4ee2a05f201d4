/**
 * Every id a signed-in request names in its JSON body must be a record of the caller's workspace — checked here, once,
 * for every route, before the route runs: a field is known by its name (`clientId`, `memberIds`…, at any depth),
 * and an id (a UUID) of another workspace, or of no record at all, answers 404 `not_found` naming the field, so nothing is
 * written and nothing is learnt about other workspaces. Path ids are checked by each use-case's workspace-scoped
 * look-up. Ids inside a record's own JSON (a decision's criteria, an offer's deliverables) are checked by their
 * use-case against that record.
 */
import type { MiddlewareHandler } from "hono";
import type { AppContext } from "../app/shared/context.ts";
import { DomainError, type FieldIssue } from "../domain/errors.ts";
import { idsNotInWorkspace, type ReferencedTable } from "../store/workspace-ids-store.ts";
import type { HttpEnv } from "./auth.ts";
import { declaresJsonBody, jsonBodyOf } from "./well-formed-input.ts";

/** Body field names (singular or their plural with `s`) and the table their ids belong to. */
export const REFERENCED_FIELDS: Readonly<Record<string, ReferencedTable>> = {
  memberId: "members",
  clientId: "clients",
  mandateId: "mandates",
  offerId: "offers",
  fromOfferId: "offers",
  depositOfferId: "offers",
  claimId: "claims",
  duplicateOfClaimId: "claims",
  roundId: "rounds",
  decisionId: "decisions",
  changeOrderId: "change_orders",
  entryId: "time_entries",
  valueId: "workspace_values",
  costId: "mandate_costs",
  invoiceId: "invoices",
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const FIELDS = new Map(Object.entries(REFERENCED_FIELDS));

/** The table a body field's ids belong to (`clientId`, `clientIds`); never an inherited name (`constructor`). */
export function tableOf(key: string): ReferencedTable | undefined {
  return FIELDS.get(key) ?? (key.endsWith("Ids") ? FIELDS.get(key.slice(0, -1)) : undefined);
}

/** Every (table, id, path) named in a body. */
export function referencedIds(value: unknown, path = ""): { table: ReferencedTable; id: string; path: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => referencedIds(v, path ? `${path}.${i}` : String(i)));
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, v]) => {
    const here = path ? `${path}.${key}` : key;
    const table = tableOf(key);
    // Only values shaped like record ids (UUIDs) can name a record, of this workspace or another; anything else is
    // left to the route's schema and use-case (400 with their own message).
    if (table && typeof v === "string") return UUID.test(v) ? [{ table, id: v, path: here }] : [];
    if (table && Array.isArray(v)) {
      return v.flatMap((id) => (typeof id === "string" && UUID.test(id) ? [{ table, id, path: here }] : []));
    }
    return referencedIds(v, here);
  });
}

export function workspaceIds(ctx: AppContext): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    const principal = c.get("principal");
    // Reads (and anonymous requests) name no record in a body: they go on without awaiting anything here.
    if (!principal || !declaresJsonBody(c)) return next();
    const body = await jsonBodyOf(c);
    if (body === undefined) return next();
    const refs = referencedIds(body);
    const byTable = new Map<ReferencedTable, string[]>();
    for (const r of refs) byTable.set(r.table, [...(byTable.get(r.table) ?? []), r.id]);
    const missing = new Set<string>();
    for (const [table, ids] of byTable) {
      for (const id of await idsNotInWorkspace(ctx.db, principal.workspaceId, table, ids))
        missing.add(`${table}:${id}`);
    }
    const paths = new Set(refs.filter((r) => missing.has(`${r.table}:${r.id}`)).map((r) => r.path));
    const fields: FieldIssue[] = [...paths].map((path) => ({
      path,
      issue: "not_found",
      message: "no such record in this workspace",
    }));
    if (fields.length > 0) {
      throw new DomainError("not_found", `not found in this workspace: ${fields.map((f) => f.path).join(", ")}`, {
        fields,
      });
    }
    return next();
  };
}
