import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.ts";
import { type CreateTimeEntryInput, createTimeEntry } from "./time-entry.ts";

const base: CreateTimeEntryInput = {
  id: "t1",
  memberId: "alex",
  mandateId: "m1",
  date: "2026-03-10",
  minutes: 50,
  category: "goodwill",
  rounding: "up_15",
};

function fields(input: CreateTimeEntryInput): string[] {
  try {
    createTimeEntry(input);
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return ((e as DomainError).details?.fields ?? []).map((f) => `${f.path}:${f.issue}`);
  }
  throw new Error("expected a refusal");
}

describe("time entries", () => {
  it("keeps the recorded minutes and counts the rounded ones", () => {
    const e = createTimeEntry({ ...base, claimId: "c1", note: "  ajustements du menu " });
    expect(e).toEqual({
      id: "t1",
      memberId: "alex",
      mandateId: "m1",
      claimId: "c1",
      date: "2026-03-10",
      minutes: 60,
      recordedMinutes: 50,
      category: "goodwill",
      note: "ajustements du menu",
    });
  });
  it("accepts internal time without a mandate, and 1 and 1,440 minutes", () => {
    expect(createTimeEntry({ ...base, mandateId: null, category: "internal", minutes: 1 }).minutes).toBe(15);
    expect(createTimeEntry({ ...base, minutes: 1_440, rounding: "none" }).minutes).toBe(1_440);
  });
  it("refuses 0 minutes, more than a day, fractions and impossible dates", () => {
    expect(fields({ ...base, minutes: 0 })).toEqual(["minutes:out_of_range"]);
    expect(fields({ ...base, minutes: 1_441 })).toEqual(["minutes:out_of_range"]);
    expect(fields({ ...base, minutes: 12.5 })).toEqual(["minutes:out_of_range"]);
    expect(fields({ ...base, date: "2026-02-29" })).toEqual(["date:invalid_date"]);
  });
  it("refuses a claim without its mandate, and billable, included or goodwill time without a mandate", () => {
    expect(fields({ ...base, mandateId: undefined, category: "internal", claimId: "c1" })).toEqual([
      "claimId:needs_mandate",
    ]);
    for (const category of ["billable", "included", "goodwill"] as const) {
      expect(fields({ ...base, mandateId: "  ", category })).toEqual(["mandateId:required"]);
    }
  });
  it("refuses an unknown category or rounding rule, listing every field at fault", () => {
    expect(
      fields({ ...base, category: "overtime" as "billable", rounding: "up_7" as "none", memberId: "", minutes: -3 }),
    ).toEqual(["memberId:required", "minutes:out_of_range", "category:invalid", "rounding:invalid"]);
  });
});
