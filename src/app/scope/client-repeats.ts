/**
 * What a client already had answered: every earlier claim of the client (all rounds, all mandates) with its decision,
 * and what was delivered, as the finder that flags a new claim repeating one of them.
 */
import type { Kysely } from "kysely";
import type { ChangeOrder } from "../../domain/change-order/change-order.ts";
import { type SettledChangeOrder, settledPoints } from "../../domain/claim/settled-points.ts";
import { DomainError } from "../../domain/errors.ts";
import { createRepeatFinder, type RepeatMatch } from "../../domain/triage/find-repeats.ts";
import { listChangeOrdersOfMandate } from "../../store/change-order-store.ts";
import { findMandate, listMandates } from "../../store/mandate-store.ts";
import { listClaimsOfMandate } from "../../store/round-store.ts";
import type { Database } from "../../store/schema.ts";
import { loadMandateBaseline } from "./current-baseline.ts";

function answeredAt(co: ChangeOrder): string | undefined {
  if (co.status === "rejected") return co.rejectedAt;
  if (co.status === "approved") return co.approval.signedAt;
  return undefined;
}

/** Input of {@link loadRepeatFinder}. */
export interface LoadRepeatFinderInput {
  workspaceId: string;
  clientId: string;
  /** The round being triaged: its own claims are not earlier points. */
  exceptRoundId: string;
}

/** Loads the client's settled points and returns the function that finds the one a claim likely repeats. */
export async function loadRepeatFinder(
  db: Kysely<Database>,
  input: LoadRepeatFinderInput,
): Promise<(claim: string) => RepeatMatch | undefined> {
  const { workspaceId } = input;
  const { items } = await listMandates(db, { workspaceId, clientId: input.clientId, limit: 1000, offset: 0 });
  const loaded = await Promise.all(
    items.map(async (m) => {
      const [stored, changeOrders, claims] = await Promise.all([
        findMandate(db, workspaceId, m.id),
        listChangeOrdersOfMandate(db, workspaceId, m.id),
        listClaimsOfMandate(db, workspaceId, m.id),
      ]);
      const needsClauses = claims.some((c) => c.roundId !== input.exceptRoundId && c.triage?.baseline);
      const baseline = needsClauses
        ? await loadMandateBaseline(
            db,
            workspaceId,
            m.offerId,
            changeOrders.filter((s) => s.changeOrder.status === "approved").flatMap((s) => s.changeOrder.content.items),
          ).catch((e: unknown) => {
            if (e instanceof DomainError) return undefined;
            throw e;
          })
        : undefined;
      return { id: m.id, stored, changeOrders, claims, baseline };
    }),
  );
  const titles = new Map<string, string>(
    loaded.flatMap((m) => (m.baseline?.entries ?? []).map((e) => [`${m.id}:${e.kind}:${e.id}`, e.title] as const)),
  );
  const points = settledPoints({
    claims: loaded.flatMap((m) => m.claims.filter((c) => c.roundId !== input.exceptRoundId)),
    changeOrders: loaded.flatMap((m) =>
      m.changeOrders.map(
        ({ changeOrder: co }): SettledChangeOrder => ({
          id: co.id,
          number: co.number,
          status: co.status,
          answeredAt: answeredAt(co),
        }),
      ),
    ),
    mandates: loaded.flatMap((m) => (m.stored ? [{ id: m.id, deliveries: m.stored.mandate.deliveries }] : [])),
    clauseText: (mandateId, kind, id) => titles.get(`${mandateId}:${kind}:${id}`),
  });
  return createRepeatFinder(points);
}
