/**
 * Letters state only what the records show: no formal-notice words without a recorded notice whose delay has run;
 * reasons when a French résolution requires them, in the letter's own language; never a claim that an L442-1 notice
 * is sufficient when it is not; France's wording for a client in France; the late-interest terms of what stays
 * payable; singular and plural right.
 */
import { describe, expect, it } from "vitest";
import { foundingStoryExitFacts as facts } from "./founding-story-exit.fixture.ts";
import { prepareExitPlan } from "./prepare-exit-plan.ts";
import { renderTerminationLetter, type TerminationLetterInput } from "./render-termination-letter.ts";

const NOTICE_WORDS = /mise en demeure|avis de manquement|formal notice|breach notice/i;

const base = (jurisdiction: string, lang: "fr" | "en"): TerminationLetterInput => ({
  lang,
  tone: "firm",
  includeReasons: false,
  plan: prepareExitPlan({ ...facts, jurisdiction }),
  provider: { name: "Collectif WEB", signatory: "Alexandre" },
  client: { name: "Agence Boréale" },
  basis: { kind: "cause" },
  reasons: { fr: "Factures impayées depuis deux mois.", en: "Invoices unpaid for two months." },
});

const text = (input: TerminationLetterInput) => renderTerminationLetter(input).paragraphs.join("\n");

describe.each([
  ["CA-QC", "fr"],
  ["CA-QC", "en"],
  ["FR", "fr"],
  ["FR", "en"],
  ["CA-ON", "fr"],
  ["CA-ON", "en"],
] as const)("a %s letter in %s", (jurisdiction, lang) => {
  it("never mentions a formal notice when none is recorded", () => {
    expect(text(base(jurisdiction, lang))).not.toMatch(NOTICE_WORDS);
    expect(text({ ...base(jurisdiction, lang), basis: { kind: "convenience" } })).not.toMatch(NOTICE_WORDS);
  });

  it("does not cite a notice whose delay has not run by the letter's date, cites one that has", () => {
    const pending = { id: "n1", sentOn: "2026-10-15", cureDays: 15 };
    expect(text({ ...base(jurisdiction, lang), basis: { kind: "cause", formalNotice: pending } })).not.toMatch(
      NOTICE_WORDS,
    );
    const run = { id: "n1", sentOn: "2026-10-01", cureDays: 15 };
    const cited = text({ ...base(jurisdiction, lang), basis: { kind: "cause", formalNotice: run } });
    expect(cited).toMatch(NOTICE_WORDS);
    expect(cited).toMatch(lang === "fr" ? /1er octobre 2026/ : /October 1, 2026/);
  });
});

describe("reasons", () => {
  it("a French résolution states its reasons even when not asked (C. civ. 1226)", () => {
    expect(text(base("FR", "fr"))).toContain("Factures impayées depuis deux mois.");
    expect(text({ ...base("CA-QC", "fr") })).not.toContain("Factures impayées");
  });

  it("the English letter asks for English reasons rather than inserting the French ones", () => {
    const input = { ...base("FR", "en"), reasons: { fr: "Factures impayées.", en: "" } };
    expect(() => renderTerminationLetter(input)).toThrowError(
      expect.objectContaining({ details: { fields: [expect.objectContaining({ path: "reasons.en" })] } }),
    );
    const asked = { ...base("CA-QC", "en"), includeReasons: true, reasons: { fr: "Raisons.", en: "  " } };
    expect(() => renderTerminationLetter(asked)).toThrow(/English/);
  });
});

describe("L442-1", () => {
  const relationship = { kind: "convenience" as const, relationshipStart: "2023-03-01" };
  it("never claims the notice reflects the relationship when it is shorter than suggested", () => {
    expect(text({ ...base("FR", "fr"), basis: relationship })).not.toContain("L442-1");
    expect(text({ ...base("FR", "en"), basis: relationship })).not.toContain("L442-1");
  });
  it("says so when the notice reaches the suggested length", () => {
    const plan = prepareExitPlan({ ...facts, jurisdiction: "FR", effectiveDate: "2027-02-22" });
    expect(text({ ...base("FR", "fr"), plan, basis: relationship })).toContain("article L442-1 du Code de commerce");
  });
});

describe("wording, interest terms, singular and plural", () => {
  const withInterest = (bps: number, count = 2) =>
    prepareExitPlan({
      ...facts,
      unpaidInvoices: facts.unpaidInvoices.slice(0, count).map((i) => ({ ...i, lateInterestBps: bps })),
    });

  it("Québec keeps « avant taxes »; a client in France reads HT and TTC and « pénalités de retard »", () => {
    const qc = text({ ...base("CA-QC", "fr"), basis: { kind: "convenience" } });
    expect(qc).toContain("avant taxes");
    expect(qc).not.toMatch(/\bHT\b|\bTTC\b/);
    const france = text({
      ...base("FR", "fr"),
      plan: prepareExitPlan({ ...facts, jurisdiction: "FR", currency: "EUR" }),
      basis: { kind: "convenience" },
      client: { name: "Agence Lumière", country: "FR" },
    });
    expect(france).toMatch(/\bHT\b/);
    expect(france).toMatch(/\bTTC\b/);
    expect(france).toContain("pénalités de retard");
    expect(france).toContain("indemnité forfaitaire pour frais de recouvrement de 40 €");
    expect(france).not.toContain("avant taxes");
  });

  it("Québec: the rate of the terms from the due date, else the legal rate from a written demand", () => {
    const rated = text({ ...base("CA-QC", "fr"), plan: withInterest(150), basis: { kind: "convenience" } });
    expect(rated).toContain("Ces factures portent intérêt au taux annuel de 1,5 % à compter de leur échéance");
    const legal = text({ ...base("CA-QC", "en"), plan: withInterest(0), basis: { kind: "convenience" } });
    expect(legal).toContain("will bear interest at the legal rate of 5% per year from a written demand for payment");
  });

  it("one invoice is singular in both languages", () => {
    const one = { ...base("CA-QC", "fr"), plan: withInterest(150, 1), basis: { kind: "convenience" as const } };
    const fr = text(one);
    expect(fr).toContain("La facture suivante demeure payable selon ses conditions");
    expect(fr).toContain("Cette facture porte intérêt");
    const en = text({ ...one, lang: "en" });
    expect(en).toContain("The following invoice remains payable on its terms");
    expect(en).toContain("This invoice bears interest at 1.5% per year from its due date");
  });

  it("a one-day notice is « 1 jour » / “1 day”", () => {
    const plan = prepareExitPlan({ ...facts, effectiveDate: "2026-10-23" });
    expect(text({ ...base("CA-QC", "fr"), plan })).toContain("soit 1 jour après");
    expect(text({ ...base("CA-QC", "en"), plan })).toContain("1 day after");
  });
});
