/**
 * The web's API client, generated from the OpenAPI document: `schema.d.ts` (openapi-typescript, never edited by
 * hand) types every path, parameter, body and answer, and openapi-fetch calls them. The session cookie goes with every
 * request, writes carry the CSRF token, and a problem answer (RFC 9457) becomes a typed `ApiError` (code `network` when
 * there is no answer at all).
 * `call(client.GET("/api/v1/…", { params }))` answers the documented body of the success status, typed.
 */
import createClient, { type Middleware } from "openapi-fetch";
import type { components, operations, paths } from "./schema.d.ts";

export type { components, operations, paths };
/** A named schema of the document: `Schema<"InvoiceView">`. */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];

const csrf: Middleware = {
  onRequest({ request }) {
    const token = csrfTokenForWrites(request.method);
    if (token) request.headers.set("X-CSRF-Token", token);
    return request;
  },
};

/** A query string from the defined, non-empty values (a list's empty filter is no filter), as `query()` did. */
function querySerializer(params: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null && item !== "") search.append(key, String(item));
    }
  }
  return search.toString();
}

export const client = createClient<paths>({
  baseUrl: "",
  querySerializer,
  credentials: "same-origin",
  headers: { Accept: "application/json, application/problem+json" },
});
client.use(csrf);

/** The body of a successful answer (undefined for 204), or the problem thrown as an `ApiError`. */
export async function call<Data>(
  pending: Promise<{ data?: Data; error?: unknown; response: Response }>,
): Promise<Data> {
  let answer: { data?: Data; error?: unknown; response: Response };
  try {
    answer = await pending;
  } catch {
    throw new ApiError({ status: 0, code: "network" });
  }
  const { data, error, response } = answer;
  if (!response.ok) throw new ApiError(problemOf(response.status, error));
  rememberCsrfFrom(data);
  return data as Data;
}

export interface ProblemField {
  path: string;
  issue: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  code: string;
  detail?: string;
  fields?: ProblemField[];
}

/** An API answer with a 4xx/5xx status (or no answer at all: code `network`). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: ProblemField[];
  readonly detail: string | undefined;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? problem.code);
    this.name = "ApiError";
    this.status = problem.status;
    this.code = problem.code;
    this.fields = problem.fields ?? [];
    this.detail = problem.detail;
  }
}

let csrfToken: string | undefined;

/** Remembers the CSRF token given by signup, login, accept-invite, demo and `GET /me`. */
export function setCsrfToken(token: string | null | undefined): void {
  csrfToken = token ?? undefined;
}

/** The token a request of this method must carry (writes only). */
function csrfTokenForWrites(method: string): string | undefined {
  return method !== "GET" ? csrfToken : undefined;
}

/** Keeps the CSRF token an answer carries (signup, login, accept-invite, demo, `GET /me`). */
function rememberCsrfFrom(body: unknown): void {
  const token = csrfFrom(body);
  if (token) csrfToken = token;
}

/** The problem an error answer carries, or one made from its status when it carries none. */
function problemOf(status: number, body: unknown): Problem {
  const problem = isProblem(body) ? body : { status, code: codeForStatus(status) };
  return { ...problem, status };
}

function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null && typeof (value as { code?: unknown }).code === "string";
}

function csrfFrom(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const token = (value as { csrfToken?: unknown }).csrfToken;
  return typeof token === "string" ? token : undefined;
}

function codeForStatus(status: number): string {
  if (status === 401) return "unauthenticated";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 409) return "conflict";
  if (status === 413) return "payload_too_large";
  if (status === 429) return "rate_limited";
  if (status >= 500) return "server";
  return "validation";
}

/** A query string for a link the browser follows itself (a PDF, a CSV): "?a=1&b=2", or "" when every value is empty. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const text = querySerializer(params);
  return text ? `?${text}` : "";
}
