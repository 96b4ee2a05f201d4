import { describe, expect, it } from "vitest";
import { isUnavailable, isUniqueViolation } from "./store-errors.ts";

const err = (code: string, message = "x") => Object.assign(new Error(message), { code });

describe("engine errors", () => {
  it("knows a passing database fault (503) from a bug (500)", () => {
    for (const e of [
      err("57P01", "terminating connection due to administrator command"),
      err("57P03", "the database system is starting up"),
      err("08006"),
      err("ECONNREFUSED"),
      err("ECONNRESET"),
      err("SQLITE_BUSY"),
      err("SQLITE_FULL"),
      err("SQLITE_IOERR_WRITE"),
      new Error("Connection terminated unexpectedly"),
      new Error("timeout exceeded when trying to connect"),
    ]) {
      expect(isUnavailable(e), String(e.message)).toBe(true);
    }
    for (const e of [err("23505"), err("42P01"), err("SQLITE_ERROR"), new TypeError("x is undefined"), null, "text"]) {
      expect(isUnavailable(e)).toBe(false);
    }
    expect(isUniqueViolation(err("23505"))).toBe(true);
  });
});
