/**
 * Accuracy of the scope guard's suggestions on the labelled claims (test/fixtures/triage/labelled-claims.json):
 * overall, then per split (`dev` and `seen-holdout` claims tuned on, `holdout-3` claims never tuned on); unforeseen
 * claims (no expected clause) are counted apart: the share shown as "no close clause".
 * Then the splitting corpus (test/fixtures/triage/split-corpus): exact-split rate, recall and precision.
 * Run: node --import tsx bench/triage-accuracy.ts [--misses]
 */
import { readFileSync } from "node:fs";
import {
  evaluateRanking,
  type LabelledDataset,
  type RankingEvaluation,
} from "../src/domain/triage/evaluate-ranking.ts";
import { evaluateSplitting } from "../src/domain/triage/evaluate-splitting.ts";
import { loadSplitCorpus } from "../test/support/split-corpus.ts";

const path = new URL("../test/fixtures/triage/labelled-claims.json", import.meta.url);
const dataset = JSON.parse(readFileSync(path, "utf8")) as LabelledDataset;
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const splits = [...new Set(dataset.claims.map((c) => c.split ?? "all"))];
const line = (r: RankingEvaluation) =>
  `n=${r.n} top-1 ${pct(r.top1)}, top-3 ${pct(r.top3)}, shown as "no close clause" though a clause was expected: ${r.wronglyNoneClose}` +
  (r.unforeseen > 0 ? `; unforeseen n=${r.unforeseen}: "no close clause" ${pct(r.noneClose)}` : "");

const started = performance.now();
const overall = evaluateRanking(dataset);
const ms = performance.now() - started;
console.log(
  `triage ranking on ${overall.n + overall.unforeseen} labelled claims against ${dataset.offers.length} offers`,
);
console.log(`all: ${line(overall)}`);
for (const split of splits.length > 1 ? splits : []) {
  const r = evaluateRanking({ ...dataset, claims: dataset.claims.filter((c) => (c.split ?? "all") === split) });
  console.log(`  ${split}: ${line(r)}`);
}
console.log(
  `time: ${ms.toFixed(0)} ms (${(ms / Math.max(1, overall.n + overall.unforeseen)).toFixed(2)} ms per claim)`,
);
if (process.argv.includes("--misses")) {
  const splitOf = new Map(dataset.claims.map((c) => [c.id, c.split ?? "all"]));
  for (const m of overall.misses) {
    console.log(`- ${m.claimId} (${splitOf.get(m.claimId)}) rank ${m.rank ?? "-"}, score ${m.score}: ${m.text}`);
    console.log(`    expected ${m.expected.join(", ") || "no close clause"}; got ${m.got.join(", ")}`);
  }
}

const splitting = evaluateSplitting(loadSplitCorpus());
console.log(
  `splitting on ${splitting.messages} messages: exact split ${pct(splitting.exact)}, recall ${pct(splitting.recall)}, precision ${pct(splitting.precision)}, claims holding a greeting, closing or signature line: ${splitting.noisyClaims}`,
);
if (process.argv.includes("--misses")) {
  for (const m of splitting.misses)
    console.log(`- ${m.id}: expected ${JSON.stringify(m.expected)}; got ${JSON.stringify(m.got)}`);
}
