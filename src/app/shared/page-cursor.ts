/**
 * A keyset cursor: the sort key of the last row of a page, base64url JSON, opaque to the caller. A cursor that does
 * not decode to a key of the list's shape is the caller's error, on the query field that carried it.
 */
import { fieldError } from "../../domain/errors.ts";

export const encodeCursor = (key: readonly unknown[]): string => Buffer.from(JSON.stringify(key)).toString("base64url");

/**
 * The key `cursor` holds when it is an array of `shape.length` values each passing its check of `shape`; otherwise a
 * 400 on `field`.
 */
export function decodeCursor<K extends readonly unknown[]>(
  cursor: string,
  field: string,
  shape: { [I in keyof K]: (value: unknown) => boolean },
): K {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    key = undefined;
  }
  const ok = Array.isArray(key) && key.length === shape.length && shape.every((check, i) => check(key[i]));
  if (!ok) throw fieldError(field, "invalid_cursor", "cursor is not one this list gave");
  return key as unknown as K;
}

export const isString = (value: unknown): value is string => typeof value === "string";
