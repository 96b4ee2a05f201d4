/**
 * The one mapping from error codes to HTTP statuses, and RFC 9457 problem documents. A code without a status is a
 * compile error (Record<ErrorCode, …>).
 */
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ZodError } from "zod";
import { DomainError, type ErrorCode, type FieldIssue } from "../domain/errors.ts";
import { isUnavailable, isUniqueViolation } from "../store/store-errors.ts";

export const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf: 403,
  two_factor_setup_required: 403,
  signup_closed: 403,
  not_found: 404,
  conflict: 409,
  invalid_state: 409,
  corrupt_record: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
  mail_login_refused: 422,
  mail_server_unreachable: 502,
};

const TITLES: Record<ErrorCode, string> = {
  validation: "The request has invalid fields",
  unauthenticated: "Sign-in required",
  forbidden: "Not allowed",
  csrf: "Missing or invalid CSRF token",
  two_factor_setup_required: "Set up two-step sign-in first: the workspace requires it",
  signup_closed: "Sign-up is closed",
  not_found: "Not found",
  conflict: "Conflict",
  invalid_state: "Not allowed in the current state",
  corrupt_record: "A stored record is damaged",
  payload_too_large: "Request body too large",
  unsupported_media_type: "Unsupported media type",
  rate_limited: "Too many attempts",
  unavailable: "Service unavailable for a moment",
  mail_login_refused: "The mail server refused the login",
  mail_server_unreachable: "The mail server could not be reached",
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail: string;
  fields?: FieldIssue[];
  [extra: string]: unknown;
}

/** The members RFC 9457 and Mandat define; a detail of the same name is renamed, never allowed to replace one. */
const CORE_MEMBERS = new Set(["type", "title", "status", "code", "detail", "instance"]);

export function problemBody(error: DomainError): Problem {
  const { fields, ...details } = error.details ?? {};
  // e.g. an invoice's `status: "issued"` would otherwise replace the problem's HTTP status: it becomes `recordStatus`.
  const extra = Object.fromEntries(
    Object.entries(details).map(([k, v]) => [CORE_MEMBERS.has(k) ? `record${k[0]!.toUpperCase()}${k.slice(1)}` : k, v]),
  );
  return {
    type: `https://mandat.dev/problems/${error.code}`,
    title: TITLES[error.code],
    status: STATUS[error.code],
    code: error.code,
    detail: error.message,
    ...(fields ? { fields } : {}),
    ...extra,
  };
}

export function problemResponse(c: Context, error: DomainError): Response {
  const body = problemBody(error);
  const headers: Record<string, string> = { "content-type": "application/problem+json" };
  if (typeof body.retryAfterSeconds === "number") headers["retry-after"] = String(body.retryAfterSeconds);
  // The rest of a refused oversized body is not read: say so, rather than promise keep-alive and drop the socket.
  if (error.code === "payload_too_large") headers.connection = "close";
  return c.body(JSON.stringify(body), STATUS[error.code], headers);
}

/** zod issues as field issues: `address.city`, `contacts.0.email`. */
export function zodFields(error: ZodError): FieldIssue[] {
  return error.issues.map((i) => ({
    path: i.path.map(String).join(".") || "(body)",
    issue: i.code,
    message: i.message,
  }));
}

export function validationError(error: ZodError, where: string): DomainError {
  const fields = zodFields(error);
  return new DomainError("validation", `invalid ${where}: ${fields.map((f) => f.path).join(", ")}`, { fields });
}

/** What a 503 asks the client to wait before retrying. */
export const UNAVAILABLE_RETRY_SECONDS = 5;

/** Turns anything thrown into a DomainError, or undefined for a real server fault (logged, answered 500). */
export function toDomainError(err: unknown): DomainError | undefined {
  if (err instanceof DomainError) return err;
  if (isUniqueViolation(err)) return new DomainError("conflict", "this record already exists");
  if (isUnavailable(err)) {
    return new DomainError("unavailable", "the database does not answer for now; retry in a few seconds", {
      retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS,
    });
  }
  if (err instanceof HTTPException) {
    if (err.status === 413) return new DomainError("payload_too_large", "request body too large");
    if (err.status === 415) {
      return new DomainError("unsupported_media_type", "send the body as JSON with Content-Type: application/json", {
        fields: [{ path: "(body)", issue: "content_type", message: "expected Content-Type: application/json" }],
      });
    }
    if (err.status === 400)
      return new DomainError("validation", err.message || "malformed request", {
        fields: [{ path: "(body)", issue: "malformed", message: err.message }],
      });
  }
  return undefined;
}
