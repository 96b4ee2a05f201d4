/**
 * Invoice number patterns: `{YYYY}-{SEQ:4}` → `2026-0042`. Tokens: `{YYYY}` (year), `{YY}` (two-digit year),
 * `{SEQ}` or `{SEQ:n}` (the per-series counter, zero-padded to n digits, never truncated). Exactly one `{SEQ}`.
 * The gap-free counter itself lives in the store (one atomic UPDATE … RETURNING at issue); this file only formats.
 * Source: Dir. 2006/112/EC art. 226(2); CGI ann. II art. 242 nonies A 7° (RULES-SOURCES.md §5).
 */
import type { Check } from "../errors.ts";
import { fieldError } from "../errors.ts";
import { assertNever } from "./assert-never.ts";

export type PatternToken =
  | { kind: "literal"; text: string }
  | { kind: "year4" }
  | { kind: "year2" }
  | { kind: "seq"; width: number };

export interface ParsedNumberPattern {
  tokens: PatternToken[];
  /** True when the pattern carries the year, so the counter may restart each year without reusing a number. */
  hasYear: boolean;
}

const LITERAL = /^[A-Za-z0-9\-_/.# ]+$/;
const MAX_PATTERN = 40;

/** Parses and validates a pattern; `{ ok: false, reason }` explains what is wrong. */
export function parseInvoiceNumberPattern(pattern: string): Check<ParsedNumberPattern> {
  if (pattern.length === 0 || pattern.length > MAX_PATTERN) {
    return { ok: false, reason: `a pattern has 1 to ${MAX_PATTERN} characters` };
  }
  const tokens: PatternToken[] = [];
  const re = /\{([^}]*)\}|([^{}]+)|([{}])/g;
  for (const m of pattern.matchAll(re)) {
    if (m[3]) return { ok: false, reason: `unbalanced "${m[3]}" in the pattern` };
    if (m[2] !== undefined) {
      if (!LITERAL.test(m[2])) return { ok: false, reason: `"${m[2]}": use letters, digits, space or - _ / . #` };
      tokens.push({ kind: "literal", text: m[2] });
      continue;
    }
    const name = m[1] ?? "";
    if (name === "YYYY") tokens.push({ kind: "year4" });
    else if (name === "YY") tokens.push({ kind: "year2" });
    else {
      const seq = /^SEQ(?::(\d{1,2}))?$/.exec(name);
      if (!seq) return { ok: false, reason: `unknown token {${name}}: use {YYYY}, {YY}, {SEQ} or {SEQ:n}` };
      const width = seq[1] === undefined ? 1 : Number(seq[1]);
      if (width < 1 || width > 12) return { ok: false, reason: "{SEQ:n} needs 1 ≤ n ≤ 12" };
      tokens.push({ kind: "seq", width });
    }
  }
  const seqCount = tokens.filter((t) => t.kind === "seq").length;
  if (seqCount !== 1) return { ok: false, reason: "a pattern needs exactly one {SEQ} token" };
  return { ok: true, tokens, hasYear: tokens.some((t) => t.kind === "year4" || t.kind === "year2") };
}

function tokenText(t: PatternToken, year: number, seq: number): string {
  switch (t.kind) {
    case "literal":
      return t.text;
    case "year4":
      return String(year);
    case "year2":
      return String(year % 100).padStart(2, "0");
    case "seq":
      return String(seq).padStart(t.width, "0");
    default:
      return assertNever(t, "pattern token");
  }
}

function tokenRegExp(t: PatternToken): string {
  switch (t.kind) {
    case "literal":
      return t.text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    case "year4":
      return "(?<year>\\d{4})";
    case "year2":
      return "\\d{2}";
    case "seq":
      return `(?<seq>\\d{${t.width},})`;
    default:
      return assertNever(t, "pattern token");
  }
}

/** The options of `formatInvoiceNumber`. */
export interface FormatInvoiceNumberInput {
  pattern: string;
  year: number;
  /** The counter value, 1 for the first invoice of the series. */
  seq: number;
}

/** Formats a number: `{ pattern: "{YYYY}-{SEQ:4}", year: 2026, seq: 42 }` → `"2026-0042"`. */
export function formatInvoiceNumber(input: FormatInvoiceNumberInput): string {
  const parsed = parseInvoiceNumberPattern(input.pattern);
  if (!parsed.ok) throw fieldError("pattern", "invalid_pattern", parsed.reason);
  if (!Number.isInteger(input.year) || input.year < 1000 || input.year > 9999) {
    throw fieldError("year", "out_of_range", "year must have four digits");
  }
  if (!Number.isSafeInteger(input.seq) || input.seq < 1) {
    throw fieldError("seq", "out_of_range", "the sequence starts at 1");
  }
  return parsed.tokens.map((t) => tokenText(t, input.year, input.seq)).join("");
}

/** The options of `parseInvoiceNumber`. */
export interface ParseInvoiceNumberInput {
  pattern: string;
  number: string;
}

/** Reads a number back (imports, audits): its sequence, and its year when the pattern has `{YYYY}`. */
export function parseInvoiceNumber(input: ParseInvoiceNumberInput): { seq: number; year?: number } | undefined {
  const parsed = parseInvoiceNumberPattern(input.pattern);
  if (!parsed.ok) throw fieldError("pattern", "invalid_pattern", parsed.reason);
  const source = parsed.tokens.map(tokenRegExp).join("");
  const m = new RegExp(`^${source}$`).exec(input.number);
  if (!m?.groups?.seq) return undefined;
  const seq = Number(m.groups.seq);
  return m.groups.year ? { seq, year: Number(m.groups.year) } : { seq };
}

/**
 * Numbers missing from a series (a gap the store must explain — an issued number is never deleted).
 * `seqs` are the counter values issued in one series and year, in any order.
 */
export function findSequenceGaps(seqs: readonly number[]): number[] {
  if (seqs.length === 0) return [];
  const present = new Set(seqs);
  const max = Math.max(...seqs);
  const gaps: number[] = [];
  for (let n = 1; n <= max; n++) if (!present.has(n)) gaps.push(n);
  return gaps;
}
