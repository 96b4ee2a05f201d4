import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines } from "../support/engines.ts";
import { buildSignUp } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

describe.each(engines())("auth on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  beforeAll(async () => {
    if (!skip) fx = await createHttpFixture(engine);
  });
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)("signs up, reads /me, logs out and in again", async () => {
    const c = fx.client();
    const data = buildSignUp();
    const signup = await c.post("/api/v1/auth/signup", data);
    expect(signup.status).toBe(201);
    expect(signup.headers.get("set-cookie")).toMatch(/HttpOnly/i);
    expect(signup.headers.get("set-cookie")).toMatch(/SameSite=Lax/i);
    expect(signup.body.member.role).toBe("owner");
    expect(signup.body.workspace.jurisdiction).toBe("CA-QC");
    const me = await c.get("/api/v1/me");
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe(data.email);
    expect((await c.post("/api/v1/auth/logout")).status).toBe(204);
    expect((await c.get("/api/v1/me")).status).toBe(401);
    const login = await c.post("/api/v1/auth/login", { email: data.email.toUpperCase(), password: data.password });
    expect(login.status).toBe(200);
    expect((await c.get("/api/v1/me")).status).toBe(200);
  });

  it.skipIf(skip)("refuses a wrong password without saying whether the account exists", async () => {
    const c = fx.client();
    const data = buildSignUp();
    await c.post("/api/v1/auth/signup", data);
    const wrong = await fx.client().post("/api/v1/auth/login", { email: data.email, password: "not the password" });
    const unknown = await fx
      .client()
      .post("/api/v1/auth/login", { email: "nobody@x.test", password: "not the password" });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.detail).toBe(unknown.body.detail);
  });

  it.skipIf(skip)("rate-limits failed logins per account, counted in the database", async () => {
    const data = buildSignUp();
    await fx.client().post("/api/v1/auth/signup", data);
    for (let i = 0; i < 10; i++) {
      expect((await fx.client().post("/api/v1/auth/login", { email: data.email, password: `bad ${i}` })).status).toBe(
        401,
      );
    }
    const blocked = await fx.client().post("/api/v1/auth/login", { email: data.email, password: data.password });
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe("rate_limited");
    expect(blocked.headers.get("retry-after")).toBe("900");
    const rows = await fx.db.store.db
      .selectFrom("login_attempts")
      .selectAll()
      .where("key", "=", `account:${data.email}`)
      .execute();
    expect(rows.length).toBe(10);
  });

  it.skipIf(skip)("requires the CSRF token on cookie-authenticated writes", async () => {
    const c = await fx.owner();
    const res = await c.request("POST", "/api/v1/clients", { kind: "direct", name: "X" }, { "x-csrf-token": "forged" });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe("csrf");
    const none = await c.request("POST", "/api/v1/clients", { kind: "direct", name: "X" }, { "x-csrf-token": "" });
    expect(none.body.code).toBe("csrf");
    expect(await fx.db.store.db.selectFrom("clients").selectAll().execute()).toHaveLength(0);
  });

  it.skipIf(skip)("validates sign-up input field by field and writes nothing", async () => {
    const before = await fx.db.store.db.selectFrom("users").selectAll().execute();
    const res = await fx.client().post("/api/v1/auth/signup", {
      email: "not-an-email",
      password: "short",
      name: "",
      workspace: { name: "S", jurisdiction: "XX" },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.body.code).toBe("validation");
    const paths = res.body.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(["email", "name", "password", "workspace.jurisdiction"]);
    expect(await fx.db.store.db.selectFrom("users").selectAll().execute()).toHaveLength(before.length);
  });

  it.skipIf(skip)("answers malformed JSON and oversize bodies with a 4xx problem", async () => {
    const bad = await fx.client().request("POST", "/api/v1/auth/login", "{not json");
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe("validation");
    const big = await fx.client().post("/api/v1/auth/login", { email: "a@b.test", password: "x".repeat(1_100_000) });
    expect(big.status).toBe(413);
    expect(big.body.code).toBe("payload_too_large");
    expect(big.headers.get("connection")).toBe("close");
  });

  it.skipIf(skip)("refuses a second account with the same e-mail", async () => {
    const data = buildSignUp();
    expect((await fx.client().post("/api/v1/auth/signup", data)).status).toBe(201);
    const again = await fx.client().post("/api/v1/auth/signup", { ...data, email: data.email.toUpperCase() });
    expect(again.status).toBe(400);
    expect(again.body.fields[0].path).toBe("email");
  });

  it.skipIf(skip)("API tokens authenticate with Bearer, need no CSRF, and stop working once revoked", async () => {
    const owner = await fx.owner();
    const created = await owner.post("/api/v1/tokens", { name: "CI script" });
    expect(created.status).toBe(201);
    const api = fx.client();
    api.bearer = created.body.token;
    expect((await api.post("/api/v1/clients", { kind: "direct", name: "Par API" })).status).toBe(201);
    const list = await owner.get("/api/v1/tokens");
    expect(list.body.items.map((t: { name: string }) => t.name)).toEqual(["CI script"]);
    expect(JSON.stringify(list.body)).not.toContain(created.body.token);
    expect((await owner.delete(`/api/v1/tokens/${created.body.id}`)).status).toBe(204);
    expect((await api.get("/api/v1/clients")).status).toBe(401);
  });

  it.skipIf(skip)("serves security headers and the OpenAPI document", async () => {
    const res = await fx.app.request("/api/v1/openapi.json");
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/v1/clients", "/api/v1/clients/{id}/signals", "/api/v1/auth/signup"]),
    );
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    const docs = await fx.app.request("/api/docs");
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain("/api/docs/swagger-ui-bundle.js");
    expect((await fx.app.request("/api/docs/swagger-ui-bundle.js")).status).toBe(200);
    expect((await fx.app.request("/healthz")).status).toBe(200);
  });
});
