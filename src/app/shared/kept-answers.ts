/**
 * Answers kept in this process while what they read has not changed: each under a key and the generation of the
 * records it read (a counter triggers raise on any write, by any process), per app context, the oldest dropped past
 * `limit`. The caller reads the generation before computing, so a write during the computation only makes the kept
 * answer stale for its older generation, never served as newer. One mechanism for the time list's totals, the
 * dashboard's health list and the receivables page. `compute` is handed the answer kept under the key for an older
 * generation, if any, for an answer that can be brought up to date rather than computed anew (the dashboard's list).
 */
import type { AppContext } from "./context.ts";

export type KeptAnswers<T> = (
  ctx: AppContext,
  key: string,
  generation: string,
  compute: (previous: { generation: string; value: T } | undefined) => Promise<T>,
) => Promise<T>;

export function keptAnswers<T>(limit: number): KeptAnswers<T> {
  const byContext = new WeakMap<AppContext, Map<string, { generation: string; value: T }>>();
  return async (ctx, key, generation, compute) => {
    let kept = byContext.get(ctx);
    if (!kept) {
      kept = new Map();
      byContext.set(ctx, kept);
    }
    const hit = kept.get(key);
    if (hit?.generation === generation) return hit.value;
    const value = await compute(hit);
    kept.delete(key);
    if (kept.size >= limit) kept.delete(kept.keys().next().value!);
    kept.set(key, { generation, value });
    return value;
  };
}
