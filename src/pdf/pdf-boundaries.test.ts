import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** src/pdf turns a view model into bytes: it reads fonts from disk, but never the clock, the environment or the network. */
const FORBIDDEN = [
  /Date\.now\(\)|new Date\(\)/,
  /process\.env/,
  /\bfetch\(/,
  /from\s+["'](?:node:)?(?:http|https|net|child_process)["']/,
  /from\s+["']\.\.\/(?:app|store|http|cli)\//,
];

describe("src/pdf boundaries", () => {
  const files = readdirSync(import.meta.dirname).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
  it.each(files)("%s reads no clock, environment or network", (file) => {
    const text = readFileSync(join(import.meta.dirname, file), "utf8");
    for (const pattern of FORBIDDEN) expect(text, `${file} matches ${pattern}`).not.toMatch(pattern);
  });
});
