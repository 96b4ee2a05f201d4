/** Weak passwords are refused where a password is chosen: sign-up, invitation, password change (400 naming the field). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines } from "../support/engines.ts";
import { buildSignUp } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

describe.each(engines())("password strength on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  beforeAll(async () => {
    if (!skip) fx = await createHttpFixture(engine);
  });
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)("refuses a common password at sign-up, saying why, and creates nothing", async () => {
    const data = { ...buildSignUp(), password: "password1234" };
    const res = await fx.client().post("/api/v1/auth/signup", data);
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([
      { path: "password", issue: "weak_password", message: expect.stringContaining("too easy to guess") },
    ]);
    expect(res.body.strength).toMatchObject({ acceptable: false, warning: "similarToCommon" });
    expect(res.body.strength.suggestions).toContain("anotherWord");
    const other = buildSignUp();
    const own = await fx.client().post("/api/v1/auth/signup", { ...other, password: other.email });
    expect(own.body.fields?.[0]?.path).toBe("password");
    expect((await fx.client().post("/api/v1/auth/login", { email: data.email, password: data.password })).status).toBe(
      401,
    );
  });

  it.skipIf(skip)("refuses it when accepting an invitation and when changing one's password", async () => {
    const owner = await fx.owner();
    const invited = await owner.post("/api/v1/members", {
      email: "nouvelle@studio.test",
      name: "Nouvelle",
      role: "member",
    });
    const token = String(invited.body.inviteUrl).split("/invite/")[1];
    const weak = await fx
      .client()
      .post("/api/v1/auth/accept-invite", { token, name: "Nouvelle", password: "motdepasse123" });
    expect(weak.status).toBe(400);
    expect(weak.body.fields[0]).toMatchObject({ path: "password", issue: "weak_password" });
    const joined = await fx
      .client()
      .post("/api/v1/auth/accept-invite", { token, name: "Nouvelle", password: "trois pommes vertes et un kiwi" });
    expect(joined.status).toBe(200);

    const change = await owner.post("/api/v1/me/password", {
      currentPassword: buildSignUp().password,
      newPassword: "qwertyuiop123",
    });
    expect(change.status).toBe(400);
    expect(change.body.fields[0]).toMatchObject({ path: "newPassword", issue: "weak_password" });
  });
});
