/**
 * Invoicing latencies on the large workspace, in-process through the real HTTP app with the owner's cookie: issuing
 * a draft (number from the counter, taxes, audit, in one transaction), rendering an issued invoice's PDF, the aging
 * report over every open invoice, a quarter's tax report, and the invoice list. Queries are counted per request.
 */
import { type KyselyPlugin, sql } from "kysely";
import { createHttpApp } from "../../src/http/app.ts";
import type { Dataset } from "../generate.ts";
import type { Rng } from "../support/rng.ts";
import { withBaseline } from "./list-timings.ts";
import { type MeasureOptions, measure, type Timing } from "./timing.ts";

export async function measureInvoices(dataset: Dataset, rng: Rng, measureOptions: MeasureOptions): Promise<Timing[]> {
  const invoiceIds = dataset.main.ids.get("invoices") ?? [];
  const clientIds = dataset.main.ids.get("clients") ?? [];
  if (invoiceIds.length === 0 || clientIds.length === 0) return [];
  let queries = 0;
  const counter: KyselyPlugin = {
    transformQuery: (args) => {
      queries += 1;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  const { ctx } = dataset.db;
  const app = createHttpApp({ ...ctx, db: ctx.db.withPlugin(counter) });
  const options: MeasureOptions = { ...measureOptions, queryCount: () => queries };
  const csrf = await app.request("/api/v1/me", { headers: { cookie: dataset.cookie } });
  const csrfToken = ((await csrf.json()) as { csrfToken?: string }).csrfToken ?? "";
  const headers = { cookie: dataset.cookie, "x-csrf-token": csrfToken, "content-type": "application/json" };
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await app.request(path, { method, headers, ...(body ? { body: JSON.stringify(body) } : {}) });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${(await res.text()).slice(0, 300)}`);
    return res;
  };

  const timings: Timing[] = [];
  const issueCount = Math.min(options.iterations, 200) + options.warmup;
  const drafts: string[] = [];
  const clients = (
    await ctx.db
      .selectFrom("clients")
      .select("id")
      .where("workspace_id", "=", dataset.main.id)
      .where("country", "=", "CA")
      .where("region", "!=", "")
      .where("status", "!=", "ended")
      .limit(50)
      .execute()
  ).map((r) => r.id);
  for (let i = 0; i < issueCount; i++) {
    const res = await call("POST", "/api/v1/invoices", {
      clientId: rng.pick(clients),
      lines: [{ description: "Maintenance mensuelle", quantityMilli: 1000 * rng.int(1, 20), unitPrice: 9_500 }],
    });
    drafts.push(((await res.json()) as { invoice: { id: string } }).invoice.id);
  }
  timings.push(
    await measure(
      "issue invoice (`POST /invoices/{id}/issue`: counter, taxes, audit)",
      { ...options, iterations: issueCount - options.warmup },
      (i) => call("POST", `/api/v1/invoices/${drafts[i]}/issue`, {}),
    ),
  );
  // The invoices issued just above: the generated history has no `invoice.issued` events, and the server refuses to
  // serve an issued invoice that its event does not vouch for.
  timings.push(
    await measure(
      "invoice PDF render (`/invoices/{id}/pdf`)",
      { ...options, iterations: Math.min(options.iterations, 100) },
      async () => {
        const res = await call("GET", `/api/v1/invoices/${rng.pick(drafts)}/pdf`);
        await res.arrayBuffer();
      },
    ),
  );
  // The answer is a page (50 clients, 50 open invoices) beside the whole workspace's totals: its size is printed.
  const receivablesPage = await (await call("GET", "/api/v1/receivables")).text();
  const { clientPage, invoicePage } = JSON.parse(receivablesPage) as Record<
    "clientPage" | "invoicePage",
    { count: number }
  >;
  timings.push(
    await measure(
      `aging report + DSO (\`/receivables\`, ${invoiceIds.length.toLocaleString("en")} invoices; a page of ` +
        `${clientPage.count.toLocaleString("en")} clients and ${invoicePage.count.toLocaleString("en")} open ` +
        `invoices: ${(Buffer.byteLength(receivablesPage) / 1024).toFixed(1)} kB)`,
      { ...options, iterations: Math.min(options.iterations, 50) },
      async () => (await call("GET", "/api/v1/receivables")).json(),
    ),
  );
  timings.push(
    await measure(
      "tax report, one quarter (`/reports/taxes`)",
      { ...options, iterations: Math.min(options.iterations, 100) },
      async () => {
        const year = rng.int(dataset.db.ctx.now().getUTCFullYear() - 9, dataset.db.ctx.now().getUTCFullYear() - 1);
        const q = rng.pick(["01-01|03-31", "04-01|06-30", "07-01|09-30", "10-01|12-31"]).split("|");
        return (await call("GET", `/api/v1/reports/taxes?from=${year}-${q[0]}&to=${year}-${q[1]}`)).json();
      },
    ),
  );
  // A year's tax report, beside the raw SQL summing the same taxes out of the invoices' JSON (answers compared).
  const years = Array.from({ length: 9 }, (_, i) => ctx.now().getUTCFullYear() - 9 + i);
  const collected = new Map<number, Record<string, number>>();
  const yearTiming = await measure(
    "tax report, one year (`/reports/taxes`)",
    { ...options, iterations: Math.min(options.iterations, 100) },
    async (i) => {
      const year = years[i % years.length]!;
      const body = (await (await call("GET", `/api/v1/reports/taxes?from=${year}-01-01&to=${year}-12-31`)).json()) as {
        rows: { taxCode: string; collected: { amount: number } }[];
      };
      const byCode: Record<string, number> = {};
      for (const r of body.rows) byCode[r.taxCode] = (byCode[r.taxCode] ?? 0) + r.collected.amount;
      collected.set(year, byCode);
    },
  );
  const rawTaxes = async (year: number) => {
    const ws = dataset.main.id;
    const [from, to] = [`${year}-01-01`, `${year}-12-31`];
    const rows =
      ctx.engine === "postgres"
        ? await sql<{ code: string; amount: string }>`select t ->> 'taxCode' as code,
              sum((t -> 'amount' ->> 'amount')::bigint) as amount
            from invoices i cross join lateral json_array_elements(i.state_json::json -> 'totals' -> 'taxes') t
            where i.workspace_id = ${ws} and i.status <> 'draft' and i.tax_date >= ${from} and i.tax_date <= ${to}
            group by 1`.execute(ctx.db)
        : await sql<{ code: string; amount: number }>`select t.value ->> '$.taxCode' as code,
              sum(t.value ->> '$.amount.amount') as amount
            from invoices i, json_each(i.state_json, '$.totals.taxes') t
            where i.workspace_id = ${ws} and i.status <> 'draft' and i.tax_date >= ${from} and i.tax_date <= ${to}
            group by 1`.execute(ctx.db);
    return Object.fromEntries(rows.rows.map((r) => [r.code, Number(r.amount)]));
  };
  const rawYear = await measure(
    "the year's taxes summed out of every invoice's JSON",
    { ...options, iterations: Math.min(options.iterations, 100) },
    (i) => rawTaxes(years[i % years.length]!),
  );
  for (const [year, byCode] of collected) {
    const raw = await rawTaxes(year);
    if (JSON.stringify(byCode, Object.keys(byCode).sort()) !== JSON.stringify(raw, Object.keys(raw).sort())) {
      throw new Error(`tax report ${year}: ${JSON.stringify(byCode)}, raw SQL ${JSON.stringify(raw)}`);
    }
  }
  timings.push(...withBaseline(yearTiming, rawYear));
  timings.push(
    await measure("invoice list page (`/invoices?page=N`)", options, async () =>
      (await call("GET", `/api/v1/invoices?page=${rng.int(1, 100)}`)).json(),
    ),
  );
  timings.push(
    await measure("what to invoice for a client (`/invoice-sources`, un-invoiced time)", options, async () =>
      (await call("GET", `/api/v1/invoice-sources?clientId=${clientIds[rng.skewedIndex(clientIds.length)]}`)).json(),
    ),
  );
  return timings;
}
