/**
 * The one way the web UI talks to the API: JSON in and out, the session cookie sent by the browser, the CSRF token
 * added to every write, and RFC 9457 problem responses turned into a typed `ApiError`.
 */

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

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/** Calls `/api/v1{path}` and returns the parsed JSON body (undefined for 204). Throws `ApiError` on failure. */
export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json, application/problem+json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const token = csrfTokenForWrites(method);
  if (token) headers["X-CSRF-Token"] = token;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError({ status: 0, code: "network" });
  }
  const text = response.status === 204 ? "" : await response.text();
  const json: unknown = text ? safeParse(text) : undefined;
  if (!response.ok) throw new ApiError(problemOf(response.status, json));
  rememberCsrfFrom(json);
  return json as T;
}

/** The token a request of this method must carry (writes only), shared with the generated client (api/client.ts). */
export function csrfTokenForWrites(method: string): string | undefined {
  return method !== "GET" ? csrfToken : undefined;
}

/** Keeps the CSRF token an answer carries (signup, login, accept-invite, demo, `GET /me`). */
export function rememberCsrfFrom(body: unknown): void {
  const token = csrfFrom(body);
  if (token) csrfToken = token;
}

/** The problem an error answer carries, or one made from its status when it carries none. */
export function problemOf(status: number, body: unknown): Problem {
  const problem = isProblem(body) ? body : { status, code: codeForStatus(status) };
  return { ...problem, status };
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
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

/** Builds a query string from the defined, non-empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
