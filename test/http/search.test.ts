/**
 * Search everywhere (issue 15, item 4): one query finds clients, contacts, offers and change orders by number or
 * title, invoices by number and claims by words — case and accents ignored, every word required — grouped by kind,
 * and never a record of another workspace.
 */

import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchHit as Hit } from "../../src/domain/search-hit.ts";
import { searchWorkspace } from "../../src/store/search-store.ts";
import { engines } from "../support/engines.ts";
import { buildClient, buildQuebecStudio, type TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";
import { signedMandate } from "../support/scope-fixture.ts";

describe.each(engines())("search everywhere on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let owner: TestClient & { workspaceId: string };
  let other: TestClient;
  let m: Awaited<ReturnType<typeof signedMandate>>;
  let claimId: string;
  let roundId: string;
  let changeOrder: { id: string; number: string };
  let invoice: { id: string; number: string };

  const search = async (who: TestClient, q: string) => {
    const res = await who.get(`/api/v1/search?q=${encodeURIComponent(q)}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as { q: string; groups: { kind: string; items: Hit[] }[] };
  };
  const ids = async (who: TestClient, q: string, kind: string) =>
    (await search(who, q)).groups.find((g) => g.kind === kind)?.items.map((h) => h.id) ?? [];

  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    owner = await fx.owner();
    await owner.patch("/api/v1/workspace", buildQuebecStudio());
    m = await signedMandate(fx, owner, { title: "Refonte du site de la Brûlerie Saint-Roch" });
    const round = (
      await owner.post(`/api/v1/mandates/${m.mandateId}/rounds`, {
        text: "1) Ajouter une boutique en ligne pour les cafés\n2) Le pied de page a une faute",
        receivedAt: "2026-12-21",
      })
    ).body;
    roundId = round.round.id;
    claimId = round.claims[0].id;
    await owner.patch(`/api/v1/claims/${claimId}`, { triage: { outcome: "change_order", estimatedHours: 10 } });
    const co = await owner.post(`/api/v1/mandates/${m.mandateId}/change-orders`, {
      claimIds: [claimId],
      title: "Boutique de torréfaction",
      reason: "Hors de l'offre signée",
      requester: "Julie Bergeron",
    });
    expect(co.status, JSON.stringify(co.body)).toBe(201);
    changeOrder = { id: co.body.id, number: co.body.number };
    const draft = await owner.post("/api/v1/invoices", {
      clientId: m.clientId,
      lines: [{ description: "Maintenance — novembre", quantityMilli: 1000, unitPrice: 100_000 }],
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const issued = await owner.post(`/api/v1/invoices/${draft.body.invoice.id}/issue`, {});
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    invoice = { id: draft.body.invoice.id, number: issued.body.number };

    // Another studio with look-alike records: never found by the first one, and the other way round.
    other = await fx.owner();
    await other.patch("/api/v1/workspace", buildQuebecStudio());
    await signedMandate(fx, other, { title: "Refonte du site de la Brûlerie Saint-Roch" });
    await other.post("/api/v1/clients", buildClient({ name: "Brûlerie Saint-Roch", contacts: [] }));
  });
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)("finds a client by name without accents or capitals, and its contact by name or e-mail", async () => {
    const client = (await owner.get(`/api/v1/clients/${m.clientId}`)).body;
    const plain = client.name.normalize("NFD").replace(/\p{M}/gu, "").toUpperCase();
    expect(await ids(owner, plain, "client")).toEqual([m.clientId]);
    const contact = client.contacts[0];
    const byName = (await search(owner, "julie bergeron")).groups.find((g) => g.kind === "contact")?.items ?? [];
    expect(byName.map((h) => h.id)).toEqual([contact.id]);
    expect(byName[0]).toMatchObject({ title: "Julie Bergeron", clientId: m.clientId, clientName: client.name });
    expect(await ids(owner, contact.email, "contact")).toEqual([contact.id]);
  });

  it.skipIf(skip)("finds an offer by its number and by words of its title", async () => {
    expect(await ids(owner, m.offerNumber, "offer")).toEqual([m.offerId]);
    expect(await ids(owner, "brulerie refonte", "offer")).toEqual([m.offerId]);
    expect(await ids(owner, "brulerie montréal", "offer")).toEqual([]);
  });

  it.skipIf(skip)("finds a change order by its number and by its title", async () => {
    expect(await ids(owner, changeOrder.number, "change_order")).toEqual([changeOrder.id]);
    expect(await ids(owner, "TORREFACTION", "change_order")).toEqual([changeOrder.id]);
    // Words of the stored JSON around the title ("status", "draft") are not the title.
    expect(await ids(owner, "draft", "change_order")).toEqual([]);
  });

  it.skipIf(skip)("finds an issued invoice by its number", async () => {
    const found = (await search(owner, invoice.number)).groups.find((g) => g.kind === "invoice")?.items ?? [];
    expect(found).toEqual([expect.objectContaining({ id: invoice.id, title: invoice.number, clientId: m.clientId })]);
  });

  it.skipIf(skip)("finds a claim by its words, with the round it is triaged on", async () => {
    const found = (await search(owner, "boutique cafes")).groups.find((g) => g.kind === "claim")?.items ?? [];
    expect(found).toEqual([expect.objectContaining({ id: claimId, roundId, clientId: m.clientId })]);
    expect(found[0]?.title).toContain("boutique en ligne");
    expect(await ids(owner, "triage", "claim")).toEqual([]);
  });

  it.skipIf(skip)("groups hits by kind in a fixed order; another workspace's records are never found", async () => {
    const mine = await search(owner, "Brûlerie");
    expect(mine.groups.map((g) => g.kind)).toEqual(["offer"]);
    expect(mine.groups[0]?.items.map((h) => h.id)).toEqual([m.offerId]);
    const theirs = await search(other, "Brûlerie");
    expect(theirs.groups.map((g) => g.kind)).toEqual(["client", "offer"]);
    const everything = theirs.groups.flatMap((g) => g.items);
    expect(everything.some((h) => h.id === m.offerId || h.clientId === m.clientId)).toBe(false);
    for (const q of [m.offerNumber, changeOrder.number, invoice.number, "boutique", "julie"]) {
      const hits = (await search(other, q)).groups.flatMap((g) => g.items);
      expect(hits.filter((h) => [m.offerId, changeOrder.id, invoice.id, claimId, m.clientId].includes(h.id))).toEqual(
        [],
      );
    }
  });

  it.skipIf(skip)(
    "finds a client on the search index as it is renamed, by two letters or by a wildcard's text",
    async () => {
      const created = await owner.post("/api/v1/clients", buildClient({ name: "Quincaillerie Zéphyr" }));
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const id = created.body.id as string;
      const listed = async (q: string) =>
        (await owner.get(`/api/v1/clients?q=${encodeURIComponent(q)}`)).body.items.map((c: { id: string }) => c.id);
      expect(await ids(owner, "zephyr", "client")).toEqual([id]);
      expect(await listed("ZÉPH")).toEqual([id]);
      expect(await listed("zé")).toContain(id); // under three letters: matched without the trigram index, same answer
      expect((await owner.patch(`/api/v1/clients/${id}`, { name: "Ferronnerie 100% Québec" })).status).toBe(200);
      expect(await ids(owner, "zephyr", "client")).toEqual([]);
      expect(await listed("zephyr")).toEqual([]);
      expect(await ids(owner, "ferronnerie", "client")).toEqual([id]);
      expect(await listed("100% queb")).toEqual([id]);
      expect(await listed("10_%")).toEqual([]);
      expect((await owner.patch(`/api/v1/clients/${id}`, { name: "Ferronnerie Québec" })).status).toBe(200);
      expect(await listed("100% queb")).toEqual([]);
      expect(await listed("ferronnerie queb")).toEqual([id]);
      if (engine === "sqlite") {
        // One FTS row per client, found by its docid: a rename replaced the row, it left none behind.
        const count = async (table: string) =>
          Number(
            (await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(fx.ctx.db)).rows[0]!.n,
          );
        const clients = await count("clients");
        expect([await count("clients_search"), await count("clients_search_docs")]).toEqual([clients, clients]);
      }
    },
  );

  it.skipIf(skip)(
    "finds contacts on the search index as they are renamed and removed, by a short query too",
    async () => {
      const created = await owner.post(
        "/api/v1/clients",
        buildClient({
          name: "Atelier Vireo",
          contacts: [{ name: "Hélène Ouellette", email: "h.ouellette@vireo.test" }],
        }),
      );
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const id = created.body.id as string;
      const contactIds = async (q: string) => (await search(owner, q)).groups.find((g) => g.kind === "contact")?.items;
      expect((await contactIds("HELENE ouellette"))?.map((h) => h.title)).toEqual(["Hélène Ouellette"]);
      expect((await contactIds("@vireo"))?.map((h) => h.title)).toEqual(["Hélène Ouellette"]);
      const renamed = await owner.patch(`/api/v1/clients/${id}`, {
        contacts: [{ name: "Renée Lévesque-Ouellette", email: "renee@vireo.test" }],
      });
      expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
      expect(await contactIds("helene")).toBeUndefined();
      expect((await contactIds("levesque-ouellette"))?.map((h) => h.title)).toEqual(["Renée Lévesque-Ouellette"]);
      // No three letters in a row: not a trigram, still found (by a scan).
      expect((await contactIds("é l"))?.map((h) => h.title)).toContain("Renée Lévesque-Ouellette");
      expect((await owner.patch(`/api/v1/clients/${id}`, { contacts: [] })).status).toBe(200);
      expect(await contactIds("levesque-ouellette")).toBeUndefined();
    },
  );

  it.skipIf(skip)(
    "walks each kind in its order when its index holds many matches: the same hits as taking them from the index",
    async () => {
      // Names whose order differs with and without accents, and a neighbour's look-alike never found.
      for (const [name, contact] of [
        ["Verrerie Nordet Écluse", "Élodie Nordet"],
        ["Verrerie Nordet Abri", "Zoé Nordet"],
        ["Verrerie Nordet Zénith", "Amélie Nordet"],
        ["Verrerie Nordet Île", "Ève Nordet-Roy"],
      ]) {
        const res = await owner.post(
          "/api/v1/clients",
          buildClient({ name: name!, contacts: [{ name: contact!, email: `${contact!.length}@nordet.test` }] }),
        );
        expect(res.status, JSON.stringify(res.body)).toBe(201);
      }
      await other.post("/api/v1/clients", buildClient({ name: "Verrerie Nordet Abri", contacts: [] }));
      const queries = ["nordet", "NORDÉT verrerie", "@nordet", "nordet-r", "brulerie saint-roch", "boutique", "cafes"];
      for (const q of [...queries, changeOrder.number, invoice.number, "zzz-nobody"]) {
        for (const limit of [2, 5]) {
          const input = { workspaceId: owner.workspaceId, q, limit };
          const indexed = await searchWorkspace(fx.ctx.db, input);
          // No match is few: every kind is walked in its order.
          expect(await searchWorkspace(fx.ctx.db, { ...input, fewMatches: 0 }), q).toEqual(indexed);
        }
      }
      const clients = await searchWorkspace(fx.ctx.db, {
        workspaceId: owner.workspaceId,
        q: "nordet",
        limit: 3,
        fewMatches: 0,
      });
      expect(clients.filter((h) => h.kind === "client").map((h) => h.title)).toEqual([
        "Verrerie Nordet Abri",
        "Verrerie Nordet Écluse",
        "Verrerie Nordet Île",
      ]);
      // Contacts by their name as written (the engine's collation): three of the four.
      expect(clients.filter((h) => h.kind === "contact")).toHaveLength(3);
    },
  );

  it.skipIf(skip)("refuses an empty query (400 naming q) and a visitor without a session (401)", async () => {
    const empty = await owner.get("/api/v1/search?q=%20");
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body)).toContain("q");
    expect((await fx.client().get("/api/v1/search?q=brulerie")).status).toBe(401);
    // LIKE's wildcards are plain text in a query.
    expect((await search(owner, "%")).groups).toEqual([]);
    expect((await search(owner, "_")).groups).toEqual([]);
  });
});
