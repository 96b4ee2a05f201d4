#!/usr/bin/env node
// The full measurements behind issue 16, each a test run at a size too large for `npm test`, printing its figures:
//   npm run measure:fuzz   [-- --requests 100000 --seed 7]   fuzzed requests from the OpenAPI document, both engines
//   npm run measure:faults [-- --trials 50]                  PostgreSQL backends terminated under load
// PostgreSQL comes from TEST_DATABASE_URL (the local default below when unset).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [which, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: { requests: { type: "string" }, seed: { type: "string" }, trials: { type: "string" } },
});
const env = {
  ...process.env,
  TEST_DATABASE_URL: process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
};
const measurements = {
  fuzz: () => {
    env.FUZZ_REQUESTS = values.requests ?? "100000";
    env.FUZZ_SEED = values.seed ?? String(Date.now() % 1_000_000);
    return "test/http/fuzz.test.ts";
  },
  faults: () => {
    env.FAULT_TRIALS = values.trials ?? "50";
    return "test/processes/database-faults.test.ts";
  },
};
const pick = measurements[which];
if (!pick) {
  console.error(
    `usage: node scripts/measure.mjs <${Object.keys(measurements).join("|")}> [--requests N] [--seed S] [--trials N]`,
  );
  process.exit(2);
}
const file = pick();
// A breach of the OpenAPI document (a 500 is one) is recorded here and counted, instead of ending the run at the first.
const report = join(tmpdir(), `mandat-measure-${which}-${process.pid}.txt`);
env.CONTRACT_REPORT = report;
console.info(
  `[measure ${which}] ${file} with ${JSON.stringify({ FUZZ_REQUESTS: env.FUZZ_REQUESTS, FUZZ_SEED: env.FUZZ_SEED, FAULT_TRIALS: env.FAULT_TRIALS })}`,
);
const started = Date.now();
const run = spawnSync(join(root, "node_modules", ".bin", "vitest"), ["run", "--project", "unit", file], {
  cwd: root,
  env,
  stdio: "inherit",
});
const breaches = existsSync(report) ? readFileSync(report, "utf8").split("\n").filter(Boolean) : [];
console.info(`[measure ${which}] answers outside the OpenAPI document: ${breaches.length}`);
for (const line of breaches.slice(0, 20)) console.info(`  ${line.slice(0, 300)}`);
rmSync(report, { force: true });
console.info(`[measure ${which}] finished in ${Math.round((Date.now() - started) / 1000)} s, exit ${run.status}`);
process.exit(run.status ?? 1);
