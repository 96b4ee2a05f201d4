/**
 * The web's API client, generated from the OpenAPI document: `schema.d.ts` (openapi-typescript, never edited by
 * hand) types every path, parameter, body and answer, and openapi-fetch calls them. The session cookie goes with every
 * request, writes carry the CSRF token, and a problem answer (RFC 9457) becomes the same `ApiError` as before.
 * `call(client.GET("/api/v1/…", { params }))` answers the documented body of the success status, typed.
 */
import createClient, { type Middleware } from "openapi-fetch";
import { ApiError, csrfTokenForWrites, problemOf, rememberCsrfFrom } from "../api.ts";
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
