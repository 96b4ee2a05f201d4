/**
 * Change-order numbers are per mandate: `{offerNumber}-A{n}`, e.g. `OFF-2026-0007-A2` for the second avenant to
 * offer OFF-2026-0007. Chosen over a workspace-wide `CO-{YYYY}-{SEQ}` because the number itself tells the client
 * which signed contract it amends and in which order, and the sequence is simply the count of the mandate's change
 * orders + 1 (the store counts inside the creating transaction; withdrawn ones keep their number, so there is no reuse).
 */
import { fieldError } from "../errors.ts";

const CHANGE_ORDER_NUMBER = /^(.+)-A(\d+)$/;

export interface ChangeOrderNumberParts {
  offerNumber: string;
  sequence: number;
}

/** `{offerNumber}-A{n}`. */
export function formatChangeOrderNumber(parts: ChangeOrderNumberParts): string {
  if (!Number.isSafeInteger(parts.sequence) || parts.sequence < 1) {
    throw fieldError("sequence", "invalid", `sequence must be a positive integer: ${parts.sequence}`);
  }
  if (parts.offerNumber.trim().length === 0) throw fieldError("offerNumber", "required", "offer number required");
  return `${parts.offerNumber}-A${parts.sequence}`;
}

/** Parses `OFF-2026-0007-A2`; undefined when the text is not a change-order number. */
export function parseChangeOrderNumber(text: string): ChangeOrderNumberParts | undefined {
  const match = CHANGE_ORDER_NUMBER.exec(text);
  if (!match) return undefined;
  const sequence = Number(match[2]);
  return sequence >= 1 && !match[2]!.startsWith("0") ? { offerNumber: match[1]!, sequence } : undefined;
}
