/**
 * `mandat reset-password <email>`, the operator's way back in for a person without e-mail reset: a real server
 * process runs while the command does; the new password is printed once and works, the old one no longer does, every
 * session of the account ends at once, the audit trail records it without the password, and an unknown address
 * fails with exit code 1.
 */

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contractFetch } from "../support/documented-app.ts";
import { createTestDatabase, engines, type TestDatabase } from "../support/engines.ts";
import { buildSignUp } from "../support/http-client.ts";
import { runCliToEnd, type ServerProcess, spawnServer } from "../support/spawn-server.ts";

/** Each answer of the server processes is checked against the OpenAPI document. */
const fetch = contractFetch;

describe.each(engines())("mandat reset-password on $engine", ({ engine, skip }) => {
  let db: TestDatabase;
  let server: ServerProcess;
  let env: Record<string, string>;
  beforeAll(async () => {
    if (skip) return;
    db = await createTestDatabase(engine);
    await db.store.close();
    env = {
      DATA_DIR: db.dataDir,
      SIGNUP_POLICY: "open",
      ...(db.location.databaseUrl ? { DATABASE_URL: db.location.databaseUrl } : {}),
    };
    server = await spawnServer(env);
  }, 90_000);
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  const logIn = (email: string, password: string) =>
    fetch(`${server.url}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    });

  it.skipIf(skip)(
    "prints a new password once, ends every session and records it",
    async () => {
      const data = buildSignUp();
      const signup = await fetch(`${server.url}/api/v1/auth/signup`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(data),
      });
      expect(signup.status).toBe(201);
      const cookie = /mandat_session=[^;]+/.exec(signup.headers.get("set-cookie") ?? "")![0];
      expect((await fetch(`${server.url}/api/v1/me`, { headers: { cookie } })).status).toBe(200);

      const reset = await runCliToEnd(["reset-password", data.email.toUpperCase()], env);
      expect(reset.code, reset.stderr).toBe(0);
      const password = new RegExp(`New password for ${data.email}: (\\S+)`, "i").exec(reset.stdout)?.[1];
      expect(password, reset.stdout).toBeDefined();
      expect(password!.length).toBeGreaterThanOrEqual(16);

      expect((await fetch(`${server.url}/api/v1/me`, { headers: { cookie } })).status).toBe(401);
      expect((await logIn(data.email, data.password)).status).toBe(401);
      const again = await logIn(data.email, password!);
      expect(again.status).toBe(200);
      const session = /mandat_session=[^;]+/.exec(again.headers.get("set-cookie") ?? "")![0];
      const audit = await (
        await fetch(`${server.url}/api/v1/audit?entity=user`, { headers: { cookie: session } })
      ).text();
      expect(audit).toContain("user.password_reset_by_operator");
      expect(audit).not.toContain(password!);
    },
    60_000,
  );

  it.skipIf(skip)(
    "fails with exit code 1 on an unknown address",
    async () => {
      const reset = await runCliToEnd(["reset-password", "nobody@studio.test"], env);
      expect(reset.code).toBe(1);
      expect(reset.stderr).toContain("reset-password:");
    },
    60_000,
  );
});
