/**
 * PostgreSQL faults survived by real server processes: their backends terminated (pg_terminate_backend, only on this
 * test's own database) during a load of reads and writes, and a 2-second outage (a loopback relay in front of
 * PostgreSQL drops every connection and refuses new ones). The processes stay up, failed requests answer 503 with
 * Retry-After, never 500, and every request after the fault succeeds.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contractFetch } from "../support/documented-app.ts";
import { createTestDatabase, PG_URL, type TestDatabase } from "../support/engines.ts";
import { buildSignUp } from "../support/http-client.ts";
import { type ServerProcess, spawnServer } from "../support/spawn-server.ts";
import { startTcpRelay, type TcpRelay } from "../support/tcp-relay.ts";

/** Each answer of the server processes is checked against the OpenAPI document. */
const fetch = contractFetch;

/** 10 in `npm test`; `npm run measure:faults` runs more (FAULT_TRIALS). */
const TRIALS = Number(process.env.FAULT_TRIALS ?? 10);

interface Session {
  cookie: string;
  csrf: string;
}

async function signUp(url: string): Promise<Session> {
  const res = await fetch(`${url}/api/v1/auth/signup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(buildSignUp()),
  });
  expect(res.status).toBe(201);
  const cookie = /mandat_session=[^;]+/.exec(res.headers.get("set-cookie") ?? "")![0];
  return { cookie, csrf: (await res.json()).csrfToken };
}

/** One read or one write; resolves with the status, and the Retry-After header of a 503. */
async function call(url: string, s: Session, write: boolean): Promise<{ status: number; retryAfter: string | null }> {
  const res = write
    ? await fetch(`${url}/api/v1/clients`, {
        method: "POST",
        headers: { cookie: s.cookie, "x-csrf-token": s.csrf, "content-type": "application/json" },
        body: JSON.stringify({ kind: "direct", name: `Client ${Math.random().toString(36).slice(2)}` }),
      })
    : await fetch(`${url}/api/v1/clients`, { headers: { cookie: s.cookie } });
  await res.arrayBuffer();
  return { status: res.status, retryAfter: res.headers.get("retry-after") };
}

/** Runs reads and writes on every server until `fault` has run and `settleMs` more passed; returns each answer. */
async function underLoad(servers: { url: string; s: Session }[], fault: () => Promise<void>, settleMs: number) {
  const answers: { status: number; retryAfter: string | null }[] = [];
  let running = true;
  const workers = servers.flatMap(({ url, s }) =>
    [0, 1, 2].map(async (w) => {
      for (let i = 0; running; i++) answers.push(await call(url, s, (i + w) % 2 === 0));
    }),
  );
  await new Promise((r) => setTimeout(r, 150));
  await fault();
  await new Promise((r) => setTimeout(r, settleMs));
  running = false;
  await Promise.all(workers);
  return answers;
}

describe.skipIf(!PG_URL)("server processes on PostgreSQL survive lost connections", () => {
  let db: TestDatabase;
  let relay: TcpRelay;
  let admin: pg.Client;
  let servers: ServerProcess[] = [];
  let sessions: Session[] = [];
  let dbName = "";

  beforeAll(async () => {
    db = await createTestDatabase("postgres");
    await db.store.close();
    const url = new URL(db.location.databaseUrl!);
    dbName = url.pathname.slice(1);
    relay = await startTcpRelay({ host: url.hostname, port: Number(url.port || 5432) });
    url.port = String(relay.port);
    url.hostname = "127.0.0.1";
    admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    const env = { DATA_DIR: db.dataDir, DATABASE_URL: url.toString(), SIGNUP_POLICY: "open" };
    servers = await Promise.all([spawnServer(env), spawnServer(env)]);
    sessions = await Promise.all(servers.map((s) => signUp(s.url)));
  }, 90_000);

  afterAll(async () => {
    await relay?.restore();
    await Promise.all(servers.map((s) => s.stop()));
    await admin?.end();
    await relay?.close();
    await db?.drop();
  });

  const alive = () => servers.every((s) => s.child.exitCode === null && s.child.signalCode === null);
  const everyoneAnswers = async () => {
    for (const [i, server] of servers.entries()) {
      for (let k = 0; k < 4; k++) expect((await call(server.url, sessions[i]!, k % 2 === 0)).status).toBeLessThan(300);
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    }
  };

  it(
    `keeps serving when its backends are terminated under load (${TRIALS} of ${TRIALS} trials)`,
    async () => {
      const load = servers.map((s, i) => ({ url: s.url, s: sessions[i]! }));
      let failed = 0;
      let total = 0;
      for (let trial = 0; trial < TRIALS; trial++) {
        const answers = await underLoad(
          load,
          async () => {
            const killed = await admin.query(
              "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
              [dbName],
            );
            expect(killed.rowCount).toBeGreaterThan(0);
          },
          200,
        );
        expect(answers.length).toBeGreaterThan(0);
        for (const a of answers) {
          expect([200, 201, 503]).toContain(a.status);
          if (a.status === 503) expect(a.retryAfter).toBe("5");
        }
        failed += answers.filter((a) => a.status === 503).length;
        total += answers.length;
        expect(alive()).toBe(true);
        await new Promise((r) => setTimeout(r, 100));
        await everyoneAnswers();
      }
      // The figures of the run, for the record (the count of 503s varies with timing).
      console.info(
        `[database-faults] ${TRIALS} of ${TRIALS} terminations under load survived by both processes: ${total} requests, ${failed} answered 503 (Retry-After), none 500`,
      );
    },
    Math.max(120_000, TRIALS * 12_000),
  );

  it("answers 503 with Retry-After during a 2-second outage and resumes by itself", async () => {
    const load = servers.map((s, i) => ({ url: s.url, s: sessions[i]! }));
    let readyDuringOutage = 0;
    const answers = await underLoad(
      load,
      async () => {
        await relay.cut();
        await new Promise((r) => setTimeout(r, 300));
        readyDuringOutage = (await fetch(`${servers[0]!.url}/readyz`)).status;
        expect((await fetch(`${servers[0]!.url}/healthz`)).status).toBe(200);
        await new Promise((r) => setTimeout(r, 1_700));
        await relay.restore();
      },
      100,
    );
    expect(readyDuringOutage).toBe(503);
    const statuses = new Set(answers.map((a) => a.status));
    expect(statuses.has(503)).toBe(true);
    for (const s of statuses) expect([200, 201, 503]).toContain(s);
    expect(alive()).toBe(true);
    await everyoneAnswers();
  }, 60_000);
});
