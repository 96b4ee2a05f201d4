/**
 * Hostile or careless requests answer 4xx, never 500, and write nothing: a body that is not JSON on every JSON-body
 * operation (415), text that is not valid Unicode or holds NUL (400 naming the field), and ids of another workspace
 * in any body field that names a record (404 naming the field), walked from the OpenAPI document.
 */
import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REFERENCED_FIELDS } from "../../src/http/workspace-ids.ts";
import type { ReferencedTable } from "../../src/store/workspace-ids-store.ts";
import { testDay } from "../support/clock.ts";
import { engines } from "../support/engines.ts";
import { buildClient, type TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";
import { idFields, jsonBodyOperations, nest } from "../support/openapi-walk.ts";
import { signedMandate } from "../support/scope-fixture.ts";

describe.each(engines())("request hardening on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let owner: TestClient & { workspaceId: string; memberId: string };
  let other: TestClient & { workspaceId: string; memberId: string };
  let doc: any;
  const writes = async () =>
    Number((await sql<{ n: number }>`select count(*) as n from audit_events`.execute(fx.db.store.db)).rows[0]!.n);

  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    owner = await fx.owner();
    other = await fx.owner();
    doc = (await owner.get("/api/v1/openapi.json")).body;
  });
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)(
    "answers 415 to a body that is not JSON on every JSON-body operation, and writes nothing",
    async () => {
      const ops = jsonBodyOperations(doc);
      expect(ops.length).toBeGreaterThan(30);
      const before = await writes();
      for (const op of ops) {
        for (const contentType of ["application/x-www-form-urlencoded", "text/plain"]) {
          const res = await owner.request(op.method, op.path, "email=a%40b.c&password=x", {
            "content-type": contentType,
          });
          expect(res.status, `${op.method} ${op.path} ${contentType}: ${JSON.stringify(res.body)}`).toBe(415);
          expect(res.body.code).toBe("unsupported_media_type");
        }
      }
      // Anonymous: `curl -d` on sign-in and sign-up.
      for (const path of ["/api/v1/auth/login", "/api/v1/auth/signup"]) {
        const res = await fx.client().request("POST", path, "email=a%40b.c&password=x", {
          "content-type": "application/x-www-form-urlencoded",
        });
        expect(res.status).toBe(415);
      }
      expect(await writes()).toBe(before);
    },
  );

  it.skipIf(skip)("refuses lone surrogates and NUL as 400 naming the field, and stores nothing", async () => {
    const before = await writes();
    const surrogate = await owner.request("POST", "/api/v1/clients", '{"kind":"direct","name":"A\\ud800B"}');
    expect(surrogate.status).toBe(400);
    expect(surrogate.body.fields).toEqual([expect.objectContaining({ path: "name", issue: "invalid_text" })]);
    const lowAlone = await owner.request(
      "POST",
      "/api/v1/clients",
      '{"kind":"direct","name":"ok","contacts":[{"name":"\\udc00","email":""}]}',
    );
    expect(lowAlone.status).toBe(400);
    expect(lowAlone.body.fields[0].path).toBe("contacts.0.name");
    const nul = await owner.request("POST", "/api/v1/clients", '{"kind":"direct","name":"A\\u0000B"}');
    expect(nul.status).toBe(400);
    expect(nul.body.fields[0].path).toBe("name");
    const query = await owner.get("/api/v1/clients?q=%00");
    expect(query.status).toBe(400);
    expect(query.body.fields[0].path).toBe("query.q");
    const badKey = await owner.request("POST", "/api/v1/auth/login", '{"\\ud800":"x","email":"a@b.c","password":"x"}');
    expect(badKey.status).toBe(400);
    const malformed = await owner.request("POST", "/api/v1/clients", '{"kind":');
    expect(malformed.status).toBe(400);
    expect(await writes()).toBe(before);
    // A valid pair (an emoji) is text like any other.
    const emoji = await owner.post("/api/v1/clients", buildClient({ name: "Studio 🎨" }));
    expect(emoji.status).toBe(201);
    expect((await owner.get(`/api/v1/clients/${emoji.body.id}`)).body.name).toBe("Studio 🎨");
  });

  it.skipIf(skip)("answers 404 to another workspace's ids in any body field and writes nothing", async () => {
    // The other workspace's real records, one per kind where it has one.
    const m = await signedMandate(fx, other);
    await other.post("/api/v1/time-entries", {
      mandateId: m.mandateId,
      date: testDay(),
      minutes: 60,
      category: "billable",
    });
    await other.post(`/api/v1/clients/${m.clientId}/decisions`, {});
    await other.post(`/api/v1/mandates/${m.mandateId}/rounds`, { text: "1. Ajouter un blogue\n2. Traduire le site" });
    await other.post("/api/v1/invoices", {
      clientId: m.clientId,
      lines: [{ description: "x", quantityMilli: 1000, unitPrice: 100 }],
    });
    const foreign = new Map<ReferencedTable, string>();
    for (const table of new Set(Object.values(REFERENCED_FIELDS))) {
      const row = (
        await sql<{
          id: string;
        }>`select id from ${sql.table(table)} where workspace_id = ${other.workspaceId} limit 1`.execute(fx.db.store.db)
      ).rows[0];
      foreign.set(table, row?.id ?? uuidv7());
    }
    const real = [...foreign.entries()].filter(([t, id]) => t && id).length;
    expect(real).toBeGreaterThanOrEqual(9);

    const before = await writes();
    let walked = 0;
    for (const op of jsonBodyOperations(doc)) {
      for (const field of idFields(doc, op.body)) {
        const body = nest(field.keys, foreign.get(field.table)!);
        const res = await owner.request(op.method, op.path, body);
        const where = `${op.method} ${op.path} ${field.keys.join(".")}: ${JSON.stringify(res.body)}`;
        expect(res.status, where).toBe(404);
        const keys = field.keys.at(-1) === "[]" ? field.keys.slice(0, -1) : field.keys;
        expect(res.body.fields?.[0]?.path, where).toBe(keys.map((k) => (k === "[]" ? "0" : k)).join("."));
        walked++;
      }
    }
    expect(walked).toBeGreaterThan(15);
    expect(await writes()).toBe(before);

    // The two reported: a timer for another workspace's member; an exit citing another workspace's decision.
    const timer = await owner.post("/api/v1/timers/start", { memberId: other.memberId, category: "internal" });
    expect(timer.status).toBe(404);
    expect((await other.get("/api/v1/timers")).body.items ?? []).toEqual([]);
    const mine = (await owner.post("/api/v1/clients", buildClient())).body.id;
    const exit = await owner.post(`/api/v1/clients/${mine}/exits`, { decisionId: foreign.get("decisions") });
    expect(exit.status).toBe(404);
    expect(exit.body.fields[0].path).toBe("decisionId");
  });
});
