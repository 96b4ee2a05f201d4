/**
 * The second factor end to end over HTTP: set up with a first code, sign-in asks for a code, a wrong code is refused
 * and counted toward the sign-in limit, a code works once, a recovery code works once, turning it off needs the
 * password and a code. Codes are computed with otpauth on the app's own clock, which the test steps through TOTP
 * periods (30 s) so each sign-in has a fresh code.
 */
import { Secret, TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOGIN_LIMITS } from "../../src/app/workspace/log-in.ts";
import { TEST_START } from "../support/clock.ts";
import { engines } from "../support/engines.ts";
import { buildSignUp, type TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

describe.each(engines())("two-factor authentication on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let clock = TEST_START.getTime();
  /** The next TOTP period: a new code, and the previous one spent. */
  const nextPeriod = () => {
    clock += 30_000;
  };
  const codeOf = (secret: string) =>
    new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" }).generate({
      timestamp: clock,
    });

  beforeAll(async () => {
    if (!skip) fx = await createHttpFixture(engine, {}, () => new Date(clock));
  });
  afterAll(async () => {
    await fx?.close();
  });

  async function withSecondFactor(): Promise<{
    client: TestClient;
    data: ReturnType<typeof buildSignUp>;
    secret: string;
    recoveryCodes: string[];
  }> {
    const data = buildSignUp();
    const client = fx.client();
    expect((await client.post("/api/v1/auth/signup", data)).status).toBe(201);
    const setup = await client.post("/api/v1/me/two-factor/setup");
    expect(setup.status).toBe(200);
    const secret = setup.body.secret as string;
    const enabled = await client.post("/api/v1/me/two-factor/enable", { code: codeOf(secret) });
    expect(enabled.status).toBe(200);
    nextPeriod();
    return { client, data, secret, recoveryCodes: enabled.body.recoveryCodes };
  }

  it.skipIf(skip)("is set up with a first code and never shows the secret again", async () => {
    const data = buildSignUp();
    const client = fx.client();
    await client.post("/api/v1/auth/signup", data);
    expect((await client.get("/api/v1/me/two-factor")).body).toEqual({
      enabled: false,
      enabledAt: null,
      recoveryCodesLeft: 0,
    });
    expect((await client.post("/api/v1/me/two-factor/enable", { code: "123456" })).status).toBe(409);
    const setup = await client.post("/api/v1/me/two-factor/setup");
    expect(setup.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.body.uri).toMatch(/^otpauth:\/\/totp\/Mandat:.+\?.*secret=[A-Z2-7]{32}/);
    expect(setup.body.uri).toContain(encodeURIComponent(data.email));

    const wrong = await client.post("/api/v1/me/two-factor/enable", { code: "000000" });
    expect(wrong.status).toBe(400);
    expect(wrong.body.fields[0]).toMatchObject({ path: "code", issue: "incorrect" });

    const enabled = await client.post("/api/v1/me/two-factor/enable", { code: codeOf(setup.body.secret) });
    expect(enabled.status).toBe(200);
    expect(enabled.body.recoveryCodes).toHaveLength(10);
    expect(new Set(enabled.body.recoveryCodes).size).toBe(10);
    for (const code of enabled.body.recoveryCodes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);

    const status = await client.get("/api/v1/me/two-factor");
    expect(status.body).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });
    expect(JSON.stringify(status.body)).not.toContain(setup.body.secret);
    expect((await client.post("/api/v1/me/two-factor/setup")).status).toBe(409);
    // Stored encrypted: neither the secret nor a recovery code is in the database as such.
    const row = await fx.db.store.db.selectFrom("users").selectAll().where("email", "=", data.email).executeTakeFirst();
    expect(JSON.stringify(row)).not.toContain(setup.body.secret);
    const codes = await fx.db.store.db.selectFrom("recovery_codes").select("code_hash").execute();
    expect(JSON.stringify(codes)).not.toContain(enabled.body.recoveryCodes[0].replace("-", ""));
    const audit = await client.get("/api/v1/audit?entity=user");
    expect(audit.body.items[0].action).toBe("user.two_factor_enabled");
    nextPeriod();
  });

  it.skipIf(skip)("asks for the code at sign-in, refuses a wrong one, and accepts each code once", async () => {
    const { data, secret } = await withSecondFactor();
    const login = (body: Record<string, string>) =>
      fx.client().post("/api/v1/auth/login", { email: data.email, password: data.password, ...body });

    const asked = await login({});
    expect(asked.status).toBe(400);
    expect(asked.body.fields[0]).toMatchObject({ path: "code", issue: "two_factor_required" });
    expect(asked.headers.get("set-cookie")).toBeNull();

    const wrong = await login({ code: codeOf(secret) === "111111" ? "222222" : "111111" });
    expect(wrong.status).toBe(400);
    expect(wrong.body.fields[0]).toMatchObject({ path: "code", issue: "incorrect" });

    // A wrong password with a right code is still a wrong password.
    const badPassword = await fx
      .client()
      .post("/api/v1/auth/login", { email: data.email, password: "not the password", code: codeOf(secret) });
    expect(badPassword.status).toBe(401);

    const code = codeOf(secret);
    const client = fx.client();
    const ok = await client.post("/api/v1/auth/login", { email: data.email, password: data.password, code });
    expect(ok.status).toBe(200);
    expect((await client.get("/api/v1/me")).status).toBe(200);
    // The same code, seen over a shoulder, does not open a second session.
    expect((await login({ code })).body.fields?.[0]).toMatchObject({ path: "code", issue: "incorrect" });
    nextPeriod();
    expect((await login({ code: codeOf(secret) })).status).toBe(200);
    nextPeriod();
  });

  it.skipIf(skip)("counts wrong codes toward the sign-in limit", async () => {
    const { data, secret } = await withSecondFactor();
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i++) {
      const res = await fx
        .client()
        .post("/api/v1/auth/login", { email: data.email, password: data.password, code: `00000${i}` });
      expect(res.status).toBe(400);
    }
    // The password alone does not wipe the count, and past the limit even the right code is refused.
    expect((await fx.client().post("/api/v1/auth/login", { email: data.email, password: data.password })).status).toBe(
      429,
    );
    const limited = await fx
      .client()
      .post("/api/v1/auth/login", { email: data.email, password: data.password, code: codeOf(secret) });
    expect(limited.status).toBe(429);
    nextPeriod();
  });

  it.skipIf(skip)("accepts a recovery code once", async () => {
    const { client, data, recoveryCodes } = await withSecondFactor();
    const [first, second] = recoveryCodes as [string, string];
    const login = (code: string) =>
      fx.client().post("/api/v1/auth/login", { email: data.email, password: data.password, code });
    expect((await login(first.toLowerCase())).status).toBe(200);
    const again = await login(first);
    expect(again.status).toBe(400);
    expect(again.body.fields[0]).toMatchObject({ path: "code", issue: "incorrect" });
    expect((await login(second.replace("-", " "))).status).toBe(200);
    expect((await client.get("/api/v1/me/two-factor")).body.recoveryCodesLeft).toBe(8);
  });

  it.skipIf(skip)("turns off with the password and a code, and sign-in asks for the password only", async () => {
    const { client, data, secret } = await withSecondFactor();
    const wrongPassword = await client.post("/api/v1/me/two-factor/disable", {
      password: "not the password",
      code: codeOf(secret),
    });
    expect(wrongPassword.status).toBe(400);
    expect(wrongPassword.body.fields[0].path).toBe("password");
    const wrongCode = await client.post("/api/v1/me/two-factor/disable", { password: data.password, code: "000000" });
    expect(wrongCode.body.fields[0].path).toBe("code");
    const off = await client.post("/api/v1/me/two-factor/disable", { password: data.password, code: codeOf(secret) });
    expect(off.status).toBe(200);
    expect(off.body.enabled).toBe(false);
    expect((await fx.client().post("/api/v1/auth/login", { email: data.email, password: data.password })).status).toBe(
      200,
    );
    const audit = await client.get("/api/v1/audit?entity=user");
    expect(audit.body.items[0].action).toBe("user.two_factor_disabled");
    nextPeriod();
  });

  it.skipIf(skip)("is managed from a browser session, not with an API token", async () => {
    const owner = await fx.owner();
    const token = await owner.post("/api/v1/tokens", { name: "script" });
    const api = fx.client();
    api.bearer = token.body.token;
    expect((await api.post("/api/v1/me/two-factor/setup")).status).toBe(403);
    expect((await api.get("/api/v1/me/sessions")).status).toBe(403);
  });
});
