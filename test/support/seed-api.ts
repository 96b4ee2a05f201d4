/** Seeding a listening server over HTTP, as a browser would: a session cookie and the CSRF token on writes. */

/** A failed call of `seedApi`: the status and the problem document. */
export class SeedError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: any,
  ) {
    super(message);
  }
}

/**
 * A small API client to seed a journey (or any test) against a listening server: keeps the session cookie and sends
 * the CSRF token on writes, like the browser does. A 4xx/5xx answer throws a `SeedError`. `cookie()` is the session's
 * cookie header, for a request whose answer is not JSON.
 */
export function seedApi(baseUrl: string) {
  let cookie = "";
  let csrf = "";
  async function call<T = any>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: "application/json" };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (cookie) headers.cookie = cookie;
    if (csrf && method !== "GET") headers["x-csrf-token"] = csrf;
    const res = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = /mandat_session=[^;]*/.exec(res.headers.get("set-cookie") ?? "");
    if (set) cookie = set[0];
    const text = await res.text();
    const json = text ? JSON.parse(text) : undefined;
    if (!res.ok) throw new SeedError(`${method} ${path}: ${res.status} ${text}`, res.status, json);
    if (json && typeof json.csrfToken === "string") csrf = json.csrfToken;
    return json as T;
  }
  // The session's cookie, for a request that is not JSON (a PDF, a file).
  return Object.assign(call, { cookie: () => cookie });
}
