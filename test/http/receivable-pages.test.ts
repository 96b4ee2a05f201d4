/**
 * The receivables page a page at a time: the clients (worst owed first, then name and id) and the open invoices (most
 * days past due first) walked by their cursors give each whole list in order, once, with its count; the totals span
 * the workspace whatever the page; bad page parameters are refused with their field; another workspace's client asked
 * by id shows nothing of theirs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDay } from "../support/clock.ts";
import { engines } from "../support/engines.ts";
import { buildClient, type TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

interface Page {
  total: { total: { amount: number } };
  dso: unknown;
  clients: { clientId: string; name: string; aging: { total: { amount: number } } | null }[];
  clientPage: { count: number; limit: number; nextCursor: string | null };
  invoices: { id: string; clientId: string; clientName: string; number: string; daysPastDue: number }[];
  invoicePage: { count: number; limit: number; nextCursor: string | null };
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe.each(engines())("receivables paged on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let owner: TestClient;
  let stranger: TestClient;
  let strangersClient: string;
  const clients: string[] = [];
  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    owner = await fx.owner();
    await owner.patch("/api/v1/workspace", {
      legalName: "Atelier Pages",
      taxIds: { gst: "123456789 RT0001", qst: "1234567890 TQ0001" },
      terms: { paymentDays: 30, lateInterestBp: 1200, noticeDays: 30 },
    });
    // Names that tie on what they owe (the same invoices), one name twice (then by id), accents and case.
    const names = ["Zénith", "alpha", "Bêta", "Bêta", "Gamma", "Delta", "Éther", "Omega", "Kappa"];
    for (const name of names) clients.push((await owner.post("/api/v1/clients", buildClient({ name }))).body.id);
    const issue = async (clientId: string, issued: number, price: number) => {
      const draft = await owner.post("/api/v1/invoices", {
        clientId,
        lines: [{ description: "Travaux", quantityMilli: 1000, unitPrice: price }],
      });
      const res = await owner.post(`/api/v1/invoices/${draft.body.invoice.id}/issue`, { issueDate: testDay(issued) });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return draft.body.invoice.id as string;
    };
    const plan: [number, number, number][] = [
      [0, -200, 50_000],
      [0, -10, 50_000],
      [1, -70, 100_000],
      [2, -70, 100_000],
      [3, -70, 100_000],
      [4, -45, 20_000],
      [4, -45, 20_000],
      [4, -5, 20_000],
      [5, -130, 300_000],
      [6, -31, 10_000],
      [7, 0, 10_000],
      [8, -20, 10_000],
    ];
    // Numbers follow issue dates: issued oldest first.
    for (const [c, issued, price] of plan.sort((a, b) => a[1] - b[1])) await issue(clients[c]!, issued, price);
    // Paid in full and more: Kappa owes nothing, holds a credit and is listed for it (and for its DSO).
    const paid = await owner.post(`/api/v1/clients/${clients[8]}/payments`, {
      date: testDay(-1),
      amount: 20_000,
      method: "transfer",
    });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    stranger = await fx.owner();
    strangersClient = (await stranger.post("/api/v1/clients", buildClient({ name: "Voisin" }))).body.id;
    const draft = await stranger.post("/api/v1/invoices", {
      clientId: strangersClient,
      lines: [{ description: "Travaux", quantityMilli: 1000, unitPrice: 70_000 }],
    });
    expect((await stranger.post(`/api/v1/invoices/${draft.body.invoice.id}/issue`, {})).status).toBe(200);
  });
  afterAll(async () => {
    await fx?.close();
  });

  const get = async (query: string, as = owner): Promise<Page> => {
    const res = await as.get(`/api/v1/receivables${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as Page;
  };

  /** Every page of one list, each by the cursor of the one before. */
  const walk = async (list: "clients" | "invoices", limit: number, extra = "") => {
    const pages: Page[] = [];
    let cursor: string | null = null;
    do {
      const param: string = cursor === null ? "" : `&${list}Cursor=${encodeURIComponent(cursor)}`;
      const page: Page = await get(`?limit=${limit}${extra}${param}`);
      pages.push(page);
      cursor = (list === "clients" ? page.clientPage : page.invoicePage).nextCursor;
      expect(pages.length).toBeLessThan(50);
    } while (cursor !== null);
    return pages;
  };

  it.skipIf(skip)("walks both lists page by page: each whole list in order, once, with its count", async () => {
    const whole = await get("?limit=200");
    expect(whole.clientPage).toEqual({ count: 9, limit: 200, nextCursor: null });
    expect(whole.invoicePage).toEqual({ count: 11, limit: 200, nextCursor: null });
    // The clients: worst owed first, ties by name (code points, as before) and id.
    const owed = (c: Page["clients"][number]) => c.aging?.total.amount ?? 0;
    const sorted = [...whole.clients].sort(
      (a, b) => owed(b) - owed(a) || byText(a.name, b.name) || byText(a.clientId, b.clientId),
    );
    expect(whole.clients).toEqual(sorted);
    expect(whole.clients.map((c) => c.name).slice(0, 5)).toEqual(["Delta", "Zénith", "Bêta", "Bêta", "alpha"]);
    expect(whole.clients.at(-1)).toMatchObject({
      clientId: clients[8],
      aging: null,
      credit: { amount: 20_000 - 11_498 },
    });
    // The open invoices: most days past due first.
    const days = whole.invoices.map((i) => i.daysPastDue);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    expect(whole.invoices[0]).toMatchObject({ clientId: clients[0], clientName: "Zénith", daysPastDue: 170 });
    for (const limit of [1, 2, 4]) {
      const byClients = await walk("clients", limit);
      expect(byClients.flatMap((p) => p.clients)).toEqual(whole.clients);
      expect(byClients).toHaveLength(Math.ceil(9 / limit));
      const byInvoices = await walk("invoices", limit);
      expect(byInvoices.flatMap((p) => p.invoices)).toEqual(whole.invoices);
      for (const p of [...byClients, ...byInvoices]) {
        expect(p.clientPage.count).toBe(9);
        expect(p.invoicePage.count).toBe(11);
        expect(p.clientPage.limit).toBe(limit);
        // The totals are the workspace's on every page.
        expect(p.total).toEqual(whole.total);
        expect(p.dso).toEqual(whole.dso);
      }
    }
  });

  it.skipIf(skip)("serves 50 rows a page by default, at most 200, and refuses bad page parameters", async () => {
    const first = await get("");
    expect(first.clientPage.limit).toBe(50);
    expect(first.invoicePage.limit).toBe(50);
    for (const [query, field] of [
      ["?limit=0", "limit"],
      ["?limit=201", "limit"],
      ["?limit=ten", "limit"],
      ["?limit=2.5", "limit"],
      ["?clientsCursor=not-a-cursor", "clientsCursor"],
      [`?clientsCursor=${Buffer.from('["x","a","b"]').toString("base64url")}`, "clientsCursor"],
      ["?invoicesCursor=%7B%7D", "invoicesCursor"],
      [`?invoicesCursor=${Buffer.from("[1,2,3]").toString("base64url")}`, "invoicesCursor"],
      ["?asOf=2026-01-31&from=2026-02-01", "from"],
    ] as const) {
      const res = await owner.get(`/api/v1/receivables${query}`);
      expect(res.status, query).toBe(400);
      expect(
        res.body.fields.map((f: { path: string }) => f.path),
        query,
      ).toContain(field);
    }
  });

  it.skipIf(skip)("pages one client's rows by clientId, and shows nothing of another workspace's client", async () => {
    const mine = await walk("invoices", 1, `&clientId=${clients[4]}`);
    expect(mine.flatMap((p) => p.invoices.map((i) => i.clientId))).toEqual([clients[4], clients[4], clients[4]]);
    expect(mine[0]!.clients.map((c) => c.clientId)).toEqual([clients[4]]);
    expect(mine[0]!.total.total.amount).toBe(3 * 22_995);
    expect(mine[0]!.invoicePage.count).toBe(3);
    const theirs = await get(`?clientId=${strangersClient}`);
    expect(theirs.clients).toEqual([]);
    expect(theirs.invoices).toEqual([]);
    expect(theirs.total.total.amount).toBe(0);
    expect(theirs.clientPage.count).toBe(0);
    expect(theirs.invoicePage.count).toBe(0);
    expect(theirs.dso).toMatchObject({ days: null });
    // Their own page knows only their client.
    const own = await get("", stranger);
    expect(own.clients.map((c) => c.clientId)).toEqual([strangersClient]);
    expect(own.invoicePage.count).toBe(1);
  });

  it.skipIf(skip)(
    "reads DSO, like the aging and the credits, in the workspace's currency only: what is in another is added to none",
    async () => {
      type Dso = { receivables: { amount: number }; netCreditSales: { amount: number } };
      type Credit = { clientId: string; credit: { amount: number } };
      const before = await get("");
      const foreign = before.invoices[0]!;
      const balance = (foreign as unknown as { balanceDue: { amount: number } }).balanceDue.amount;
      const kappa = (before.clients as unknown as Credit[]).find((c) => c.clientId === clients[8])!;
      expect(kappa.credit.amount).toBeGreaterThan(0);
      // An invoice issued before the workspace changed its currency, say: stored in USD; and a credit held in USD.
      const db = fx.db.store.db;
      const workspaceId = (await owner.get("/api/v1/workspace")).body.id as string;
      await db.updateTable("invoices").set({ currency: "USD" }).where("id", "=", foreign.id).execute();
      await db
        .insertInto("client_credits")
        .values({
          id: "usd-credit",
          workspace_id: workspaceId,
          client_id: clients[8]!,
          invoice_id: null,
          kind: "overpayment",
          date: testDay(-1),
          amount: 99_999,
          currency: "USD",
          created_at: new Date(0).toISOString(),
        })
        .execute();
      try {
        const after = await get("");
        expect(after.total.total.amount).toBe(before.total.total.amount - balance);
        expect((after.dso as Dso).receivables.amount).toBe((before.dso as Dso).receivables.amount - balance);
        expect(after.invoices.map((i) => i.id)).not.toContain(foreign.id);
        const kappaAfter = (after.clients as unknown as Credit[]).find((c) => c.clientId === clients[8])!;
        expect(kappaAfter.credit.amount).toBe(kappa.credit.amount);
      } finally {
        await db.updateTable("invoices").set({ currency: "CAD" }).where("id", "=", foreign.id).execute();
        await db.deleteFrom("client_credits").where("id", "=", "usd-credit").execute();
      }
    },
  );
});
