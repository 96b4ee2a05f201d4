/**
 * Canonical text and fingerprints for documents that must never change (signed offers, approved change orders,
 * audit events). Canonical form is RFC 8785 (JSON Canonicalization Scheme): object keys sorted by UTF-16 code
 * units, no insignificant white space, numbers in their shortest form. Strings are NFC-normalised first so that
 * the same visible text always gives the same bytes. SHA-256 comes from @noble/hashes (pure, audited).
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import canonicalize from "canonicalize";

function normalise(value: unknown): unknown {
  if (typeof value === "string") return value.normalize("NFC");
  if (Array.isArray(value)) return value.map(normalise);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v !== undefined) out[k.normalize("NFC")] = normalise(v);
    }
    return out;
  }
  return value;
}

/** Canonical JSON text of a value (undefined properties dropped, strings NFC). */
export function canonicalText(value: unknown): string {
  const text = canonicalize(normalise(value));
  if (text === undefined) throw new TypeError("value cannot be canonicalised");
  return text;
}

/** Lower-case hex SHA-256 of a UTF-8 string. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
