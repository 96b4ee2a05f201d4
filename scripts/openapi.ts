/**
 * The OpenAPI document, built from the routes' schemas on an empty in-memory database that nothing reads.
 * `npm run openapi -- <file>` writes it (to stdout without a file); `npm run lint:openapi` lints it with Redocly's
 * recommended rules (redocly.yaml) and fails on any error. `--types` writes the web client's types from it
 * (web/src/api/schema.d.ts); `--check-types` fails when that file is stale.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { CLIENT_TYPES_FILE, clientTypesOf, documentText, staleClientTypes } from "./openapi-types.ts";

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
} else if (process.argv[2] === "--types") {
  writeFileSync(CLIENT_TYPES_FILE, await clientTypesOf(text));
} else if (process.argv[2] === "--check-types") {
  const stale = staleClientTypes(await clientTypesOf(text));
  if (stale) {
    process.stderr.write(`${stale}\n`);
    process.exit(1);
  }
} else if (process.argv[2]) {
  writeFileSync(process.argv[2], text);
} else {
  process.stdout.write(text);
}
