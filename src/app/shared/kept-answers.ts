/**
 * Answers kept in this process while what they read has not changed: each under a key and the generation of the
 * records it read (SQLite: a counter triggers raise on any write, by any process; PostgreSQL: the read's snapshot,
 * which names the transactions it saw — the same snapshot, the same records), per app context, the oldest dropped past
 * `limit`. The caller reads the generation before computing, so a write during the computation only makes the kept
 * answer stale for its older generation, never served as newer. One mechanism for the time list's totals, the
 * dashboard's health list and the receivables page. `compute` is handed the answer kept under the key for an older
 * generation, if any and kept less than `KEPT_ANSWER_MS` ago, for an answer that can be brought up to date rather than
 * computed anew (the dashboard's list) or checked against what was written since (PostgreSQL's change marks).
 */
import type { AppContext } from "./context.ts";

/**
 * An answer kept longer than this is never handed to `compute` as the one to bring up to date: PostgreSQL's change
 * marks are pruned after a day (`pruneChangeMarks`), so only a transaction writing for longer than that could then
 * leave a mark a kept answer misses.
 */
export const KEPT_ANSWER_MS = 30 * 60_000;

export type KeptAnswers<T> = ((
  ctx: AppContext,
  key: string,
  generation: string,
  compute: (previous: { generation: string; value: T } | undefined) => Promise<T>,
) => Promise<T>) & {
  /** The keys answers are kept under in this context, oldest first (what a caller may bring up to date ahead). */
  keys(ctx: AppContext): string[];
  /** Drops the answer kept under `key` (its subject is gone). */
  forget(ctx: AppContext, key: string): void;
};

export function keptAnswers<T>(limit: number): KeptAnswers<T> {
  const byContext = new WeakMap<AppContext, Map<string, { generation: string; value: T; keptAt: number }>>();
  const answers: KeptAnswers<T> = Object.assign(
    async (
      ctx: AppContext,
      key: string,
      generation: string,
      compute: (previous: { generation: string; value: T } | undefined) => Promise<T>,
    ) => {
      let kept = byContext.get(ctx);
      if (!kept) {
        kept = new Map();
        byContext.set(ctx, kept);
      }
      const hit = kept.get(key);
      if (hit?.generation === generation) return hit.value;
      const keptAt = Date.now();
      const previous =
        hit && keptAt - hit.keptAt < KEPT_ANSWER_MS ? { generation: hit.generation, value: hit.value } : undefined;
      const value = await compute(previous);
      kept.delete(key);
      if (kept.size >= limit) kept.delete(kept.keys().next().value!);
      kept.set(key, { generation, value, keptAt });
      return value;
    },
    {
      keys: (ctx: AppContext) => [...(byContext.get(ctx)?.keys() ?? [])],
      forget: (ctx: AppContext, key: string) => {
        byContext.get(ctx)?.delete(key);
      },
    },
  );
  return answers;
}
