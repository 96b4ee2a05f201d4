/**
 * Tampering is named, not crashed on: an audit row whose JSON no longer parses is the first bad event of the
 * verification, and the readers of the trail answer a `corrupt_record` problem naming it; an issued invoice whose
 * amounts were edited in the database is named by the verification and refused rather than served.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines } from "../support/engines.ts";
import { buildClient, type TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

describe.each(engines())("tampering on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  beforeAll(async () => {
    if (!skip) fx = await createHttpFixture(engine);
  });
  afterAll(async () => {
    await fx?.close();
  });

  async function issuedInvoice(owner: TestClient) {
    const clientId = (await owner.post("/api/v1/clients", buildClient())).body.id;
    const draft = await owner.post("/api/v1/invoices", {
      clientId,
      lines: [{ description: "Travaux", quantityMilli: 1000, unitPrice: 100_000 }],
    });
    const id = draft.body.invoice.id as string;
    expect((await owner.post(`/api/v1/invoices/${id}/issue`, {})).status).toBe(200);
    return { clientId, id };
  }

  it.skipIf(skip)("names an audit row that is no longer valid JSON; readers answer a problem, not 500", async () => {
    const owner = await fx.owner();
    const { clientId } = await issuedInvoice(owner);
    expect((await owner.get("/api/v1/audit/verify")).body.valid).toBe(true);
    const victim = await fx.db.store.db
      .selectFrom("audit_events")
      .select(["id", "seq"])
      .where("workspace_id", "=", owner.workspaceId)
      .where("entity_id", "=", clientId)
      .executeTakeFirstOrThrow();
    await fx.db.store.db
      .updateTable("audit_events")
      .set({ after_json: '{"name": "cut' })
      .where("id", "=", victim.id)
      .execute();

    const verify = await owner.get("/api/v1/audit/verify");
    expect(verify.status).toBe(200);
    expect(verify.body.valid).toBe(false);
    expect(verify.body.firstInvalid).toMatchObject({ id: victim.id, seq: Number(victim.seq) });
    expect(verify.body.firstInvalid.reason).toContain("after_json is not valid JSON");

    for (const path of [
      "/api/v1/audit",
      `/api/v1/audit?entity=client&id=${clientId}`,
      `/api/v1/clients/${clientId}/timeline`,
    ]) {
      const res = await owner.get(path);
      if (res.status === 404 && path.endsWith("/timeline")) continue; // no timeline route in this build
      expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(409);
      expect(res.body.code).toBe("corrupt_record");
      expect(res.body.record).toMatchObject({ table: "audit_events", id: victim.id });
    }
  });

  it.skipIf(skip)(
    "names an issued invoice whose amount was edited in the database and refuses to serve it",
    async () => {
      const owner = await fx.owner();
      const { id } = await issuedInvoice(owner);
      const intact = await owner.get("/api/v1/audit/verify");
      expect(intact.body).toMatchObject({ valid: true, invoices: { checked: 1, mismatched: [] } });
      const number = (await owner.get(`/api/v1/invoices/${id}`)).body.number;

      // The list column (what lists, reports and exports read).
      await fx.db.store.db.updateTable("invoices").set({ total: 1 }).where("id", "=", id).execute();
      const verify = await owner.get("/api/v1/audit/verify");
      expect(verify.status).toBe(200);
      expect(verify.body.valid).toBe(false);
      expect(verify.body.invoices.mismatched).toEqual([expect.objectContaining({ id, number })]);
      const served = await owner.get(`/api/v1/invoices/${id}`);
      expect(served.status).toBe(409);
      expect(served.body).toMatchObject({ code: "corrupt_record", record: { table: "invoices", id } });
      expect((await owner.get(`/api/v1/invoices/${id}/pdf`)).status).toBe(409);

      // The document itself, its total rewritten consistently with the column.
      const row = await fx.db.store.db
        .selectFrom("invoices")
        .select("state_json")
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      const state = JSON.parse(row.state_json);
      state.totals.total.amount = 1;
      await sql`update invoices set state_json = ${JSON.stringify(state)} where id = ${id}`.execute(fx.db.store.db);
      const again = await owner.get("/api/v1/audit/verify");
      expect(again.body.invoices.mismatched[0].reason).toContain("differs from what was issued");
      expect((await owner.get(`/api/v1/invoices/${id}`)).status).toBe(409);
    },
  );
});
