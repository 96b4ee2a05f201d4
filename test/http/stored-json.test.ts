/**
 * Stored JSON and enum columns are read through their zod schema: a row damaged in the database is answered as a
 * `corrupt_record` problem naming its table, its id and the column at fault, never passed on in the wrong shape.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines } from "../support/engines.ts";
import { buildClient, buildOffer } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

describe.each(engines())("stored JSON read through its schema on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  beforeAll(async () => {
    if (!skip) fx = await createHttpFixture(engine);
  });
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)("names the outbox row whose stored attachments or status no longer read", async () => {
    const owner = await fx.owner();
    const clientId = (await owner.post("/api/v1/clients", buildClient())).body.id as string;
    const offerId = (await owner.post("/api/v1/offers", buildOffer(clientId))).body.id as string;
    const sent = await owner.post(`/api/v1/offers/${offerId}/send`);
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const messageId = sent.body.message.id as string;
    expect((await owner.get("/api/v1/outbox")).status).toBe(200);

    const db = fx.db.store.db;
    await sql`UPDATE outbox SET attachments_json = ${'[{"filename": 42}]'} WHERE id = ${messageId}`.execute(db);
    const damaged = await owner.get("/api/v1/outbox");
    expect(damaged.status).toBe(409);
    expect(damaged.body).toMatchObject({
      code: "corrupt_record",
      record: { table: "outbox", id: messageId, column: "attachments_json" },
    });
    expect(damaged.body.detail).toContain(`outbox ${messageId} is damaged`);

    await sql`UPDATE outbox SET attachments_json = ${"not json"} WHERE id = ${messageId}`.execute(db);
    expect((await owner.get("/api/v1/outbox")).body.detail).toContain("attachments_json is not valid JSON");

    await sql`UPDATE outbox SET attachments_json = NULL, status = ${"lost"} WHERE id = ${messageId}`.execute(db);
    expect((await owner.get("/api/v1/outbox")).body).toMatchObject({
      code: "corrupt_record",
      record: { table: "outbox", id: messageId, column: "status" },
    });
  });
});
