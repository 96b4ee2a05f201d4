/**
 * Numbers as people type them, in either UI language: a comma or a point as the decimal separator, spaces (also
 * no-break and narrow no-break ones) or apostrophes between thousands, and in English a comma between thousands too
 * ("1,234.56"). Parsing never drops a digit; formatting follows Intl for the UI locale.
 */

/** What a typed text means: a number, nothing typed, or text that is not a number yet. */
export type ParsedNumber = { kind: "number"; value: number } | { kind: "empty" } | { kind: "invalid" };

const spaces = /[\s\u00a0\u202f\u2009']/g;

/** Keeps only what can belong to a number (digits, separators, spaces, a leading minus): letters and symbols go. */
export function sanitizeNumberText(text: string, allowNegative: boolean): string {
  const kept = text.replace(allowNegative ? /[^\d.,\s\u00a0\u202f\u2009'-]/g : /[^\d.,\s\u00a0\u202f\u2009']/g, "");
  return allowNegative ? kept.replace(/(?!^)-/g, "") : kept;
}

/**
 * Reads a typed number. With both separators the last one is the decimal ("1.234,56", "1,234.56"); a separator
 * repeated is between thousands ("1,234,567"); a single comma followed by exactly three digits is between thousands
 * in English ("1,234"), a decimal otherwise ("112,50", "0,750").
 */
export function parseNumberText(text: string, locale: string): ParsedNumber {
  let s = text.replace(spaces, "");
  if (s === "" || s === "-") return { kind: "empty" };
  const negative = s.startsWith("-");
  if (negative) s = s.slice(1);
  if (!/^[\d.,]+$/.test(s)) return { kind: "invalid" };
  const commas = s.split(",").length - 1;
  const points = s.split(".").length - 1;
  let decimal: "," | "." | undefined;
  if (commas > 0 && points > 0) decimal = s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
  else if (commas === 1 || points === 1) {
    const sep = commas === 1 ? "," : ".";
    const [whole = "", fraction = ""] = s.split(sep);
    const thousands =
      sep === "," && locale.toLowerCase().startsWith("en") && fraction.length === 3 && /[1-9]/.test(whole);
    decimal = thousands ? undefined : sep;
  }
  const grouping = decimal === "," ? "." : decimal === "." ? "," : /[.,]/g;
  const plain = s.replace(typeof grouping === "string" ? new RegExp(`\\${grouping}`, "g") : grouping, "");
  const parts = decimal ? plain.split(decimal) : [plain];
  if (parts.length > 2) return { kind: "invalid" };
  const [whole = "", fraction = ""] = parts;
  if (whole === "" && fraction === "") return decimal ? { kind: "empty" } : { kind: "invalid" };
  const value = Number(`${negative ? "-" : ""}${whole || "0"}.${fraction || "0"}`);
  return Number.isFinite(value) ? { kind: "number", value } : { kind: "invalid" };
}

/** Rounds half away from zero to `decimals` digits, shifting the point in the text so 1.005 gives 1.01. */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const [mantissa, exponent = "0"] = String(Math.abs(value)).split("e");
  const shifted = Math.round(Number(`${mantissa}e${Number(exponent) + decimals}`));
  const rounded = Number(`${shifted}e-${decimals}`);
  return value < 0 ? -rounded : rounded;
}

/** Writes a number as the locale shows it: "1 234,56" in fr-CA, "1,234.56" in en-CA. */
export function formatNumberText(value: number, locale: string, decimals: number, fixed: boolean): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: fixed ? decimals : 0,
    maximumFractionDigits: decimals,
  }).format(value);
}
