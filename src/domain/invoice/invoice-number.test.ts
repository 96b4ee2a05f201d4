import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  findSequenceGaps,
  formatInvoiceNumber,
  parseInvoiceNumber,
  parseInvoiceNumberPattern,
} from "./invoice-number.ts";

describe("invoice numbers", () => {
  it("formats the common patterns", () => {
    expect(formatInvoiceNumber({ pattern: "{YYYY}-{SEQ:4}", year: 2026, seq: 42 })).toBe("2026-0042");
    expect(formatInvoiceNumber({ pattern: "F{YY}/{SEQ:3}", year: 2026, seq: 7 })).toBe("F26/007");
    expect(formatInvoiceNumber({ pattern: "AV-{YYYY}-{SEQ}", year: 2026, seq: 3 })).toBe("AV-2026-3");
    expect(formatInvoiceNumber({ pattern: "{YYYY}-{SEQ:4}", year: 2026, seq: 12_345 })).toBe("2026-12345"); // never truncated
  });

  it("validates patterns with a reason", () => {
    expect(parseInvoiceNumberPattern("{YYYY}-{SEQ:4}")).toMatchObject({ ok: true, hasYear: true });
    expect(parseInvoiceNumberPattern("INV-{SEQ:6}")).toMatchObject({ ok: true, hasYear: false });
    for (const [bad, why] of [
      ["{YYYY}", /exactly one \{SEQ\}/],
      ["{SEQ}{SEQ}", /exactly one/],
      ["{MM}-{SEQ}", /unknown token/],
      ["{SEQ:0}", /1 ≤ n ≤ 12/],
      ["{SEQ:13}", /1 ≤ n ≤ 12/],
      ["{YYYY-{SEQ}", /unknown token|unbalanced/],
      ["A}{SEQ}", /unbalanced/],
      ["Ä-{SEQ}", /letters/],
      ["", /1 to 40/],
    ] as const) {
      const r = parseInvoiceNumberPattern(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(why);
    }
  });

  it("refuses a bad sequence or year, naming the field", () => {
    expect(() => formatInvoiceNumber({ pattern: "{SEQ}", year: 2026, seq: 0 })).toThrow(/starts at 1/);
    expect(() => formatInvoiceNumber({ pattern: "{SEQ}", year: 26, seq: 1 })).toThrow(/four digits/);
    expect(() => formatInvoiceNumber({ pattern: "{NOPE}", year: 2026, seq: 1 })).toThrow(/unknown token/);
  });

  it("reads numbers back and round-trips", () => {
    expect(parseInvoiceNumber({ pattern: "{YYYY}-{SEQ:4}", number: "2026-0042" })).toEqual({ year: 2026, seq: 42 });
    expect(parseInvoiceNumber({ pattern: "F.{SEQ:2}", number: "FX01" })).toBeUndefined();
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 10_000_000 }), (year, seq) => {
        const pattern = "INV/{YYYY}.{SEQ:5}";
        expect(parseInvoiceNumber({ pattern, number: formatInvoiceNumber({ pattern, year, seq }) })).toEqual({
          year,
          seq,
        });
      }),
    );
  });

  it("finds gaps in a series", () => {
    expect(findSequenceGaps([1, 2, 3])).toEqual([]);
    expect(findSequenceGaps([4, 1, 2])).toEqual([3]);
    expect(findSequenceGaps([])).toEqual([]);
  });
});
