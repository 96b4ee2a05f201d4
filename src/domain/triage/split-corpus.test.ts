import { describe, expect, it } from "vitest";
import { loadSplitCorpus } from "../../../test/support/split-corpus.ts";
import { evaluateSplitting } from "./evaluate-splitting.ts";

const corpus = loadSplitCorpus();

describe("splitting corpus (test/fixtures/triage/split-corpus)", () => {
  it("is realistic: at least 40 messages, both languages, every mail client", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    for (const lang of ["fr", "en"]) expect(corpus.filter((c) => c.lang === lang).length).toBeGreaterThanOrEqual(15);
    const clients = new Set(corpus.map((c) => c.client));
    for (const client of ["gmail", "outlook", "apple-mail", "thunderbird", "iphone", "plain"]) {
      expect(clients).toContain(client);
    }
  });

  it("splits like a person would: exact-split rate printed, no greeting, closing or signature line in any claim", () => {
    const result = evaluateSplitting(corpus);
    const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
    console.info(
      `splitting: ${result.messages} messages, exact split ${pct(result.exact)}, recall ${pct(result.recall)}, precision ${pct(result.precision)}`,
    );
    for (const m of result.misses)
      console.info(`  ${m.id}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}`);
    expect(result.misses.flatMap((m) => m.noise)).toEqual([]);
    expect(result.noisyClaims).toBe(0);
    expect(result.exact).toBeGreaterThanOrEqual(0.95);
  });

  it("counts a noisy claim and an inexact split", () => {
    const result = evaluateSplitting([
      {
        id: "x",
        client: "plain",
        lang: "fr",
        message: "- le logo\n- le menu\n\nJulie Tremblay, Agence X",
        expected: ["le logo"],
      },
    ]);
    expect(result.exact).toBe(0);
    expect(result.recall).toBe(1);
    expect(result.precision).toBe(0.5);
  });
});
