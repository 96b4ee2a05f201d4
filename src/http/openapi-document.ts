/**
 * What the routes' schemas cannot say about the API as a whole, added once to the generated document: who may call
 * each operation (a session cookie with its CSRF header on writes, or an API token; none for the sign-up, sign-in,
 * invitation and client-portal operations), a stable `operationId` for every operation, the server, and what each tag
 * is about. `npx @redocly/cli lint` reads it with the recommended rules (`npm run lint:openapi`).
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import { SESSION_COOKIE } from "./auth.ts";

type Document = ReturnType<OpenAPIHono["getOpenAPI31Document"]>;
type DocumentConfig = Parameters<OpenAPIHono["getOpenAPI31Document"]>[0];

export const DOCUMENT_INFO = {
  title: "Mandat API",
  version: "1.0.0",
  description:
    "Scope guard, invoicing and cordial exits for freelancers and small web studios.\n\n" +
    "**Calling it.** The web UI uses a session cookie (`mandat_session`, set at sign-in); writes made with it must " +
    "carry the session's CSRF token in the `X-CSRF-Token` header (`csrfToken` in `GET /api/v1/me`). Scripts use an " +
    "API token (Settings → API tokens) as `Authorization: Bearer <token>`, which needs no CSRF header: in this page, " +
    "choose **Authorize**, paste the token under `bearer`, then **Try it out**. Sign-up, sign-in, invitations and " +
    "the client portal (`/api/v1/portal/{token}`, where the link's token is the credential) need neither.\n\n" +
    "**Answers.** Every error is an RFC 9457 problem (`application/problem+json`) with a stable `code` and, for bad " +
    "input, the field at fault. Amounts are integers in cents. Dates are `YYYY-MM-DD`, instants ISO 8601 in UTC.\n\n" +
    "**Changelog.** 2026-12-06: `GET /clients/{id}/decisions` and `GET /clients/{id}/exits` answer `createdAt` and " +
    "`updatedAt` (they answered `created_at` and `updated_at`); every field is camelCase. 2026-12-07: " +
    "`GET /health/warnings` items are `HealthWarning` (`clientId`, `clientName`, `score.value`, `warning.level`, " +
    "`badMetrics`): no `metrics` nor `warning.reasons` (a client's `GET /clients/{id}/health` explains them); the " +
    "health metric `repeated_points` is new; an invoice's request lines are described as `InvoiceLineInput` (`unit`, " +
    "`detail`, `taxable`, `mandateId`, `sourceIndex`): the document described them by the answer's `InvoiceLine`; answers described by the stored schemas inline what " +
    "those do not name (the `MetricSource` and `LocalizedText` components are gone, their fields unchanged). " +
    "`GET /health/warnings` answers a page, worst first then by name (`limit`, default 50; `cursor`; `clientId` for " +
    "one client), with `total`, `critical` and `nextCursor`: it answered every warned client at once. A point of " +
    "`GET /clients/{id}/health`'s `trend` is `HealthTrendFigures` (score, level, each metric's key, value, unit, " +
    "currency and status): no sentence nor source record, which today's health alone explains. `GET /clients` " +
    "takes `lastSignal` (the kind of a client's latest signal) and orders numbers in names by value; a row of " +
    "`GET /invoices` has `clientName`, a row of `GET /time-entries` `mandateTitle`.",
} satisfies DocumentConfig["info"];

/** Operations anyone may call: they create or open a session, or act through a document link's own token. */
const PUBLIC_OPERATIONS: readonly RegExp[] = [
  /^post \/api\/v1\/auth\/(signup|login(\/.*)?|accept-invite|password-reset(\/.*)?)$/,
  /^get \/api\/v1\/invites\/\{token\}$/,
  /^get \/api\/v1\/install$/,
  /^post \/api\/v1\/demo$/,
  /^(get|post) \/api\/v1\/portal\/.*$/,
];

const SAFE = new Set(["get", "head", "options"]);

const TAGS: Record<string, string> = {
  Auth: "Sign-up, sign-in and out, invitations, and the signed-in member (`/me`).",
  Account: "The member's own security: password, two-factor authentication, sessions.",
  "API tokens": "Tokens for scripts and integrations (`Authorization: Bearer`).",
  Workspace: "The studio: identity, tax numbers, rates, values, payment instructions, settings.",
  Members: "Who works in the workspace and with which role (owner, member, viewer).",
  Clients: "Clients, their contacts and end clients, tags, signals and timeline.",
  Offers: "Offers: drafted, sent, signed through the portal and then frozen; revisions and cancellations.",
  Mandates: "The work a signed offer opens: checklist, deliveries, milestones, progress, costs and money.",
  "Scope guard": "The client's lists (feedback rounds), split into claims and triaged against what was signed.",
  Mailbox: "Lists received by e-mail, imported from the studio's mailbox over IMAP.",
  "Change orders": "Work beyond the signed scope, priced and approved by the client before it is done.",
  Time: "Time entries, the timer, timesheets, goodwill and capacity.",
  Invoices: "Drafts from what was signed and done, issue with gap-free numbers, PDFs, credit notes and payments.",
  Receivables: "What clients owe: aging, DSO, reminders, late interest and the tax report.",
  Outbox: "Every message Mandat sends, kept with its state.",
  Notifications: "What happened on the member's records (the bell), and which kinds they receive by e-mail.",
  "Client health": "The explained health score of each client and its warnings.",
  Decisions: "Values-weighted decision worksheets about a client.",
  Exits: "A lawful, cordial exit: the plan, the letter, the final invoice and the evidence pack.",
  Portal: "The client's side, opened by a document link: view, sign, approve or reject, download.",
  Audit: "The workspace's tamper-evident audit trail.",
  Search: "One search across clients, contacts, offers, change orders, invoices and claims.",
  Dashboard: "The studio at a glance: what it is owed, what is overdue, work not yet invoiced, goodwill given.",
};

