/**
 * The OpenAPI document, built from the routes' schemas on an empty in-memory database that nothing reads.
 * `npm run openapi -- <file>` writes it (to stdout without a file); `npm run lint:openapi` lints it with Redocly's
 * recommended rules (redocly.yaml) and fails on any error.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createContext } from "../src/app/context.ts";
import { loadConfig } from "../src/config.ts";
import { createHttpApp } from "../src/http/app.ts";
import { openDatabase } from "../src/store/open-database.ts";

async function documentText(): Promise<string> {
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

const root = resolve(import.meta.dirname, "..");
const text = await documentText();
if (process.argv[2] === "--lint") {
  const dir = mkdtempSync(join(tmpdir(), "mandat-openapi-"));
  const file = join(dir, "openapi.json");
  writeFileSync(file, text);
  const lint = spawnSync(
    join(root, "node_modules/.bin/redocly"),
    ["lint", file, "--config", join(root, "redocly.yaml"), "--format", "codeframe"],
    { stdio: "inherit", env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" } },
  );
  rmSync(dir, { recursive: true, force: true });
  process.exit(lint.status ?? 1);
} else if (process.argv[2]) {
  writeFileSync(process.argv[2], text);
} else {
  process.stdout.write(text);
}
