/**
 * Accuracy of the scope guard's suggestions on the labelled claims (test/fixtures/triage/labelled-claims.json).
 * Run: node --import tsx bench/triage-accuracy.ts [--misses]
 */
import { readFileSync } from "node:fs";
import { evaluateRanking, type LabelledDataset } from "../src/domain/triage/evaluate-ranking.ts";

const path = new URL("../test/fixtures/triage/labelled-claims.json", import.meta.url);
const dataset = JSON.parse(readFileSync(path, "utf8")) as LabelledDataset;
const started = performance.now();
const result = evaluateRanking(dataset);
const ms = performance.now() - started;

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
console.log(`triage ranking on ${result.n} labelled claims (${dataset.offers.length} offers)`);
console.log(`top-1 accuracy: ${pct(result.top1)}`);
console.log(`top-3 accuracy: ${pct(result.top3)}`);
console.log(`time: ${ms.toFixed(0)} ms (${(ms / Math.max(1, result.n)).toFixed(1)} ms per claim)`);
if (process.argv.includes("--misses")) {
  for (const m of result.misses) {
    console.log(
      `- ${m.claimId} rank ${m.rank ?? "-"}: ${m.text}\n    expected ${m.expected.join(", ")}; got ${m.got.join(", ")}`,
    );
  }
}
