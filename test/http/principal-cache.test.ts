/**
 * The principal cache (src/http/auth.ts) never outlives a credential: two server processes share one database, and a
 * logout, a token revocation, a member's new role or disabling, a password change or reset, or a second factor reset in
 * one is refused by the other on its very next request, though that one had just cached the principal (the database's
 * authentication generation, raised by triggers). The second-factor gate's decision is cached with the principal and
 * dropped the same way.
 */
import { Secret, TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetPasswordByOperator } from "../../src/app/workspace/change-password.ts";
import { createHttpApp } from "../../src/http/app.ts";
import { openDatabase, type Store } from "../../src/store/open-database.ts";
import { TEST_START } from "../support/clock.ts";
import { engines, testContext } from "../support/engines.ts";
import { buildSignUp, TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

describe.each(engines())("principal cache across processes on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let other: Store;
  let otherApp: ReturnType<typeof createHttpApp>;
  // Both processes read one clock, stepped a TOTP period for each code (a code is used once).
  let clock = TEST_START.getTime();
  const now = () => new Date(clock);
  const codeOf = (secret: string) => {
    clock += 30_000;
    return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" }).generate({
      timestamp: clock,
    });
  };
  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine, {}, now);
    other = openDatabase(fx.db.location);
    otherApp = createHttpApp(testContext({ ...fx.db, store: other }, {}, now));
  });
  afterAll(async () => {
    await other?.close();
    await fx?.close();
  });

  /** The same credentials, sent to the other process. */
  const elsewhere = (c: TestClient) => Object.assign(new TestClient(otherApp), { cookie: c.cookie, csrf: c.csrf });

  it.skipIf(skip)("a logout in one process is refused by the other at once", async () => {
    const owner = await fx.owner();
    const there = elsewhere(owner);
    expect((await there.get("/api/v1/me")).status).toBe(200);
    expect((await there.get("/api/v1/me")).status).toBe(200); // now from its cache
    expect((await owner.post("/api/v1/auth/logout")).status).toBe(204);
    expect((await there.get("/api/v1/me")).status).toBe(401);
  });

  it.skipIf(skip)(
    "a revoked API token, a member's new role and a disabled member are seen by the other at once",
    async () => {
      const owner = await fx.owner();
      const created = await owner.post("/api/v1/tokens", { name: "script" });
      expect(created.status).toBe(201);
      const script = Object.assign(new TestClient(otherApp), { bearer: created.body.token as string });
      expect((await script.get("/api/v1/clients")).status).toBe(200);
      expect((await script.get("/api/v1/clients")).status).toBe(200);
      expect((await owner.delete(`/api/v1/tokens/${created.body.id}`)).status).toBe(204);
      expect((await script.get("/api/v1/clients")).status).toBe(401);

      const member = await fx.memberOf(owner, "member");
      const there = elsewhere(member);
      expect((await there.get("/api/v1/clients")).status).toBe(200);
      expect((await there.get("/api/v1/clients")).status).toBe(200);
      const patch = (body: unknown) => owner.request("PATCH", `/api/v1/members/${member.memberId}`, body);
      expect((await patch({ role: "viewer" })).status).toBe(200);
      expect((await there.post("/api/v1/clients", { kind: "direct", name: "Refusé" })).status).toBe(403);
      expect((await patch({ status: "disabled" })).status).toBe(200);
      expect((await there.get("/api/v1/clients")).status).toBe(401);
    },
  );

  it.skipIf(skip)(
    "a workspace that starts requiring a second factor, and a member who sets one up, are seen by the other at once",
    async () => {
      const owner = await fx.owner();
      const member = await fx.memberOf(owner, "member");
      const there = elsewhere(member);
      expect((await there.get("/api/v1/clients")).status).toBe(200);
      expect((await there.get("/api/v1/clients")).status).toBe(200); // cached: no second-factor duty
      const me = await there.get("/api/v1/me");
      const workspaceId = me.body.workspace.id as string;
      const userId = me.body.user.id as string;
      // Written on the first process's own connection, as another process or the CLI would: only the database's
      // triggers can tell the other.
      await fx.db.store.db
        .updateTable("workspaces")
        .set({ require_two_factor: 1 })
        .where("id", "=", workspaceId)
        .execute();
      const held = await there.get("/api/v1/clients");
      expect(held.status).toBe(403);
      expect(held.body.code).toBe("two_factor_setup_required");
      await fx.db.store.db.updateTable("users").set({ totp_secret_enc: "set up" }).where("id", "=", userId).execute();
      expect((await there.get("/api/v1/clients")).status).toBe(200);
    },
  );

  it.skipIf(skip)("a password changed or reset in one process ends the sessions the other has cached", async () => {
    const data = buildSignUp();
    const here = new TestClient(fx.app);
    expect((await here.post("/api/v1/auth/signup", data)).status).toBe(201);
    const second = new TestClient(fx.app);
    expect((await second.post("/api/v1/auth/login", { email: data.email, password: data.password })).status).toBe(200);
    const there = elsewhere(second);
    expect((await there.get("/api/v1/clients")).status).toBe(200);
    expect((await there.get("/api/v1/clients")).status).toBe(200); // cached
    const changed = await here.post("/api/v1/me/password", {
      currentPassword: data.password,
      newPassword: "a brand new passphrase",
    });
    expect(changed.status).toBe(200);
    expect((await there.get("/api/v1/clients")).status).toBe(401);

    // The operator's reset (the CLI, a third process) ends every session, the one that changed it included.
    const mine = elsewhere(here);
    expect((await mine.get("/api/v1/clients")).status).toBe(200);
    expect((await mine.get("/api/v1/clients")).status).toBe(200);
    await resetPasswordByOperator(fx.ctx, data.email);
    expect((await mine.get("/api/v1/clients")).status).toBe(401);
  });

  it.skipIf(skip)(
    "a second factor reset by an owner in one process ends the member's cached session in the other",
    async () => {
      const owner = await fx.owner();
      const member = await fx.memberOf(owner, "member");
      const setup = await member.post("/api/v1/me/two-factor/setup");
      expect(setup.status).toBe(200);
      expect((await member.post("/api/v1/me/two-factor/enable", { code: codeOf(setup.body.secret) })).status).toBe(200);
      const there = elsewhere(member);
      expect((await there.get("/api/v1/clients")).status).toBe(200);
      expect((await there.get("/api/v1/clients")).status).toBe(200); // cached
      expect((await owner.post(`/api/v1/members/${member.memberId}/two-factor/reset`)).status).toBe(200);
      expect((await there.get("/api/v1/clients")).status).toBe(401);
    },
  );
});
