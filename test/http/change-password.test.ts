/** Changing one's password: the current one is required, other sessions end, the new one signs in, the old does not. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetPasswordByOperator } from "../../src/app/workspace/change-password.ts";
import { engines } from "../support/engines.ts";
import { buildSignUp } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

describe.each(engines())("passwords on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  beforeAll(async () => {
    if (!skip) fx = await createHttpFixture(engine);
  });
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)("changes the password with the current one and ends the other sessions", async () => {
    const data = buildSignUp();
    const here = fx.client();
    await here.post("/api/v1/auth/signup", data);
    const elsewhere = fx.client();
    expect((await elsewhere.post("/api/v1/auth/login", { email: data.email, password: data.password })).status).toBe(
      200,
    );

    const wrong = await here.post("/api/v1/me/password", {
      currentPassword: "nope",
      newPassword: "a brand new passphrase",
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.fields[0].path).toBe("currentPassword");
    const short = await here.post("/api/v1/me/password", { currentPassword: data.password, newPassword: "short" });
    expect(short.body.fields[0].path).toBe("newPassword");

    const changed = await here.post("/api/v1/me/password", {
      currentPassword: data.password,
      newPassword: "a brand new passphrase",
    });
    expect(changed.status).toBe(200);
    expect(changed.body.endedSessions).toBe(1);
    expect((await here.get("/api/v1/me")).status).toBe(200);
    expect((await elsewhere.get("/api/v1/me")).status).toBe(401);
    expect((await fx.client().post("/api/v1/auth/login", { email: data.email, password: data.password })).status).toBe(
      401,
    );
    expect(
      (await fx.client().post("/api/v1/auth/login", { email: data.email, password: "a brand new passphrase" })).status,
    ).toBe(200);
    const audit = await here.get("/api/v1/audit?entity=user");
    expect(audit.body.items[0].action).toBe("user.password_changed");
    expect(JSON.stringify(audit.body)).not.toContain("brand new");
  });

  it.skipIf(skip)("the operator's reset gives a new password and ends every session", async () => {
    const data = buildSignUp();
    const c = fx.client();
    await c.post("/api/v1/auth/signup", data);
    const { password } = await resetPasswordByOperator(fx.ctx, data.email.toUpperCase());
    expect((await c.get("/api/v1/me")).status).toBe(401);
    expect((await fx.client().post("/api/v1/auth/login", { email: data.email, password })).status).toBe(200);
    await expect(resetPasswordByOperator(fx.ctx, "nobody@studio.test")).rejects.toThrow(/no account/);
  });
});
