/**
 * Every answer a test receives is checked against the OpenAPI document's source — the zod schemas the routes declare —
 * so a drift between what the server says it answers and what it answers fails the test that saw it:
 * - the status must be one the operation documents;
 * - the JSON body must parse with the documented schema, and parsing must keep every field (an undocumented field,
 *   which zod would silently strip, is a drift too).
 * Answers of routes outside the document (health checks, static files) are not checked.
 * `checkAnswers(app)` makes the app itself check every answer it gives, whoever asked: the test client, or a test
 * calling `app.request` directly (a PDF, a CSV, a problem read raw).
 */
import { appendFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import type { ZodType } from "zod";
import type { HttpApp } from "../../src/http/app.ts";
import { middlewareResponses } from "../../src/http/openapi-document.ts";

interface Operation {
  method: string;
  pattern: RegExp;
  template: string;
  responses: Record<string, { content?: Record<string, { schema?: unknown }> } | undefined>;
}

type Documented = Pick<HttpApp, "openAPIRegistry">;

const operationsOf = new WeakMap<Documented, Operation[]>();

function operations(app: Documented): Operation[] {
  let ops = operationsOf.get(app);
  if (ops) return ops;
  ops = [];
  for (const def of app.openAPIRegistry.definitions) {
    if (def.type !== "route") continue;
    const { method, path, responses } = def.route;
    const pattern = new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^/}]+\}/g, "[^/]+")}$`);
    ops.push({ method: method.toUpperCase(), pattern, template: path, responses: responses as Operation["responses"] });
  }
  operationsOf.set(app, ops);
  return ops;
}

const isZod = (x: unknown): x is ZodType => typeof x === "object" && x !== null && "safeParse" in x;

/** Why an answer breaks the contract, or undefined when it keeps it (or is not in the document). */
export function contractBreach(
  app: Documented,
  method: string,
  url: string,
  status: number,
  contentType: string | null,
  body: unknown,
): string | undefined {
  const path = new URL(url, "http://test").pathname;
  const candidates = operations(app).filter((o) => o.method === method && o.pattern.test(path));
  if (candidates.length === 0) return undefined;
  // A literal segment wins over a parameter (`/clients/tags` before `/clients/{id}`).
  const op = candidates
    .sort((a, b) => (b.template.match(/\{/g)?.length ?? 0) - (a.template.match(/\{/g)?.length ?? 0))
    .at(-1)!;
  const where = `${method} ${op.template} → ${status}`;
  const response = op.responses[String(status)];
  if (!response && middlewareResponses(method, op.template)[status]) return undefined; // a problem, checked by its own tests
  if (!response) return `${where}: status not documented (documents ${Object.keys(op.responses).join(", ")})`;
  const type = contentType?.split(";")[0]?.trim();
  if (!type?.includes("json")) return undefined; // PDFs, CSV, empty 204s: the status is the contract
  const schema = response.content?.[type]?.schema ?? response.content?.["application/json"]?.schema;
  if (!schema) return `${where}: answers ${type} the document does not describe`;
  if (!isZod(schema)) return undefined;
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(body)"}: ${i.message}`);
    return `${where}: does not match its schema — ${issues.join("; ")}`;
  }
  // A problem may carry extension members beside its documented ones (RFC 9457 §3.2: `retryAfterSeconds`, `strength`,
  // the record at fault); clients ignore those they do not know.
  if (type === "application/problem+json") return undefined;
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(parsed.data)), body)) {
    return `${where}: answers fields its schema does not describe — ${undescribed(body, parsed.data).slice(0, 8).join(", ")}`;
  }
  return undefined;
}

/** Paths of the fields present in `body` and missing from what the schema kept. */
function undescribed(body: unknown, kept: unknown, at = ""): string[] {
  if (Array.isArray(body) && Array.isArray(kept)) return body.flatMap((b, i) => undescribed(b, kept[i], `${at}[${i}]`));
  if (body && typeof body === "object" && kept && typeof kept === "object") {
    return Object.entries(body).flatMap(([k, v]) =>
      k in kept ? undescribed(v, (kept as Record<string, unknown>)[k], at ? `${at}.${k}` : k) : [at ? `${at}.${k}` : k],
    );
  }
  return [];
}

type Requesting = Documented & { request: HttpApp["request"] };

const checked = new WeakSet<object>();

/**
 * Wraps `app.request` (once per app) so that each answer is checked against the document before the caller sees it:
 * a breach throws — or, with `CONTRACT_REPORT` set to a file, is appended to it (scripts/measure.mjs). A JSON body
 * is read from a clone, so the caller still reads the answer as it came.
 */
export function checkAnswers<A extends Requesting>(app: A): A {
  if (checked.has(app)) return app;
  checked.add(app);
  const request = app.request.bind(app);
  app.request = (async (...args: Parameters<HttpApp["request"]>) => {
    const res = await request(...args);
    const [input, init] = args;
    const req = input instanceof Request ? input : undefined;
    await enforceContract(
      app,
      (init?.method ?? req?.method ?? "GET").toUpperCase(),
      req ? req.url : String(input),
      res,
    );
    return res;
  }) as HttpApp["request"];
  return app;
}

/**
 * Checks one answer against the document: a breach throws — or, with `CONTRACT_REPORT` set to a file, is appended to
 * it (scripts/measure.mjs). A JSON body is read from a clone, so the caller still reads the answer as it came.
 */
async function enforceContract(app: Documented, method: string, url: string, res: Response): Promise<void> {
  const type = res.headers.get("content-type");
  let body: unknown = null;
  if (type?.includes("json")) {
    const text = await res.clone().text();
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = text;
    }
  }
  const breach = contractBreach(app, method, url, res.status, type, body);
  if (breach) {
    if (process.env.CONTRACT_REPORT) appendFileSync(process.env.CONTRACT_REPORT, `${breach}\n`);
    else throw new Error(`the answer breaks the OpenAPI document: ${breach}`);
  }
}

/**
 * A `fetch` for servers running in other processes (test/processes) that checks each answer against the document the
 * way `checkAnswers` does in process. The document's schemas come from an app built on an empty in-memory database
 * (`documentedApp`).
 */
export function checkedFetch(app: Documented): typeof fetch {
  return async (input, init) => {
    const res = await fetch(input, init);
    const req = input instanceof Request ? input : undefined;
    const url = req ? req.url : input instanceof URL ? input.href : String(input);
    await enforceContract(app, (init?.method ?? req?.method ?? "GET").toUpperCase(), url, res);
    return res;
  };
}

/** Whether an app checks its answers (`checkAnswers`). */
export function checksAnswers(app: object): boolean {
  return checked.has(app);
}
