import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as migration from "../../src/store/migrations/2026-12-07T22-00-00-client-order-numbers.ts";
import { engines } from "../support/engines.ts";
import { buildClient, type TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

describe.each(engines())("clients and signals on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let owner: TestClient & { workspaceId: string };
  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    owner = await fx.owner();
  });
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)("creates, reads and edits a client with contacts, end clients and tags", async () => {
    const created = await owner.post(
      "/api/v1/clients",
      buildClient({ name: "Agence Boréale", tags: ["partenaire", " Partenaire ", "agence"] }),
    );
    expect(created.status).toBe(201);
    expect(created.body.language).toBe("fr"); // Québec address → French by default
    expect(created.body.tags).toEqual(["agence", "partenaire"]);
    expect(created.body.endClients).toHaveLength(1);
    const id = created.body.id;
    const patched = await owner.patch(`/api/v1/clients/${id}`, {
      status: "paused",
      address: { city: "Lévis" },
      contacts: [{ name: "Marc", email: "marc@agence.test" }],
    });
    expect(patched.status).toBe(200);
    expect(patched.body.address).toMatchObject({ city: "Lévis", region: "QC", line1: "1 rue Principale" });
    expect(patched.body.contacts).toEqual([
      { id: expect.any(String), name: "Marc", email: "marc@agence.test", phone: "", role: "" },
    ]);
    const read = await owner.get(`/api/v1/clients/${id}`);
    expect(read.body.status).toBe("paused");
    const audit = await owner.get(`/api/v1/audit?entity=client&id=${id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(["client.updated", "client.created"]);
    expect(audit.body.items[0].before.status).toBe("active");
    expect(audit.body.items[0].after.status).toBe("paused");
    // a patch that does not mention a list keeps its rows, with their ids
    const again = await owner.patch(`/api/v1/clients/${id}`, { legalName: "Renamed inc." });
    expect(again.body.contacts).toEqual(patched.body.contacts);
    expect(again.body.endClients).toEqual(read.body.endClients);
  });

  it.skipIf(skip)("gives an English client outside Québec English documents by default", async () => {
    const res = await owner.post(
      "/api/v1/clients",
      buildClient({
        kind: "direct",
        endClients: [],
        address: { line1: "55 Queen St", city: "Ottawa", region: "ON", postalCode: "K1P 5C9", country: "CA" },
      }),
    );
    expect(res.status).toBe(201);
    // The workspace is fr-CA, so French remains the default outside Québec too; the user can choose English.
    expect(res.body.language).toBe("fr");
    const en = await owner.post("/api/v1/clients", buildClient({ kind: "direct", endClients: [], language: "en" }));
    expect(en.body.language).toBe("en");
  });

  it.skipIf(skip)("refuses end clients on a direct client and names the field", async () => {
    const before = await fx.db.store.db.selectFrom("clients").select("id").execute();
    const res = await owner.post("/api/v1/clients", buildClient({ kind: "direct", endClients: [{ name: "X" }] }));
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([expect.objectContaining({ path: "endClients", issue: "agency_only" })]);
    expect(await fx.db.store.db.selectFrom("clients").select("id").execute()).toHaveLength(before.length);
  });

  it.skipIf(skip)("searches without accents or case, filters by kind, status and tag, and pages", async () => {
    const fresh = await fx.owner();
    const names = ["Café Étoile", "Cafe du Port", "Boulangerie Saint-Roch", "Agence Lumière", "Studio Nord"];
    for (const [i, name] of names.entries()) {
      await fresh.post(
        "/api/v1/clients",
        buildClient({
          name,
          kind: i % 2 === 0 ? "direct" : "agency",
          endClients: [],
          status: i < 3 ? "active" : "prospect",
          tags: i === 4 ? ["vip"] : ["local"],
        }),
      );
    }
    const search = await fresh.get("/api/v1/clients?q=CAFE");
    expect(search.body.items.map((c: { name: string }) => c.name)).toEqual(["Cafe du Port", "Café Étoile"]);
    expect((await fresh.get("/api/v1/clients?q=%C3%A9toile")).body.total).toBe(1);
    expect((await fresh.get("/api/v1/clients?q=100%25")).body.total).toBe(0);
    expect((await fresh.get("/api/v1/clients?kind=agency")).body.total).toBe(2);
    expect((await fresh.get("/api/v1/clients?status=prospect")).body.total).toBe(2);
    expect((await fresh.get("/api/v1/clients?tag=vip")).body.items.map((c: { name: string }) => c.name)).toEqual([
      "Studio Nord",
    ]);
    const page1 = await fresh.get("/api/v1/clients?page=1&pageSize=2");
    const page3 = await fresh.get("/api/v1/clients?page=3&pageSize=2");
    expect(page1.body).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(page1.body.items.map((c: { name: string }) => c.name)).toEqual(["Agence Lumière", "Boulangerie Saint-Roch"]);
    expect(page3.body.items.map((c: { name: string }) => c.name)).toEqual(["Studio Nord"]);
    expect((await fresh.get("/api/v1/clients/tags")).body.items).toEqual(["local", "vip"]);
    const bad = await fresh.get("/api/v1/clients?pageSize=1000&kind=nope");
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(["kind", "pageSize"]);
  });

  it.skipIf(skip)("orders names alphabetically whatever their accents, numbers by value, on both engines", async () => {
    const fresh = await fx.owner();
    for (const name of [
      "Zoë Design",
      "Épicerie Zénith",
      "atelier Nord",
      "Élodie Photo",
      "Boulangerie",
      "Studio 10",
      "Studio 2",
    ]) {
      await fresh.post("/api/v1/clients", buildClient({ name, endClients: [] }));
    }
    const names = (await fresh.get("/api/v1/clients")).body.items.map((c: { name: string }) => c.name);
    // Numbers by value: « Studio 2 » before « Studio 10 », as on the dashboard's health list.
    expect(names).toEqual([
      "atelier Nord",
      "Boulangerie",
      "Élodie Photo",
      "Épicerie Zénith",
      "Studio 2",
      "Studio 10",
      "Zoë Design",
    ]);
  });

  it.skipIf(skip)("puts clients stored before numbers were ordered by value in that order (migration)", async () => {
    const fresh = await fx.owner();
    for (const name of ["Lot 10", "Lot 9", "Lot 1"]) {
      await fresh.post("/api/v1/clients", buildClient({ name, endClients: [] }));
    }
    const db = fx.db.store.db;
    const names = async () =>
      (await fresh.get("/api/v1/clients?q=lot")).body.items.map((c: { name: string }) => c.name);
    // As stored before: the folded name, which puts « Lot 10 » before « Lot 9 ».
    await migration.down(db);
    expect(await names()).toEqual(["Lot 1", "Lot 10", "Lot 9"]);
    await migration.up(db);
    expect(await names()).toEqual(["Lot 1", "Lot 9", "Lot 10"]);
  });

  it.skipIf(skip)("lists signals newest first, with author, and shows the latest on the list", async () => {
    const c = await owner.post("/api/v1/clients", buildClient({ name: "Signals Inc" }));
    const id = c.body.id;
    const add = (occurredOn: string, kind: string, text: string) =>
      owner.post(`/api/v1/clients/${id}/signals`, {
        kind,
        severity: 3,
        source: "previous developer",
        occurredOn,
        text,
      });
    expect((await add("2026-10-01", "note", "kick-off")).status).toBe(201);
    expect((await add("2026-10-26", "warning", "they will make your life hard")).status).toBe(201);
    expect((await add("2026-10-10", "praise", "nice call")).status).toBe(201);
    const detail = await owner.get(`/api/v1/clients/${id}`);
    expect(detail.body.signals.map((s: { occurredOn: string }) => s.occurredOn)).toEqual([
      "2026-10-26",
      "2026-10-10",
      "2026-10-01",
    ]);
    expect(detail.body.signals[0].author.name).toMatch(/Owner/);
    const list = await owner.get("/api/v1/clients?q=signals");
    expect(list.body.items[0].lastSignal).toEqual({ kind: "warning", occurredOn: "2026-10-26" });
    const bad = await owner.post(`/api/v1/clients/${id}/signals`, {
      kind: "rumour",
      severity: 4,
      occurredOn: "2026-02-30",
      text: "",
    });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      "kind",
      "occurredOn",
      "severity",
      "text",
    ]);
  });

  it.skipIf(skip)(
    "lists the clients whose latest signal is a warning, however many clients come before them",
    async () => {
      const fresh = await fx.owner();
      const client = async (name: string) =>
        (await fresh.post("/api/v1/clients", buildClient({ name, endClients: [] }))).body.id as string;
      const signal = async (id: string, occurredOn: string, kind: string) =>
        expect(
          (
            await fresh.post(`/api/v1/clients/${id}/signals`, {
              kind,
              severity: 2,
              occurredOn,
              text: `${kind} ${occurredOn}`,
            })
          ).status,
        ).toBe(201);
      // Enough clients without a warning before them that a first page of the unfiltered list would not reach them.
      for (let i = 1; i <= 12; i++) await client(`Agence ${String(i).padStart(2, "0")}`);
      const calmedDown = await client("Boutique Calmée");
      await signal(calmedDown, "2026-10-01", "warning");
      await signal(calmedDown, "2026-11-02", "praise");
      const lateWarning = await client("Café Tardif");
      await signal(lateWarning, "2026-10-01", "praise");
      await signal(lateWarning, "2026-11-02", "warning");
      // Two signals the same day: the one entered last is the latest.
      const sameDay = await client("Zénith Jour Même");
      await signal(sameDay, "2026-11-03", "note");
      await signal(sameDay, "2026-11-03", "warning");
      await client("Zoo Sans Signal");

      const warned = await fresh.get("/api/v1/clients?lastSignal=warning&pageSize=1");
      expect(warned.status).toBe(200);
      expect(warned.body.total).toBe(2);
      expect(warned.body.items.map((c: { name: string }) => c.name)).toEqual(["Café Tardif"]);
      const second = await fresh.get("/api/v1/clients?lastSignal=warning&pageSize=1&page=2");
      expect(second.body.items.map((c: { name: string; lastSignal: unknown }) => [c.name, c.lastSignal])).toEqual([
        ["Zénith Jour Même", { kind: "warning", occurredOn: "2026-11-03" }],
      ]);
      const praised = await fresh.get("/api/v1/clients?lastSignal=praise");
      expect(praised.body.items.map((c: { name: string }) => c.name)).toEqual(["Boutique Calmée"]);
      const bad = await fresh.get("/api/v1/clients?lastSignal=rumour");
      expect(bad.status).toBe(400);
      expect(bad.body.fields.map((f: { path: string }) => f.path)).toEqual(["lastSignal"]);
    },
  );

  it.skipIf(skip)("never answers 5xx nor writes a partial row on arbitrary client input (property)", async () => {
    const prop = fc.asyncProperty(
      fc.record(
        {
          kind: fc.oneof(fc.constantFrom("direct", "agency"), fc.string()),
          name: fc.oneof(fc.string({ maxLength: 300 }), fc.integer(), fc.constant(null)),
          legalName: fc.string({ maxLength: 250 }),
          address: fc.oneof(
            fc.record(
              { city: fc.string({ maxLength: 150 }), country: fc.string({ maxLength: 3 }) },
              { requiredKeys: [] },
            ),
            fc.string(),
          ),
          language: fc.oneof(fc.constantFrom("fr", "en"), fc.string({ maxLength: 3 })),
          isConsumer: fc.oneof(fc.boolean(), fc.string({ maxLength: 2 })),
          status: fc.oneof(fc.constantFrom("prospect", "active", "paused", "ended"), fc.string({ maxLength: 5 })),
          tags: fc.array(fc.string({ maxLength: 45 }), { maxLength: 25 }),
          contacts: fc.array(fc.record({ name: fc.string({ maxLength: 130 }), email: fc.string({ maxLength: 20 }) }), {
            maxLength: 3,
          }),
          endClients: fc.array(fc.record({ name: fc.string({ maxLength: 20 }) }), { maxLength: 2 }),
          extra: fc.anything(),
        },
        { requiredKeys: [] },
      ),
      fc.boolean(),
      async (body, asPatch) => {
        const db = fx.db.store.db;
        const count = async () => (await db.selectFrom("clients").select("id").execute()).length;
        const contactsBefore = (await db.selectFrom("client_contacts").select("id").execute()).length;
        const before = await count();
        const target = asPatch ? (await owner.post("/api/v1/clients", buildClient())).body.id : undefined;
        const snapshot = target ? await owner.get(`/api/v1/clients/${target}`) : undefined;
        const res = target
          ? await owner.patch(`/api/v1/clients/${target}`, body)
          : await owner.post("/api/v1/clients", body);
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) {
          expect(res.body.code).toBe("validation");
          expect(res.body.fields.length).toBeGreaterThan(0);
          expect(await count()).toBe(before + (target ? 1 : 0));
          if (target) expect((await owner.get(`/api/v1/clients/${target}`)).body).toEqual(snapshot!.body);
          else expect((await db.selectFrom("client_contacts").select("id").execute()).length).toBe(contactsBefore);
        }
      },
    );
    await fc.assert(prop, { numRuns: 60 });
  });
});
