/**
 * The principal cache (src/http/auth.ts) never outlives a credential: two server processes share one database, and a
 * logout, a token revocation or a member's new role or disabling in one is refused by the other on its very next request, though
 * that one had just cached the principal (the database's authentication generation, raised by triggers). The
 * second-factor gate's decision is cached with the principal and dropped the same way.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp } from "../../src/http/app.ts";
import { openDatabase, type Store } from "../../src/store/open-database.ts";
import { engines, testContext } from "../support/engines.ts";
import { TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

describe.each(engines())("principal cache across processes on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let other: Store;
  let otherApp: ReturnType<typeof createHttpApp>;
  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    other = openDatabase(fx.db.location);
    otherApp = createHttpApp(testContext({ ...fx.db, store: other }));
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
});
