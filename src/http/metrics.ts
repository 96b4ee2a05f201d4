/**
 * Prometheus metrics at `/metrics` (text exposition format 0.0.4), only with `Authorization: Bearer <METRICS_TOKEN>`
 * (404 when no token is configured, so the endpoint does not exist): request durations by method, route template and
 * status as a histogram, the PostgreSQL pool's connections, and the outbox backlog.
 */
import { timingSafeEqual } from "node:crypto";
import type { Hono } from "hono";
import type { AppContext } from "../app/shared/context.ts";
import { DomainError } from "../domain/errors.ts";
import { countOutboxByStatus } from "../store/metrics-store.ts";
import type { PoolStats } from "../store/open-database.ts";
import type { HttpEnv } from "./auth.ts";

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface Series {
  /** The series' labels, as written in the exposition (`method="GET",route="…",status="200"`). */
  labels: string;
  counts: number[];
  sum: number;
  count: number;
}

const label = (v: string) => v.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");

export class HttpMetrics {
  /** Every series, in the order they appeared (the exposition's order). */
  readonly #series: Series[] = [];
  /** The same series by route template, then status, then method: found without building their labels again. */
  readonly #byRoute = new Map<string, Map<number, Map<string, Series>>>();

  observe(method: string, route: string, status: number, seconds: number): void {
    let byStatus = this.#byRoute.get(route);
    if (!byStatus) {
      byStatus = new Map();
      this.#byRoute.set(route, byStatus);
    }
    let byMethod = byStatus.get(status);
    if (!byMethod) {
      byMethod = new Map();
      byStatus.set(status, byMethod);
    }
    let s = byMethod.get(method);
    if (!s) {
      const labels = `method="${label(method)}",route="${label(route)}",status="${status}"`;
      s = { labels, counts: BUCKETS.map(() => 0), sum: 0, count: 0 };
      byMethod.set(method, s);
      this.#series.push(s);
    }
    for (let i = 0; i < BUCKETS.length; i++) {
      if (seconds <= BUCKETS[i]!) s.counts[i]! += 1;
    }
    s.sum += seconds;
    s.count += 1;
  }

  text(): string {
    const out = [
      "# HELP mandat_http_request_duration_seconds Time to answer a request, by method, route template and status.",
      "# TYPE mandat_http_request_duration_seconds histogram",
    ];
    for (const s of this.#series) {
      const key = s.labels;
      for (const [i, b] of BUCKETS.entries()) {
        out.push(`mandat_http_request_duration_seconds_bucket{${key},le="${b}"} ${s.counts[i]}`);
      }
      out.push(`mandat_http_request_duration_seconds_bucket{${key},le="+Inf"} ${s.count}`);
      out.push(`mandat_http_request_duration_seconds_sum{${key}} ${s.sum}`);
      out.push(`mandat_http_request_duration_seconds_count{${key}} ${s.count}`);
    }
    return out.join("\n");
  }
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Mounts GET /metrics on `app`. */
export function mountMetrics(
  app: Hono<HttpEnv>,
  ctx: AppContext,
  metrics: HttpMetrics,
  poolStats: (() => PoolStats) | undefined,
): void {
  app.get("/metrics", async (c) => {
    const token = ctx.config.metricsToken;
    if (!token) throw new DomainError("not_found", "no route GET /metrics");
    const sent = /^Bearer\s+(.+)$/i.exec(c.req.header("authorization") ?? "")?.[1]?.trim() ?? "";
    if (!sameToken(sent, token)) throw new DomainError("unauthenticated", "send Authorization: Bearer <METRICS_TOKEN>");
    const lines = [metrics.text()];
    const pool = poolStats?.();
    if (pool) {
      lines.push(
        "# HELP mandat_db_pool_connections PostgreSQL pool connections by state.",
        "# TYPE mandat_db_pool_connections gauge",
        `mandat_db_pool_connections{state="total"} ${pool.total}`,
        `mandat_db_pool_connections{state="idle"} ${pool.idle}`,
        `mandat_db_pool_connections{state="waiting"} ${pool.waiting}`,
      );
    }
    const outbox = await countOutboxByStatus(ctx.db);
    lines.push(
      "# HELP mandat_outbox_messages Messages not delivered yet, by status.",
      "# TYPE mandat_outbox_messages gauge",
      `mandat_outbox_messages{status="pending"} ${outbox.pending ?? 0}`,
      `mandat_outbox_messages{status="failed"} ${outbox.failed ?? 0}`,
    );
    return c.text(`${lines.join("\n")}\n`, 200, { "content-type": "text/plain; version=0.0.4; charset=utf-8" });
  });
}
