import { describe, expect, it } from "vitest";
import { SOURCES } from "../tax/rule-sources.ts";
import { LEGAL_SOURCES, SOURCE_MARKERS } from "./legal-sources.ts";

// Official hosts (RULES-SOURCES: LégisQuébec, Justice Laws / LegisInfo, Légifrance, CRA, Revenu Québec, the Canada
// Gazette, EUR-Lex, the ECB) and CanLII for decisions; any other host is a commentary and says so in its status.
const OFFICIAL = new Set([
  "www.legisquebec.gouv.qc.ca",
  "laws-lois.justice.gc.ca",
  "www.parl.ca",
  "www.legifrance.gouv.fr",
  "www.canada.ca",
  "www.revenuquebec.ca",
  "gazette.gc.ca",
  "eur-lex.europa.eu",
  "www.ecb.europa.eu",
  "www.canlii.org",
]);

const all = [
  ...Object.entries(LEGAL_SOURCES).map(([key, s]) => ({ key, ...s, status: s.status ?? "official" })),
  ...Object.entries(SOURCES).map(([key, s]) => ({ key, article: "", ...s })),
];

describe("legal sources", () => {
  it.each(all)("$key: an https address of a live page shape (no trashed or draft post, no bare host)", (s) => {
    const url = new URL(s.url);
    expect(url.protocol).toBe("https:");
    expect(s.url).not.toMatch(/__trashed|[?&](preview|p)=\d+&|\/trash\/|\/draft/);
    expect(url.pathname.length + url.hash.length + url.search.length).toBeGreaterThan(1);
  });

  it.each(all)("$key: only an official host may be marked official or verified", (s) => {
    if (!OFFICIAL.has(new URL(s.url).host)) expect(["secondary", "unverified"]).toContain(s.status);
  });

  it("the Civil Code of Québec articles link to their own article on LégisQuébec", () => {
    for (const [key, article] of [
      ["ccq2125", "2125"],
      ["ccq2126", "2126"],
      ["ccq2129", "2129"],
    ] as const) {
      expect(LEGAL_SOURCES[key].url).toBe(`https://www.legisquebec.gouv.qc.ca/fr/document/lc/CCQ-1991#se:${article}`);
    }
    expect(SOURCES.ccq1617.url).toMatch(/CCQ-1991#se:1617$/);
    expect(SOURCES.ccq1594.url).toMatch(/CCQ-1991#se:1594$/);
  });

  it("a commentary's title carries its marker, the official text none", () => {
    for (const [key, s] of Object.entries(LEGAL_SOURCES)) {
      const marker = SOURCE_MARKERS.find((m) => s.title.endsWith(` ${m}`));
      if ((s.status ?? "official") === "official") expect(marker, key).toBeUndefined();
      else expect(marker, key).toBeDefined();
    }
  });
});
