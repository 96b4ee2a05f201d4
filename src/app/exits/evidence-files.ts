/** How the evidence pack writes its files: JSON as text, safe path segments, one `put` per file. */
import { strToU8 } from "fflate";

/** A file of the pack as JSON (two-space indent, final newline). */
export const json = (value: unknown) => strToU8(`${JSON.stringify(value, null, 2)}\n`);

/** A path segment safe in every zip reader. */
export const safe = (name: string) => name.replace(/[^A-Za-z0-9._-]+/g, "_");

/** Adds a file to the pack. */
export type PutFile = (path: string, data: Uint8Array) => void;
