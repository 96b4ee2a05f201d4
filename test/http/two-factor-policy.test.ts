/**
 * Two-step sign-in required by the owner for the workspace: only an owner with their own second factor may require
 * it; a member without one who signs in gets a session limited to setting it up (every other operation answers 403
 * `two_factor_setup_required` and writes nothing), which opens once the factor is on; a member may not turn it off
 * while it is required; sessions already open are held the same way; owners see who has it.
 */

import { sql } from "kysely";
import { Secret, TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetTwoFactorByOperator } from "../../src/app/workspace/two-factor-policy.ts";
import { TEST_START } from "../support/clock.ts";
import { engines } from "../support/engines.ts";
import { buildClient, type TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

describe.each(engines())("a workspace that requires two-step sign-in on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let clock = TEST_START.getTime();
  const codeOf = (secret: string) => {
    clock += 30_000; // a fresh TOTP period: each code is used once
    return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" }).generate({
      timestamp: clock,
    });
  };
  const clientsCount = async (workspaceId: string) =>
    Number(
      (
        await sql<{ n: number }>`select count(*) as n from clients where workspace_id = ${workspaceId}`.execute(
          fx.db.store.db,
        )
      ).rows[0]!.n,
    );

  beforeAll(async () => {
    if (!skip) fx = await createHttpFixture(engine, {}, () => new Date(clock));
  });
  afterAll(async () => {
    await fx?.close();
  });

  async function turnOnSecondFactor(client: TestClient): Promise<string> {
    const setup = await client.post("/api/v1/me/two-factor/setup");
    expect(setup.status).toBe(200);
    const enabled = await client.post("/api/v1/me/two-factor/enable", { code: codeOf(setup.body.secret) });
    expect(enabled.status).toBe(200);
    return setup.body.secret;
  }
  const requireIt = (owner: TestClient, required: boolean) =>
    owner.request("PUT", "/api/v1/workspace/two-factor", { required });

  it.skipIf(skip)("is required only by an owner whose own second factor is on", async () => {
    const owner = await fx.owner();
    const member = await fx.memberOf(owner, "member");
    const refused = await requireIt(owner, true);
    expect(refused.status).toBe(409);
    expect(refused.body.fields[0]).toMatchObject({ path: "required", issue: "own_two_factor_off" });
    expect((await owner.get("/api/v1/workspace/two-factor")).body.required).toBe(false);

    expect((await requireIt(member, true)).status).toBe(403);
    expect((await member.get("/api/v1/workspace/two-factor")).body.code).toBe("forbidden");

    await turnOnSecondFactor(owner);
    const on = await requireIt(owner, true);
    expect(on.status).toBe(200);
    expect(on.body.required).toBe(true);
    const byMember = new Map(on.body.members.map((m: { memberId: string }) => [m.memberId, m]));
    expect(byMember.get(owner.memberId)).toMatchObject({ role: "owner", enabledAt: expect.any(String) });
    expect(byMember.get(member.memberId)).toMatchObject({ role: "member", enabledAt: null });

    const audit = await owner.get("/api/v1/audit?entity=workspace");
    expect(JSON.stringify(audit.body)).toContain("workspace.two_factor_policy_changed");
  });

  it.skipIf(skip)("limits a member without it to setting it up, then opens everything", async () => {
    const owner = await fx.owner();
    await turnOnSecondFactor(owner);
    const email = `lea-${clock}@studio.test`;
    const invited = await owner.post("/api/v1/members", { email, name: "Léa", role: "member" });
    expect((await requireIt(owner, true)).status).toBe(200);

    // The member joins and signs in with the password alone: a session, marked as limited.
    const token = String(invited.body.inviteUrl).split("/invite/")[1];
    const member = fx.client();
    const joined = await member.post("/api/v1/auth/accept-invite", {
      token,
      name: "Léa",
      password: "another long password",
    });
    expect(joined.status).toBe(200);
    expect(joined.body.twoFactorSetupRequired).toBe(true);
    const login = await fx.client().post("/api/v1/auth/login", { email, password: "another long password" });
    expect(login.status).toBe(200);
    expect(login.body.twoFactorSetupRequired).toBe(true);

    // Everything else is refused with a problem that says what to do, and writes nothing.
    const before = await clientsCount(owner.workspaceId);
    for (const [method, path, body] of [
      ["GET", "/api/v1/clients", undefined],
      ["POST", "/api/v1/clients", buildClient()],
      ["GET", "/api/v1/me/sessions", undefined],
      ["GET", "/api/v1/workspace", undefined],
    ] as const) {
      const res = await member.request(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body).toMatchObject({
        code: "two_factor_setup_required",
        type: "https://mandat.dev/problems/two_factor_setup_required",
      });
    }
    expect(await clientsCount(owner.workspaceId)).toBe(before);
    expect((await member.get("/api/v1/me")).body.twoFactorSetupRequired).toBe(true);

    // Setting it up opens the same session.
    const secret = await turnOnSecondFactor(member);
    expect((await member.get("/api/v1/me")).body.twoFactorSetupRequired).toBe(false);
    expect((await member.get("/api/v1/clients")).status).toBe(200);
    expect((await member.post("/api/v1/clients", buildClient())).status).toBe(201);
    const policy = await owner.get("/api/v1/workspace/two-factor");
    expect(
      policy.body.members.find((m: { memberId: string }) => m.memberId === invited.body.member.id).enabledAt,
    ).not.toBeNull();

    // It stays on while the workspace requires it; once no longer required, the member may turn it off.
    const off = { password: "another long password", code: codeOf(secret) };
    expect((await member.post("/api/v1/me/two-factor/disable", off)).status).toBe(409);
    expect((await requireIt(owner, false)).status).toBe(200);
    expect((await member.post("/api/v1/me/two-factor/disable", { ...off, code: codeOf(secret) })).status).toBe(200);
  });

  it.skipIf(skip)(
    "holds sessions and API tokens already open when the owner turns it on, until turned off",
    async () => {
      const owner = await fx.owner();
      const viewer = await fx.memberOf(owner, "viewer");
      const member = await fx.memberOf(owner, "member");
      const script = fx.client();
      script.bearer = (await member.post("/api/v1/tokens", { name: "Script" })).body.token;
      expect((await viewer.get("/api/v1/clients")).status).toBe(200);
      expect((await script.get("/api/v1/clients")).status).toBe(200);
      await turnOnSecondFactor(owner);
      expect((await requireIt(owner, true)).status).toBe(200);
      expect((await viewer.get("/api/v1/clients")).body.code).toBe("two_factor_setup_required");
      expect((await script.get("/api/v1/clients")).body.code).toBe("two_factor_setup_required");
      expect((await owner.get("/api/v1/clients")).status).toBe(200);
      expect((await requireIt(owner, false)).status).toBe(200);
      expect((await viewer.get("/api/v1/clients")).status).toBe(200);
      expect((await script.get("/api/v1/clients")).status).toBe(200);
    },
  );

  /** Invites `email` to the owner's workspace and accepts with the password (an existing account keeps its own). */
  async function join(owner: TestClient, email: string): Promise<TestClient & { memberId: string }> {
    const invited = await owner.post("/api/v1/members", { email, name: "Noé", role: "member" });
    expect(invited.status).toBe(201);
    const member = fx.client();
    const joined = await member.post("/api/v1/auth/accept-invite", {
      token: String(invited.body.inviteUrl).split("/invite/")[1],
      name: "Noé",
      password: "another long password",
    });
    expect(joined.status).toBe(200);
    return Object.assign(member, { memberId: invited.body.member.id as string });
  }
  const resetOf = (by: TestClient, memberId: string) => by.post(`/api/v1/members/${memberId}/two-factor/reset`);

  it.skipIf(skip)(
    "is reset by an owner for a member who lost it: sessions and tokens end, the next sign-in sets it up again",
    async () => {
      const owner = await fx.owner();
      await turnOnSecondFactor(owner);
      expect((await requireIt(owner, true)).status).toBe(200);
      const email = `noe-${clock}@studio.test`;
      const member = await join(owner, email);
      const secret = await turnOnSecondFactor(member);
      const script = fx.client();
      script.bearer = (await member.post("/api/v1/tokens", { name: "Script" })).body.token;
      const other = fx.client();
      const signIn = { email, password: "another long password" };
      expect((await other.post("/api/v1/auth/login", { ...signIn, code: codeOf(secret) })).status).toBe(200);
      for (const c of [member, script, other]) expect((await c.get("/api/v1/clients")).status).toBe(200);

      const reset = await resetOf(owner, member.memberId);
      expect(reset.status).toBe(200);
      expect(reset.body).toEqual({ memberId: member.memberId, sessionsEnded: 2, apiTokensRevoked: 1 });
      // Every credential of the member ends at once, cached principals included.
      for (const c of [member, script, other]) expect((await c.get("/api/v1/clients")).status).toBe(401);
      const policy = await owner.get("/api/v1/workspace/two-factor");
      expect(policy.body.members.find((m: { memberId: string }) => m.memberId === member.memberId).enabledAt).toBe(
        null,
      );
      expect((await owner.get("/api/v1/tokens")).body.items).toEqual([]);

      // Audited: who reset whom and what ended, never a secret or a code.
      const audit = await owner.get("/api/v1/audit?entity=member");
      const event = audit.body.items.find((e: { action: string }) => e.action === "member.two_factor_reset");
      expect(event).toMatchObject({ actor: { id: owner.memberId }, entityId: member.memberId });
      expect(JSON.stringify(audit.body)).not.toContain(secret);
      const codesLeft = await sql<{ n: number }>`select count(*) as n from recovery_codes r
        join members m on m.user_id = r.user_id where m.id = ${member.memberId}`.execute(fx.db.store.db);
      expect(Number(codesLeft.rows[0]!.n)).toBe(0);

      // The password alone signs in now, to a session limited to setting it up again; the old code means nothing.
      const back = fx.client();
      const login = await back.post("/api/v1/auth/login", { ...signIn, code: codeOf(secret) });
      expect(login.status).toBe(200);
      expect(login.body.twoFactorSetupRequired).toBe(true);
      expect((await back.get("/api/v1/clients")).body.code).toBe("two_factor_setup_required");
      await turnOnSecondFactor(back);
      expect((await back.get("/api/v1/clients")).status).toBe(200);
    },
  );

  it.skipIf(skip)(
    "is reset only by an owner of the workspace, on another member whose factor is on and who belongs to no other",
    async () => {
      const owner = await fx.owner();
      await turnOnSecondFactor(owner);
      const coOwner = await fx.memberOf(owner, "owner");
      const member = await fx.memberOf(owner, "member");
      await turnOnSecondFactor(member);
      const stranger = await fx.owner();
      const countCodes = async () =>
        Number((await sql<{ n: number }>`select count(*) as n from recovery_codes`.execute(fx.db.store.db)).rows[0]!.n);
      const codesBefore = await countCodes();

      const byMember = await resetOf(member, owner.memberId);
      expect(byMember.status).toBe(403);
      expect(byMember.body.code).toBe("forbidden");
      expect((await resetOf(stranger, member.memberId)).status).toBe(404);
      expect((await resetOf(owner, "no-such-member")).status).toBe(404);
      const self = await resetOf(owner, owner.memberId);
      expect(self.status).toBe(409);
      expect(self.body.fields[0]).toMatchObject({ path: "id", issue: "own_account" });
      const off = await resetOf(owner, coOwner.memberId);
      expect(off.status).toBe(409);
      expect(off.body).toMatchObject({ code: "invalid_state", fields: [{ path: "id", issue: "two_factor_off" }] });
      const invited = await owner.post("/api/v1/members", {
        email: `inv-${clock}@studio.test`,
        name: "I",
        role: "member",
      });
      expect((await resetOf(owner, invited.body.member.id)).body.fields[0].issue).toBe("two_factor_off");

      // A person who also belongs to another workspace: their factor protects that one too.
      const email = `both-${clock}@studio.test`;
      const here = await join(owner, email);
      await turnOnSecondFactor(here);
      const there = await join(stranger, email);
      const elsewhere = await resetOf(owner, here.memberId);
      expect(elsewhere.status).toBe(409);
      expect(elsewhere.body.fields[0].issue).toBe("other_workspaces");

      // Nothing was written by any refusal; the members still sign in as before.
      expect(await countCodes()).toBe(codesBefore + 10);
      expect((await member.get("/api/v1/clients")).status).toBe(200);
      expect((await here.get("/api/v1/clients")).status).toBe(200);
      const audit = await owner.get("/api/v1/audit?entity=member");
      expect(JSON.stringify(audit.body)).not.toContain("member.two_factor_reset");

      // The operator's reset (mandat reset-two-factor) covers the person in every workspace of theirs.
      const script = fx.client();
      script.bearer = (await here.post("/api/v1/tokens", { name: "Script" })).body.token;
      const ended = await resetTwoFactorByOperator(fx.ctx, email.toUpperCase());
      expect(ended).toEqual({ sessionsEnded: 2, apiTokensRevoked: 1, workspaces: 2 });
      expect((await here.get("/api/v1/clients")).status).toBe(401);
      expect((await there.get("/api/v1/clients")).status).toBe(401);
      expect((await script.get("/api/v1/clients")).status).toBe(401);
      for (const by of [owner, stranger]) {
        const trail = await by.get("/api/v1/audit?entity=user");
        expect(JSON.stringify(trail.body)).toContain("user.two_factor_reset_by_operator");
      }
      const back = await fx.client().post("/api/v1/auth/login", { email, password: "another long password" });
      expect(back.status).toBe(200);
      await expect(resetTwoFactorByOperator(fx.ctx, email)).rejects.toMatchObject({
        details: { fields: [{ path: "email", issue: "two_factor_off" }] },
      });
      await expect(resetTwoFactorByOperator(fx.ctx, "nobody@studio.test")).rejects.toMatchObject({
        details: { fields: [{ path: "email", issue: "not_found" }] },
      });
    },
  );
});
