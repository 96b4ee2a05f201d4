/** Several server processes share one database: a session opened on one works on the other (DESIGN.md §6). */

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contractFetch } from "../support/documented-app.ts";
import { createTestDatabase, engines, type TestDatabase } from "../support/engines.ts";
import { buildSignUp } from "../support/http-client.ts";
import { type ServerProcess, spawnServer } from "../support/spawn-server.ts";

/** Each answer of the server processes is checked against the OpenAPI document. */
const fetch = contractFetch;

describe.each(engines())("two server processes on one $engine database", ({ engine, skip }) => {
  let db: TestDatabase;
  let a: ServerProcess;
  let b: ServerProcess;
  beforeAll(async () => {
    if (skip) return;
    db = await createTestDatabase(engine);
    await db.store.close(); // the processes open it themselves
    const env = {
      DATA_DIR: db.dataDir,
      ...(db.location.databaseUrl ? { DATABASE_URL: db.location.databaseUrl } : {}),
      SIGNUP_POLICY: "first-only",
    };
    [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.drop();
  });

  it.skipIf(skip)("signs up on one process and uses the session on the other", async () => {
    const signup = await fetch(`${a.url}/api/v1/auth/signup`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(buildSignUp()),
    });
    expect(signup.status).toBe(201);
    const cookie = /mandat_session=[^;]+/.exec(signup.headers.get("set-cookie") ?? "")![0];
    const { csrfToken } = await signup.json();
    const me = await fetch(`${b.url}/api/v1/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    const created = await fetch(`${b.url}/api/v1/clients`, {
      method: "POST",
      headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" },
      body: JSON.stringify({ kind: "direct", name: "Seen from A" }),
    });
    expect(created.status).toBe(201);
    const listed = await (await fetch(`${a.url}/api/v1/clients`, { headers: { cookie } })).json();
    expect(listed.items.map((c: { name: string }) => c.name)).toEqual(["Seen from A"]);
    const verify = await (await fetch(`${a.url}/api/v1/audit/verify`, { headers: { cookie } })).json();
    expect(verify.valid).toBe(true);
    // first-only sign-up policy is enforced by the database state, whichever process answers
    const second = await fetch(`${b.url}/api/v1/auth/signup`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(buildSignUp()),
    });
    expect(second.status).toBe(403);
  });
});
