/**
 * The one error class of Mandat. Every refusal the domain, the use-cases or the store can express carries one of
 * these codes; `src/http/problem.ts` maps each code to an HTTP status in a `Record<ErrorCode, number>`, so adding a
 * code without a status is a compile error.
 */
export type ErrorCode =
  | "validation" // input is malformed or out of range; `details.fields` names the fields at fault
  | "unauthenticated" // no valid session or token
  | "forbidden" // authenticated but the role does not allow it
  | "csrf" // cookie-authenticated write without the CSRF token
  | "two_factor_setup_required" // the workspace requires a second factor and this member has none yet: set it up first
  | "not_found" // unknown id, or an id of another workspace (never distinguished)
  | "conflict" // unique constraint, e.g. an e-mail already used
  | "invalid_state" // the lifecycle forbids this transition (signed offer edited, issued invoice changed…)
  | "rate_limited" // too many attempts
  | "payload_too_large"
  | "unsupported_media_type" // a body that is not JSON (or no Content-Type) where JSON is expected
  | "corrupt_record" // a stored record no longer reads or no longer matches what was frozen; `details.record` names it
  | "unavailable" // the database does not answer for now (lost connection, busy, disk full): retry later
  | "signup_closed"
  | "mail_login_refused" // the workspace's mail server refused its user name or password
  | "mail_server_unreachable"; // the workspace's mail server does not answer, or answers in a way Mandat cannot use

/** One failing field: a dotted path into the input and a human message (English; UIs translate by `issue`). */
export interface FieldIssue {
  path: string;
  issue: string;
  message: string;
}

export interface ErrorDetails {
  fields?: FieldIssue[];
  [key: string]: unknown;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails | undefined;

  constructor(code: ErrorCode, message: string, details?: ErrorDetails) {
    super(message);
    this.name = "DomainError";
    this.code = code;
    this.details = details;
  }
}

/** Shorthand for a validation error about one field. */
export function fieldError(path: string, issue: string, message: string): DomainError {
  return new DomainError("validation", message, { fields: [{ path, issue, message }] });
}

/** Result of an expected multi-outcome check. */
export type Check<T = object> = ({ ok: true } & T) | { ok: false; reason: string };
