/** Latency of one operation over many iterations after a warm-up: median and 95th percentile in milliseconds. */
export interface Timing {
  label: string;
  n: number;
  medianMs: number;
  p95Ms: number;
  /** Database queries per operation (mean over the measured iterations), when counted. */
  queriesPerOp?: number;
}

export interface MeasureOptions {
  iterations: number;
  warmup: number;
  /** A running count of database queries, read before and after the measured iterations. */
  queryCount?: () => number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** Runs `op(i)` `warmup` times unmeasured, then `iterations` times measured one after the other. */
export async function measure(
  label: string,
  options: MeasureOptions,
  op: (i: number) => Promise<unknown>,
): Promise<Timing> {
  for (let i = 0; i < options.warmup; i++) await op(i);
  const samples: number[] = [];
  const queriesBefore = options.queryCount?.() ?? 0;
  for (let i = 0; i < options.iterations; i++) {
    const t0 = performance.now();
    await op(options.warmup + i);
    samples.push(performance.now() - t0);
  }
  const queries = (options.queryCount?.() ?? 0) - queriesBefore;
  samples.sort((a, b) => a - b);
  return {
    label,
    n: samples.length,
    medianMs: percentile(samples, 50),
    p95Ms: percentile(samples, 95),
    ...(options.queryCount ? { queriesPerOp: queries / options.iterations } : {}),
  };
}
