/**
 * A person's sessions: listed with when each began and was last seen, its user agent and address, the current one
 * marked; one ended, or every other one, takes effect on the very next request. Another person's session cannot be
 * named.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_START } from "../support/clock.ts";
import { engines } from "../support/engines.ts";
import { buildSignUp, type TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

describe.each(engines())("sessions on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let clock = TEST_START.getTime();
  beforeAll(async () => {
    if (!skip) fx = await createHttpFixture(engine, {}, () => new Date(clock));
  });
  afterAll(async () => {
    await fx?.close();
  });

  /** A browser with its own user agent. */
  function browser(userAgent: string): TestClient {
    const client = fx.client();
    const request = client.request.bind(client);
    client.request = (method, path, body, headers = {}) =>
      request(method, path, body, { "user-agent": userAgent, ...headers });
    return client;
  }

  it.skipIf(skip)("lists one's sessions and ends one, or all the others, at once", async () => {
    const data = buildSignUp();
    const laptop = browser("Firefox on the studio laptop");
    expect((await laptop.post("/api/v1/auth/signup", data)).status).toBe(201);
    clock += 60_000;
    const phone = browser("Safari on a phone");
    expect((await phone.post("/api/v1/auth/login", { email: data.email, password: data.password })).status).toBe(200);
    clock += 60_000;
    const cafe = browser("Chrome at the café");
    expect((await cafe.post("/api/v1/auth/login", { email: data.email, password: data.password })).status).toBe(200);
    const someoneElse = await fx.owner();

    const listed = await laptop.get("/api/v1/me/sessions");
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((s: { userAgent: string }) => s.userAgent)).toEqual([
      "Chrome at the café",
      "Safari on a phone",
      "Firefox on the studio laptop",
    ]);
    expect(listed.body.items.map((s: { current: boolean }) => s.current)).toEqual([false, false, true]);
    const [cafeSession, phoneSession, laptopSession] = listed.body.items;
    expect(laptopSession.createdAt).toBe(TEST_START.toISOString());
    expect(phoneSession.createdAt).toBe(new Date(TEST_START.getTime() + 60_000).toISOString());
    expect(phoneSession).toHaveProperty("ip");
    // Neither the cookie nor its stored hash is ever answered.
    const cookieValue = (phone.cookie ?? "").split("=")[1] ?? "";
    expect(JSON.stringify(listed.body)).not.toContain(cookieValue);
    const stored = await fx.db.store.db.selectFrom("sessions").select("id").execute();
    for (const row of stored) expect(JSON.stringify(listed.body)).not.toContain(row.id);

    // Last seen moves when the session is used (noted at most every five minutes).
    clock += 10 * 60_000;
    expect((await phone.get("/api/v1/me")).status).toBe(200);
    const seen = await laptop.get("/api/v1/me/sessions");
    const phoneNow = seen.body.items.find((s: { id: string }) => s.id === phoneSession.id);
    expect(phoneNow.lastSeenAt).toBe(new Date(clock).toISOString());

    // Another person's session cannot be ended (nor told apart from an unknown one).
    expect((await someoneElse.delete(`/api/v1/me/sessions/${phoneSession.id}`)).status).toBe(404);
    expect((await laptop.delete("/api/v1/me/sessions/no-such-session")).status).toBe(404);
    expect((await phone.get("/api/v1/me")).status).toBe(200);

    expect((await laptop.delete(`/api/v1/me/sessions/${phoneSession.id}`)).status).toBe(204);
    expect((await phone.get("/api/v1/me")).status).toBe(401);
    expect((await cafe.get("/api/v1/me")).status).toBe(200);

    const others = await laptop.post("/api/v1/me/sessions/revoke-others");
    expect(others.status).toBe(200);
    expect(others.body.endedSessions).toBe(1);
    expect((await cafe.get("/api/v1/me")).status).toBe(401);
    expect((await laptop.get("/api/v1/me")).status).toBe(200);
    expect((await someoneElse.get("/api/v1/me")).status).toBe(200);
    const left = await laptop.get("/api/v1/me/sessions");
    expect(left.body.items.map((s: { id: string }) => s.id)).toEqual([laptopSession.id]);
    expect(cafeSession.id).not.toBe(laptopSession.id);

    const audit = await laptop.get("/api/v1/audit?entity=user");
    expect(audit.body.items.map((e: { action: string }) => e.action).slice(0, 2)).toEqual([
      "user.session_revoked",
      "user.session_revoked",
    ]);
  });

  it.skipIf(skip)("ending sessions needs the CSRF token", async () => {
    const owner = await fx.owner();
    const other = await fx.client().post("/api/v1/auth/login", {
      email: (await owner.get("/api/v1/me")).body.user.email,
      password: buildSignUp().password,
    });
    expect(other.status).toBe(200);
    const res = await owner.request("POST", "/api/v1/me/sessions/revoke-others", {}, { "x-csrf-token": "" });
    expect(res.status).toBe(403);
  });
});
