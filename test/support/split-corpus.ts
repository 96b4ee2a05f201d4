import { readdirSync, readFileSync } from "node:fs";
import { parseSplitCase, type SplitCase } from "../../src/domain/triage/evaluate-splitting.ts";

const dir = new URL("../fixtures/triage/split-corpus/", import.meta.url);

/** The splitting corpus (test/fixtures/triage/split-corpus), one case per `*.txt` file, in file order. */
export function loadSplitCorpus(): SplitCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => parseSplitCase(f.replace(/\.txt$/u, ""), readFileSync(new URL(f, dir), "utf8")));
}
