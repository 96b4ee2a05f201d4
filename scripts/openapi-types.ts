/**
 * The web client's types, generated from the OpenAPI document with openapi-typescript into
 * `web/src/api/schema.d.ts` (`npm run openapi:types`); `npm run check:openapi-types` fails when the file in the tree
 * is not what the document generates today.
 */
import { readFileSync } from "node:fs";
import { register } from "node:module";
import { resolve } from "node:path";
import { createContext } from "../src/app/shared/context.ts";
import { loadConfig } from "../src/config.ts";
import { createHttpApp } from "../src/http/app.ts";
import { openDatabase } from "../src/store/open-database.ts";

export const CLIENT_TYPES_FILE = resolve(import.meta.dirname, "../web/src/api/schema.d.ts");

const HEADER =
  "/**\n * Generated from the OpenAPI document by `npm run openapi:types` (openapi-typescript). Do not edit:\n" +
  " * change the routes' zod schemas and generate again. `npm run check:openapi-types` fails when it is stale.\n */\n\n";

/** The OpenAPI document, built from the routes' schemas on an empty in-memory database that nothing reads. */
export async function documentText(): Promise<string> {
  const store = openDatabase({ sqlitePath: ":memory:" });
  try {
    const config = loadConfig({ LOG_LEVEL: "error" });
    const ctx = createContext({ db: store.db, engine: store.engine, config, secret: "openapi-document-only" });
    const res = await createHttpApp(ctx).request("/api/v1/openapi.json");
    if (res.status !== 200) throw new Error(`the document answered ${res.status}`);
    return `${JSON.stringify(await res.json(), null, 2)}\n`;
  } finally {
    await store.close();
  }
}

let hooked = false;

/** The TypeScript text openapi-typescript generates for a document. */
export async function clientTypesOf(documentText: string): Promise<string> {
  if (!hooked) {
    register("./typescript-5-hook.mjs", import.meta.url);
    hooked = true;
  }
  const { default: openapiTS, astToString } = await import("openapi-typescript");
  const ast = await openapiTS(documentText, { alphabetize: true, exportType: false, defaultNonNullable: false });
  return HEADER + astToString(ast);
}

/** Why the file in the tree is not what the document generates, or undefined when it is. */
export function staleClientTypes(generated: string, file = CLIENT_TYPES_FILE): string | undefined {
  let current: string;
  try {
    current = readFileSync(file, "utf8");
  } catch {
    return `${file} is missing: run npm run openapi:types`;
  }
  if (current === generated) return undefined;
  const a = current.split("\n");
  const b = generated.split("\n");
  const line = a.findIndex((l, i) => l !== b[i]);
  return (
    `${file} is stale (first difference at line ${(line < 0 ? a.length : line) + 1}: ` +
    `${JSON.stringify(a[line] ?? "")} ≠ ${JSON.stringify(b[line] ?? "")}): run npm run openapi:types`
  );
}
