/** Recognises engine errors that are the caller's fault, or a passing fault of the database, rather than a bug. */
export function isUniqueViolation(err: unknown): boolean {
  if (typeof err !== "object" || err === null) return false;
  const code = (err as { code?: unknown }).code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}

/** Socket errors of a lost or refused connection to PostgreSQL. */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/** SQLite: the file is locked past the busy timeout, the disk is full or failing. */
const SQLITE_UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|FULL|IOERR|CANTOPEN|PROTOCOL)/;

/**
 * True when the database cannot answer for now — PostgreSQL lost or refused the connection, is shutting down or
 * starting, or the pool timed out waiting for a connection; SQLite is busy past its timeout or the disk is full — so
 * the request may be retried later (503) and the process must keep running.
 */
export function isUnavailable(err: unknown): boolean {
  if (typeof err !== "object" || err === null) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === "string") {
    // 08xxx connection exceptions; 57P01-03 admin/crash shutdown, cannot connect now; 53300 too many connections
    if (/^08/.test(code) || /^57P0[1-3]$/.test(code) || code === "53300") return true;
    if (NETWORK_CODES.has(code) || SQLITE_UNAVAILABLE.test(code)) return true;
  }
  const message = (err as { message?: unknown }).message;
  return (
    typeof message === "string" &&
    /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable|Connection terminated unexpectedly)/.test(
      message,
    )
  );
}