const PROBLEM = { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } };

/**
 * Answers any operation may give before or around its route, from the middleware every /api request goes through:
 * a body that is not JSON, malformed or too large (415, 400, 413), or a malformed id in the path (400); no or a
 * revoked session or token (401); a cookie write without its CSRF token, or a member who has not set up the second
 * factor the workspace requires (403); a stored record found damaged when
 * read (409 `corrupt_record`); a database that cannot answer for now (503, with Retry-After).
 */
export function middlewareResponses(method: string, path: string): Record<string, string> {
  const writes = !SAFE.has(method.toLowerCase());
  const open = isPublicOperation(method, path);
  return {
    ...(path.includes("{") ? { 400: "A malformed id in the path" } : {}),
    ...(writes ? { 400: "Malformed JSON body", 413: "Body too large", 415: "The body is not JSON" } : {}),
    ...(open ? {} : { 401: "Not signed in, or the token is revoked" }),
    ...(open
      ? {}
      : {
          403:
            (writes ? "A session write without its X-CSRF-Token, or a" : "A") +
            " member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`)",
        }),
    409: "A stored record this answer reads is damaged (`corrupt_record`, naming it)",
    503: "The database cannot answer for now (see Retry-After)",
  };
}

/** `GET /api/v1/clients/{id}/money` → `getClientsByIdMoney`: stable while the path is (DESIGN.md §7). */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .replace(/^\/api\/v1\/?/, "")
    .split("/")
    .filter(Boolean)
    .map((segment) => {
      const param = /^\{(.+)\}$/.exec(segment);
      return param ? `By-${param[1]}` : segment;
    })
    .flatMap((segment) => segment.split(/[^A-Za-z0-9]+/))
    .filter(Boolean);
  return method.toLowerCase() + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
}

export function isPublicOperation(method: string, path: string): boolean {
  const key = `${method.toLowerCase()} ${path}`;
  return PUBLIC_OPERATIONS.some((pattern) => pattern.test(key));
}

/** The generated document, completed: security, operation ids, servers, tag descriptions. */
export function completeDocument(doc: Document): Document {
  const seen = new Map<string, string>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item ?? {})) {
      if (typeof op !== "object" || op === null || !("responses" in op)) continue;
      const operation = op as {
        operationId?: string;
        security?: Record<string, string[]>[];
        responses: Record<string, unknown>;
      };
      for (const [status, description] of Object.entries(middlewareResponses(method, path))) {
        operation.responses[status] ??= { description, content: PROBLEM };
      }
      const id = operation.operationId ?? operationIdOf(method, path);
      const other = seen.get(id);
      if (other) throw new Error(`operationId ${id} of ${method} ${path} is also ${other}'s`);
      seen.set(id, `${method} ${path}`);
      operation.operationId = id;
      operation.security ??= isPublicOperation(method, path)
        ? []
        : SAFE.has(method)
          ? [{ bearer: [] }, { session: [] }]
          : [{ bearer: [] }, { session: [], csrf: [] }];
    }
  }
  const used = [...new Set(Object.values(doc.paths ?? {}).flatMap((item) => operationTags(item)))].sort();
  return {
    ...doc,
    servers: [{ url: "/", description: "This Mandat server (every path starts with /api/v1)" }],
    tags: used.map((name) => ({ name, description: TAGS[name] ?? name })),
    components: {
      ...doc.components,
      securitySchemes: {
        ...doc.components?.securitySchemes,
        bearer: {
          type: "http",
          scheme: "bearer",
          description: "An API token created in Settings → API tokens. Needs no CSRF header.",
        },
        session: {
          type: "apiKey",
          in: "cookie",
          name: SESSION_COOKIE,
          description: "The web UI's session cookie, set by sign-in (`POST /api/v1/auth/login`).",
        },
        csrf: {
          type: "apiKey",
          in: "header",
          name: "X-CSRF-Token",
          description: "With the session cookie, on writes: the `csrfToken` of `GET /api/v1/me`.",
        },
      },
    },
  };
}

function operationTags(item: unknown): string[] {
  return Object.values(item ?? {}).flatMap((op) =>
    typeof op === "object" && op !== null && "tags" in op && Array.isArray(op.tags) ? (op.tags as string[]) : [],
  );
}
