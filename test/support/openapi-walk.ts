/** Walks the OpenAPI document: the operations with a JSON body, and the body fields that name a record by its id. */
import { v7 as uuidv7 } from "uuid";
import { tableOf } from "../../src/http/workspace-ids.ts";
import type { ReferencedTable } from "../../src/store/workspace-ids-store.ts";

export type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};
export interface Operation {
  method: string;
  path: string;
  body: Schema;
}

/** Every operation with a JSON request body, its path parameters filled with a fresh id. */
export function jsonBodyOperations(doc: any): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      const body = op?.requestBody?.content?.["application/json"]?.schema;
      if (body) ops.push({ method: method.toUpperCase(), path: `${path.replace(/\{[^}]+\}/g, uuidv7())}`, body });
    }
  }
  return ops;
}

export function resolve(doc: any, s: Schema): Schema {
  return s.$ref ? resolve(doc, doc.components.schemas[s.$ref.split("/").pop()!]) : s;
}

/** Body paths (as nested keys, arrays as `[]`) of every property named like a record id. */
export function idFields(
  doc: any,
  schema: Schema,
  prefix: string[] = [],
  depth = 0,
): { keys: string[]; table: ReferencedTable }[] {
  if (depth > 6) return [];
  const s = resolve(doc, schema);
  const out: { keys: string[]; table: ReferencedTable }[] = [];
  for (const alt of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])])
    out.push(...idFields(doc, alt, prefix, depth + 1));
  if (s.items) out.push(...idFields(doc, s.items, [...prefix, "[]"], depth + 1));
  for (const [name, prop] of Object.entries(s.properties ?? {})) {
    const table = tableOf(name);
    if (table) out.push({ keys: [...prefix, name, ...(name.endsWith("Ids") ? ["[]"] : [])], table });
    else out.push(...idFields(doc, prop, [...prefix, name], depth + 1));
  }
  return out;
}

/** `{ a: [{ b: id }] }` from keys `a`, `[]`, `b`. */
export function nest(keys: string[], id: string): unknown {
  const [head, ...rest] = keys;
  if (head === undefined) return id;
  if (head === "[]") return [nest(rest, id)];
  return { [head]: nest(rest, id) };
}
