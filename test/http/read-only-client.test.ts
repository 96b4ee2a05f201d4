/**
 * An ended client's history is read-only (issue 15, item 6): its time entries cannot be deleted nor new time logged
 * on its mandates, its claims cannot be edited, triaged, merged, split or removed — each refusal a 409 problem that
 * says why — and the time list says which entries are read-only so the UI offers no delete there.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines } from "../support/engines.ts";
import type { TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";
import { signedMandate } from "../support/scope-fixture.ts";

describe.each(engines())("an ended client is read-only on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let owner: TestClient;
  let m: Awaited<ReturnType<typeof signedMandate>>;
  let entryId: string;
  let openEntryId: string;
  let claims: { id: string }[];
  let roundId: string;

  const refusedAsEnded = (res: { status: number; body: { code?: string; detail?: string } }) => {
    expect(res.status, JSON.stringify(res.body)).toBe(409);
    expect(res.body.code).toBe("invalid_state");
    expect(res.body.detail).toContain("read-only");
  };

  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    owner = await fx.owner();
    m = await signedMandate(fx, owner);
    const log = (date: string) =>
      owner.post("/api/v1/time-entries", { mandateId: m.mandateId, date, minutes: 45, category: "goodwill" });
    entryId = (await log("2026-12-03")).body.id;
    const round = (
      await owner.post(`/api/v1/mandates/${m.mandateId}/rounds`, {
        text: "1) Ajouter une page équipe\n2) Changer la couleur du bouton",
        receivedAt: "2026-12-21",
      })
    ).body;
    roundId = round.round.id;
    claims = round.claims;
    // A second client, still open: its entries stay deletable.
    const open = await signedMandate(fx, owner);
    openEntryId = (
      await owner.post("/api/v1/time-entries", {
        mandateId: open.mandateId,
        date: "2026-12-03",
        minutes: 15,
        category: "internal",
      })
    ).body.id;
    expect((await owner.patch(`/api/v1/clients/${m.clientId}`, { status: "ended" })).status).toBe(200);
  });
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)("lists the ended client's time as read-only, the open client's as deletable", async () => {
    const list = (await owner.get("/api/v1/time-entries?pageSize=50")).body.items as {
      id: string;
      readOnly?: string;
    }[];
    expect(list.find((e) => e.id === entryId)?.readOnly).toBe("client_ended");
    expect(list.find((e) => e.id === openEntryId)?.readOnly).toBeUndefined();
  });

  it.skipIf(skip)("refuses to delete its time or log more on its mandate (409), and writes nothing", async () => {
    const audits = (await owner.get("/api/v1/audit")).body.total;
    refusedAsEnded(await owner.delete(`/api/v1/time-entries/${entryId}`));
    refusedAsEnded(
      await owner.post("/api/v1/time-entries", {
        mandateId: m.mandateId,
        date: "2026-12-04",
        minutes: 30,
        category: "billable",
      }),
    );
    refusedAsEnded(await owner.post("/api/v1/timers/start", { mandateId: m.mandateId, category: "billable" }));
    expect((await owner.get("/api/v1/audit")).body.total).toBe(audits);
    expect((await owner.delete(`/api/v1/time-entries/${openEntryId}`)).status).toBe(204);
  });

  it.skipIf(skip)("refuses to edit, triage, merge, split or remove its claims (409)", async () => {
    const [first, second] = claims;
    refusedAsEnded(await owner.patch(`/api/v1/claims/${first!.id}`, { text: "Autre chose" }));
    refusedAsEnded(await owner.patch(`/api/v1/claims/${first!.id}`, { triage: { outcome: "in_scope" } }));
    refusedAsEnded(await owner.post(`/api/v1/rounds/${roundId}/merge`, { claimIds: [first!.id, second!.id] }));
    refusedAsEnded(await owner.post(`/api/v1/claims/${first!.id}/split`, { atOffset: 5 }));
    refusedAsEnded(await owner.delete(`/api/v1/claims/${second!.id}`));
    const round = (await owner.get(`/api/v1/rounds/${roundId}`)).body;
    expect(round.claims.map((c: { id: string }) => c.id)).toEqual(claims.map((c) => c.id));
  });
});
