import { describe, expect, it } from "vitest";
import { localDate } from "./local-date.ts";

describe("local date of an instant", () => {
  it("is the day in the given time zone", () => {
    // 02:30 UTC on March 11 is 22:30 on March 10 in Toronto (UTC−4) and 03:30 on March 11 in Paris (UTC+1)
    expect(localDate({ instant: "2026-03-11T02:30:00Z", timeZone: "America/Toronto" })).toBe("2026-03-10");
    expect(localDate({ instant: "2026-03-11T02:30:00Z", timeZone: "Europe/Paris" })).toBe("2026-03-11");
  });
  it("refuses a malformed instant or an unknown zone", () => {
    expect(() => localDate({ instant: "hier", timeZone: "UTC" })).toThrow(
      expect.objectContaining({ code: "validation" }),
    );
    expect(() => localDate({ instant: "2026-03-11T02:30:00Z", timeZone: "Nowhere/Here" })).toThrow(
      expect.objectContaining({ code: "validation" }),
    );
  });
});
