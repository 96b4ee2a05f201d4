import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** src/domain stays pure: no I/O, no other layer, no environment, no clock. */
const FORBIDDEN = [
  /from\s+["'](?:node:|fs|path|os|crypto|child_process|http|https|net)/,
  /from\s+["'](?:kysely|hono|@hono\/|pg|better-sqlite3|nodemailer|pdfkit)["'/]/,
  /from\s+["']\.\.\/(?:app|store|http|cli|pdf)\//,
  /process\.env/,
  /Date\.now\(\)|new Date\(\)/,
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return path.endsWith(".ts") && !path.endsWith(".test.ts") ? [path] : [];
  });
}

describe("src/domain boundaries", () => {
  const domainFiles = files(join(import.meta.dirname, "."));
  it.each(domainFiles)("%s imports no I/O and reads no clock or environment", (file) => {
    const text = readFileSync(file, "utf8");
    for (const pattern of FORBIDDEN) expect(text, `${file} matches ${pattern}`).not.toMatch(pattern);
  });
});
