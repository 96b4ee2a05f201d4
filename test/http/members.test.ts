import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines } from "../support/engines.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

describe.each(engines())("workspace settings and members on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  beforeAll(async () => {
    if (!skip) fx = await createHttpFixture(engine);
  });
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)("fills the workspace settings, values included, and audits the change", async () => {
    const owner = await fx.owner();
    const res = await owner.patch("/api/v1/workspace", {
      legalName: "Collectif WEB coop",
      address: { line1: "275 rue du Parvis", city: "Québec", postalCode: "G1K 6G7" },
      taxIds: { gst: "123456789 RT0001", qst: "1234567890 TQ0001" },
      targetHourlyRate: 9500,
      terms: { paymentDays: 30, lateInterestBp: 1200, noticeDays: 30 },
      values: [
        { statement: "Collaboration saine", weight: 5 },
        { statement: "Rentabilité durable", weight: 3 },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.address).toMatchObject({ city: "Québec", region: "QC", country: "CA" });
    expect(res.body.values.map((v: { weight: number }) => v.weight)).toEqual([5, 3]);
    const keepId = res.body.values[0].id;
    const again = await owner.patch("/api/v1/workspace", {
      values: [{ id: keepId, statement: "Collaboration saine et respectueuse", weight: 5 }],
    });
    expect(again.body.values).toEqual([{ id: keepId, statement: "Collaboration saine et respectueuse", weight: 5 }]);
    const bad = await owner.patch("/api/v1/workspace", {
      terms: { paymentDays: -1 },
      values: [{ statement: "", weight: 9 }],
      currency: "BTC",
    });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      "currency",
      "terms.paymentDays",
      "values.0.statement",
      "values.0.weight",
    ]);
    const audit = await owner.get("/api/v1/audit?entity=workspace");
    expect(audit.body.items[0].action).toBe("workspace.updated");
  });

  it.skipIf(skip)("invites a member who joins by the link once, then can be disabled", async () => {
    const owner = await fx.owner();
    const invited = await owner.post("/api/v1/members", {
      email: "Camille@Collectif.test",
      name: "Camille",
      role: "member",
      weeklyCapacityHours: 30,
      billableRate: 9500,
    });
    expect(invited.status).toBe(201);
    expect(invited.body.member).toMatchObject({
      email: "camille@collectif.test",
      status: "invited",
      weeklyCapacityHours: 30,
    });
    const token = invited.body.inviteUrl.split("/invite/")[1];
    const info = await fx.client().get(`/api/v1/invites/${token}`);
    expect(info.body).toMatchObject({ email: "camille@collectif.test", role: "member" });
    const camille = fx.client();
    expect(
      (
        await camille.post("/api/v1/auth/accept-invite", {
          token,
          name: "Camille Gagnon",
          password: "a long enough password",
        })
      ).status,
    ).toBe(200);
    expect(
      (await fx.client().post("/api/v1/auth/accept-invite", { token, name: "X", password: "a long enough password" }))
        .status,
    ).toBe(404);
    const me = await camille.get("/api/v1/me");
    expect(me.body.member).toMatchObject({ role: "member", status: "active", name: "Camille Gagnon" });
    expect(
      (await owner.post("/api/v1/members", { email: "camille@collectif.test", name: "Dup", role: "viewer" })).status,
    ).toBe(400);
    const disabled = await owner.patch(`/api/v1/members/${invited.body.member.id}`, { status: "disabled" });
    expect(disabled.status).toBe(200);
    expect((await camille.get("/api/v1/me")).status).toBe(401);
  });

  it.skipIf(skip)("keeps at least one active owner", async () => {
    const owner = await fx.owner();
    const res = await owner.patch(`/api/v1/members/${owner.memberId}`, { role: "member" });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe("invalid_state");
    expect((await owner.get("/api/v1/me")).body.member.role).toBe("owner");
  });

  it.skipIf(skip)("changes a role and the new role applies to the live session", async () => {
    const owner = await fx.owner();
    const member = await fx.memberOf(owner, "member");
    expect((await member.post("/api/v1/clients", { kind: "direct", name: "Before" })).status).toBe(201);
    await owner.patch(`/api/v1/members/${member.memberId}`, { role: "viewer" });
    expect((await member.post("/api/v1/clients", { kind: "direct", name: "After" })).status).toBe(403);
  });
});
