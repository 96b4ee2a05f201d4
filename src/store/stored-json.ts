/**
 * Stored JSON and enum columns read back through their zod schema: a row that no longer reads (a hand edit, a bug in
 * an older version) is `corrupt_record` naming its table, its id and the column at fault, never an object of the
 * wrong shape passed on to the domain.
 */
import type { z } from "zod";
import { DomainError } from "../domain/errors.ts";

export interface StoredRow {
  table: string;
  id: string;
  column: string;
}

/** `corrupt_record` naming the row and why it no longer reads. */
export function corrupt(row: StoredRow, why: string): DomainError {
  return new DomainError("corrupt_record", `${row.table} ${row.id} is damaged: its ${row.column} ${why}`, {
    record: { table: row.table, id: row.id, column: row.column },
  });
}

/** A stored value checked against its schema. */
export function parseStored<T extends z.ZodType>(schema: T, value: unknown, row: StoredRow): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const at = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
  throw corrupt(row, `does not match its schema${at}: ${issue?.message ?? "invalid"}`);
}

/** A JSON text column parsed, then checked against its schema. */
export function parseStoredJson<T extends z.ZodType>(schema: T, text: string, row: StoredRow): z.output<T> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw corrupt(row, "is not valid JSON");
  }
  return parseStored(schema, value, row);
}

/**
 * A stored aggregate whose lifecycle status must be one of `statuses` (the row's status column said so when the query
 * chose it): narrowed to those, or `corrupt_record` when its JSON says otherwise.
 */
export function storedInStatus<T extends { status: string }, S extends T["status"]>(
  value: T,
  statuses: readonly S[],
  row: StoredRow,
): Extract<T, { status: S }> {
  if ((statuses as readonly string[]).includes(value.status)) return value as Extract<T, { status: S }>;
  throw corrupt(row, `says ${value.status} where ${statuses.join(" or ")} was expected`);
}
