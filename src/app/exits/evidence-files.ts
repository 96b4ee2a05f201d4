/** How the evidence pack writes its files: JSON as text, safe path segments, one `put` per file. */

/** A file of the pack as JSON (two-space indent, final newline). */
const encoder = new TextEncoder();
/** A text's UTF-8 bytes (what fflate's `strToU8` gives, without loading fflate at start). */
export const utf8 = (text: string): Uint8Array => encoder.encode(text);
export const json = (value: unknown) => utf8(`${JSON.stringify(value, null, 2)}\n`);

/** A path segment safe in every zip reader. */
export const safe = (name: string) => name.replace(/[^A-Za-z0-9._-]+/g, "_");

/** Adds a file to the pack. */
export type PutFile = (path: string, data: Uint8Array) => void;
