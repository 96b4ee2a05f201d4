import { describe, expect, it } from "vitest";
import { formatOfferNumber, parseOfferNumber } from "./offer-number.ts";

describe("offer numbers", () => {
  it("formats OFF-{YYYY}-{SEQ:4}", () => {
    expect(formatOfferNumber({ year: 2026, sequence: 7 })).toBe("OFF-2026-0007");
    expect(formatOfferNumber({ year: 2026, sequence: 1234 })).toBe("OFF-2026-1234");
    expect(formatOfferNumber({ year: 2026, sequence: 12345 })).toBe("OFF-2026-12345");
  });
  it("refuses a zero, negative or fractional sequence and a bad year", () => {
    for (const sequence of [0, -1, 1.5]) {
      expect(() => formatOfferNumber({ year: 2026, sequence })).toThrow(
        expect.objectContaining({ code: "validation" }),
      );
    }
    expect(() => formatOfferNumber({ year: 26, sequence: 1 })).toThrow(expect.objectContaining({ code: "validation" }));
  });
  it("parses what it formats", () => {
    expect(parseOfferNumber("OFF-2026-0007")).toEqual({ year: 2026, sequence: 7 });
    expect(parseOfferNumber("OFF-2026-0000")).toBeUndefined();
    expect(parseOfferNumber("INV-2026-0007")).toBeUndefined();
    expect(parseOfferNumber("OFF-2026-07")).toBeUndefined();
  });
});
