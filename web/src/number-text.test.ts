import { describe, expect, it } from "vitest";
import { formatNumberText, parseNumberText, roundTo, sanitizeNumberText } from "./number-text.ts";

const value = (text: string, locale: string) => {
  const parsed = parseNumberText(text, locale);
  return parsed.kind === "number" ? parsed.value : parsed.kind;
};

/** Every prefix of a text, as a person types it key by key. */
const prefixes = (text: string) => [...text].map((_, i) => text.slice(0, i + 1));

describe("parseNumberText", () => {
  for (const locale of ["fr-CA", "en-CA"]) {
    it(`reads a comma or a point as the decimal and spaces between thousands in ${locale}`, () => {
      expect(value("112,50", locale)).toBe(112.5);
      expect(value("1 234,56", locale)).toBe(1234.56);
      expect(value("1\u00a0234,56", locale)).toBe(1234.56);
      expect(value("1\u202f234,56", locale)).toBe(1234.56);
      expect(value("1.5", locale)).toBe(1.5);
      expect(value("0,75", locale)).toBe(0.75);
      expect(value(",5", locale)).toBe(0.5);
      expect(value("1.234,56", locale)).toBe(1234.56);
      expect(value("1,234.56", locale)).toBe(1234.56);
      expect(value("1,234,567", locale)).toBe(1234567);
    });

    it(`never loses the digits before the decimal while typing in ${locale}`, () => {
      for (const text of ["112,50", "1 234,56", "1.5", "0,75"]) {
        const steps = prefixes(text).map((p) => value(p, locale));
        expect(steps.every((v) => typeof v === "number")).toBe(true);
        // Each step is at least the whole part typed so far: "112," is 112, not 0 or "".
        expect(steps.at(-1)).toBe(Number(text.replace(/ /g, "").replace(",", ".")));
      }
      expect(prefixes("112,50").map((p) => value(p, locale))).toEqual([1, 11, 112, 112, 112.5, 112.5]);
    });

    it(`says when nothing is typed or the text is not a number in ${locale}`, () => {
      expect(value("", locale)).toBe("empty");
      expect(value("  ", locale)).toBe("empty");
      expect(value("-", locale)).toBe("empty");
      expect(value("1,2.3,4", locale)).toBe("invalid");
      expect(value("abc", locale)).toBe("invalid");
    });
  }

  it("reads an English comma before three digits as thousands, a French one as the decimal", () => {
    expect(value("1,234", "en-CA")).toBe(1234);
    expect(value("1,234", "fr-CA")).toBe(1.234);
    expect(value("0,750", "en-CA")).toBe(0.75);
  });

  it("reads a minus sign", () => {
    expect(value("-12,5", "fr-CA")).toBe(-12.5);
  });
});

describe("sanitizeNumberText", () => {
  it("drops letters and symbols but keeps every digit and separator", () => {
    expect(sanitizeNumberText("1 234,56 $", false)).toBe("1 234,56 ");
    expect(sanitizeNumberText("-12a.5%", false)).toBe("12.5");
    expect(sanitizeNumberText("-12.5", true)).toBe("-12.5");
  });
});

describe("roundTo", () => {
  it("rounds half up on the decimal digits, not on the binary float", () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(112.505, 2)).toBe(112.51);
    expect(roundTo(0.125, 2)).toBe(0.13);
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(1e-7, 2)).toBe(0);
  });
});

describe("formatNumberText", () => {
  const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
  it("writes the number as the locale shows it, and reads back what it wrote", () => {
    expect(spaces(formatNumberText(1234.5, "fr-CA", 2, true))).toBe("1 234,50");
    expect(formatNumberText(1234.5, "en-CA", 2, true)).toBe("1,234.50");
    expect(formatNumberText(1.5, "en-CA", 3, false)).toBe("1.5");
    for (const locale of ["fr-CA", "en-CA"])
      for (const n of [0, 0.75, 1.234, 1234, 1234.56, 1234567.891])
        expect(value(formatNumberText(n, locale, 3, false), locale)).toBe(n);
  });
});
