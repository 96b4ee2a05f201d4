/** /metrics: Prometheus text behind the configured token — request durations by route, the pool, the outbox backlog. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp } from "../../src/http/app.ts";
import { engines } from "../support/engines.ts";
import { buildClient, buildSignUp, TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

const TOKEN = "metrics-token-0123456789";

describe.each(engines())("metrics on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let plain: HttpFixture;
  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine, { METRICS_TOKEN: TOKEN });
    plain = await createHttpFixture(engine);
  });
  afterAll(async () => {
    await fx?.close();
    await plain?.close();
  });

  it.skipIf(skip)("needs the token, and tells durations by route, the pool and the outbox backlog", async () => {
    const app = createHttpApp(fx.ctx, { poolStats: fx.db.store.poolStats });
    const owner = new TestClient(app);
    await owner.post("/api/v1/auth/signup", buildSignUp());
    await owner.post("/api/v1/clients", buildClient());
    expect((await app.request("/metrics")).status).toBe(401);
    expect((await app.request("/metrics", { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
    const res = await app.request("/metrics", { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const text = await res.text();
    expect(text).toMatch(
      /mandat_http_request_duration_seconds_count\{method="POST",route="\/api\/v1\/clients",status="201"\} 1/,
    );
    expect(text).toMatch(/mandat_outbox_messages\{status="pending"\} \d+/);
    if (engine === "postgres") expect(text).toMatch(/mandat_db_pool_connections\{state="total"\} \d+/);
    expect((await plain.app.request("/metrics", { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
  });
});
