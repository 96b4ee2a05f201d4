/**
 * Refuses text that cannot be stored as it was sent, before any route sees it: a lone UTF-16 surrogate (`"\ud800"`,
 * valid JSON but not Unicode, which no engine stores faithfully — PostgreSQL refuses it, SQLite would keep invalid
 * UTF-8) or a NUL character (refused by PostgreSQL's text), in the JSON body (keys and values) or the query string.
 * The answer is 400 `validation` naming the field; malformed JSON is 400 too. Content types are checked by each
 * route's OpenAPI body declaration (415 `unsupported_media_type`).
 */
import type { Context, MiddlewareHandler } from "hono";
import { DomainError, type FieldIssue } from "../domain/errors.ts";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textIssue(s: string): string | undefined {
  if (LONE_SURROGATE.test(s)) return "lone UTF-16 surrogate: not valid Unicode text";
  if (s.includes("\u0000")) return "NUL character not allowed in text";
  return undefined;
}

/** Every ill-formed string under `value`, by dotted path (`contacts.0.name`; a bad key is named by its parent). */
export function illFormedText(value: unknown, path = ""): FieldIssue[] {
  const here = path || "(body)";
  if (typeof value === "string") {
    const message = textIssue(value);
    return message ? [{ path: here, issue: "invalid_text", message }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => illFormedText(v, path ? `${path}.${i}` : String(i)));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => {
      const keyIssue = textIssue(k);
      const bad: FieldIssue[] = keyIssue ? [{ path: here, issue: "invalid_text", message: `key: ${keyIssue}` }] : [];
      return keyIssue ? bad : illFormedText(v, path ? `${path}.${k}` : k);
    });
  }
  return [];
}

const JSON_TYPE = /^application\/([a-z-.]+\+)?json\b/i;

/** Whether the request declares a JSON body (GET and HEAD never carry one that is read). */
export function declaresJsonBody(c: Context): boolean {
  return c.req.method !== "GET" && c.req.method !== "HEAD" && JSON_TYPE.test(c.req.header("content-type") ?? "");
}

/**
 * The request's JSON body (parsed once, cached by Hono for the route's validator), or undefined when the request has
 * no JSON body; malformed JSON is a 400 naming the body.
 */
export async function jsonBodyOf(c: Context): Promise<unknown> {
  if (!declaresJsonBody(c)) return undefined;
  if ((await c.req.text()).trim() === "") return undefined;
  try {
    return await c.req.json();
  } catch {
    throw new DomainError("validation", "the body is not valid JSON", {
      fields: [{ path: "(body)", issue: "malformed", message: "the body is not valid JSON" }],
    });
  }
}

export function wellFormedInput(): MiddlewareHandler {
  return async (c, next) => {
    const fields: FieldIssue[] = [];
    // Most reads have no query string: its parsing (a scan of the URL and an object) is skipped then.
    if (c.req.url.includes("?")) {
      for (const [name, values] of Object.entries(c.req.queries())) {
        for (const v of values) fields.push(...illFormedText(v, name).map((f) => ({ ...f, path: `query.${f.path}` })));
      }
    }
    if (LONE_SURROGATE.test(c.req.path) || c.req.path.includes("\u0000")) {
      fields.push({ path: "(path)", issue: "invalid_text", message: "the path is not valid text" });
    }
    const body = declaresJsonBody(c) ? await jsonBodyOf(c) : undefined;
    if (body !== undefined) fields.push(...illFormedText(body));
    if (fields.length > 0) {
      throw new DomainError("validation", `invalid text in ${fields.map((f) => f.path).join(", ")}`, { fields });
    }
    return next();
  };
}
