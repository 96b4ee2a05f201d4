/**
 * Invoicing latencies on the large workspace, in-process through the real HTTP app with the owner's cookie: issuing
 * a draft (number from the counter, taxes, audit, in one transaction), rendering an issued invoice's PDF, the aging
 * report over every open invoice, a quarter's tax report, and the invoice list. Queries are counted per request.
 */
import type { KyselyPlugin } from "kysely";
import { createHttpApp } from "../../src/http/app.ts";
import type { Dataset } from "../generate.ts";
import type { Rng } from "../support/rng.ts";
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
  timings.push(
    await measure(
      `aging report + DSO (\`/receivables\`, ${invoiceIds.length.toLocaleString("en")} invoices)`,
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
