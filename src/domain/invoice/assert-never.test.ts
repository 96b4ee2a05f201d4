import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.ts";
import { assertNever } from "./assert-never.ts";
import { editDraftInvoice, type Invoice } from "./invoice-lifecycle.ts";

describe("assertNever", () => {
  it("throws a validation error naming the unknown value", () => {
    expect(() => assertNever("x" as never, "thing")).toThrow(new DomainError("validation", 'unknown thing: "x"'));
  });
  it("turns an unknown status read from storage into an error, not a silent pass", () => {
    const stale = { status: "archived", id: "x" } as unknown as Invoice;
    expect(() => editDraftInvoice(stale, {})).toThrow(/unknown invoice status: .*archived/);
  });
});
