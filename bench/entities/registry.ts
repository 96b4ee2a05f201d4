/**
 * What the generator knows about entity kinds: one module per kind, run in this order, each told how many rows to
 * make for a workspace. A later issue adds offers, time entries and invoices by writing their module and adding it
 * here and to the plans in `generate.ts`; kinds read the ids earlier kinds produced (clients need members, signals
 * need clients).
 */
import type { AppContext } from "../../src/app/shared/context.ts";
import type { Rng } from "../support/rng.ts";
import { clientsGenerator } from "./clients.ts";
import { invoiceHistoryGenerator } from "./invoice-history.ts";
import { invoiceTimeEntriesGenerator } from "./invoice-time-entries.ts";
import { membersGenerator } from "./members.ts";
import { signalsGenerator } from "./signals.ts";

export interface BenchWorkspace {
  id: string;
  name: string;
  ownerMemberId: string;
  /** Ids produced so far, by entity kind (`members`, `clients`, …). */
  ids: Map<string, string[]>;
}

export interface GenerateContext {
  ctx: AppContext;
  rng: Rng;
  /** The end of the generated history; everything happens in the `years` before it. */
  now: Date;
  years: number;
}

export interface EntityGenerator {
  /** Key in a workspace plan and in `BenchWorkspace.ids`. */
  kind: string;
  /** Makes `count` rows of this kind in `ws`; returns the number of rows written (all tables). */
  generate(g: GenerateContext, ws: BenchWorkspace, count: number): Promise<number>;
}

/** Run in this order. */
export const ENTITY_GENERATORS: readonly EntityGenerator[] = [
  membersGenerator,
  clientsGenerator,
  signalsGenerator,
  invoiceTimeEntriesGenerator,
  invoiceHistoryGenerator,
];

/** How many of each kind one workspace gets. */
export type WorkspacePlan = Readonly<Record<string, number>>;

/** Ids of a kind produced in `ws` so far (empty when none). */
export function idsOf(ws: BenchWorkspace, kind: string): string[] {
  let list = ws.ids.get(kind);
  if (!list) {
    list = [];
    ws.ids.set(kind, list);
  }
  return list;
}

/** A random instant in the history window, as stored (ISO-8601 UTC). */
export function instantInHistory(g: GenerateContext, after?: string): string {
  const end = g.now.getTime();
  const start = after ? Date.parse(after) : end - g.years * 365.25 * 86_400_000;
  return new Date(start + g.rng.next() * (end - start)).toISOString();
}
