import { fieldError } from "../errors.ts";

/** Offer numbers: `OFF-{YYYY}-{SEQ:4}`, e.g. `OFF-2026-0007`. The yearly counter lives in the store. */
const OFFER_NUMBER = /^OFF-(\d{4})-(\d{4,})$/;

export interface OfferNumberParts {
  year: number;
  sequence: number;
}

/** Formats `OFF-2026-0007` from `{ year: 2026, sequence: 7 }`; sequences above 9999 keep all their digits. */
export function formatOfferNumber(parts: OfferNumberParts): string {
  const { year, sequence } = parts;
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    throw fieldError("year", "invalid", `invalid year ${year}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) {
    throw fieldError("sequence", "invalid", `sequence must be a positive integer: ${sequence}`);
  }
  return `OFF-${year}-${String(sequence).padStart(4, "0")}`;
}

/** Parses an offer number; undefined when the text is not one. */
export function parseOfferNumber(text: string): OfferNumberParts | undefined {
  const match = OFFER_NUMBER.exec(text);
  if (!match) return undefined;
  const sequence = Number(match[2]);
  if (sequence < 1) return undefined;
  return { year: Number(match[1]), sequence };
}
