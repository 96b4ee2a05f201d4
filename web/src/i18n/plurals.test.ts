/**
 * Plurals through i18next's rules, and no English left in the French bundle (issue 15, item 2): every key with a
 * plural form has each form its language needs (French: one, many, other; English: one, other); a count (`{{count}}`)
 * is only interpolated into plural forms; a number placed before a word is a count, so it has plural forms too; "(s)"
 * is never a plural; and the French strings hold none of a small list of English words.
 */
import { describe, expect, it } from "vitest";
import { resources, type Tree } from "./resources.ts";

const suffix = /_(zero|one|two|few|many|other)$/;

function leaves(tree: Tree, prefix = ""): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string" ? [[path, value] as [string, string]] : leaves(value, path);
  });
}

/** The plural categories a language's rules use for whole numbers, as i18next asks for them. */
function categories(lang: string): string[] {
  const rules = new Intl.PluralRules(lang);
  const seen = new Set<string>();
  for (const n of [0, 1, 2, 3, 5, 11, 21, 100, 1_000_000]) seen.add(rules.select(n));
  return [...seen];
}

/** Problems with plurals in one bundle; an empty list means it passes. */
function pluralProblems(tree: Tree, lang: string): string[] {
  const needed = categories(lang);
  const entries = leaves(tree);
  const forms = new Map<string, Set<string>>();
  for (const [key] of entries) {
    const m = suffix.exec(key);
    if (!m) continue;
    const base = key.slice(0, -m[0].length);
    forms.set(base, (forms.get(base) ?? new Set()).add(m[1]!));
  }
  const problems: string[] = [];
  for (const [base, have] of forms)
    for (const form of needed) if (!have.has(form)) problems.push(`${base}: no _${form} form`);
  for (const [key, value] of entries) {
    const plural = suffix.test(key);
    const countless = !plural && value.includes("{{count}}");
    if (countless) problems.push(`${key}: interpolates {{count}} without plural forms`);
    // "{{days}} jours", "{{n}} days": a number before a plural noun is a count and needs plural forms.
    const counted = /\{\{(\w+)\}\}\s+(\p{L}+[sx])(?!\p{L})/u.exec(value);
    const notACount =
      /^(done|total|duration|workspace|amount|paid|refund|credit|balance|number|name|reference|client)$/;
    if (
      !plural &&
      !countless &&
      counted &&
      !notACount.test(counted[1]!) &&
      !/^(est|mois|fois|prix|choix|vous|repeats)$/i.test(counted[2]!)
    )
      problems.push(`${key}: "${counted[0]}" counts without plural forms`);
    if (/\p{L}\(s\)/u.test(value)) problems.push(`${key}: "(s)" instead of plural forms`);
  }
  return problems;
}

/** English words that have no business in French text (a small dictionary: common words, not names or acronyms). */
const english = [
  "the",
  "and",
  "of",
  "for",
  "with",
  "per",
  "annum",
  "rules",
  "applying",
  "days",
  "late",
  "invoice",
  "invoices",
  "amount",
  "rate",
  "save",
  "cancel",
  "delete",
  "edit",
  "search",
  "loading",
  "settings",
  "arts",
  "ss",
  "act",
  "preparing",
  "calculating",
];

/** French strings holding an English word; URLs, {{placeholders}} and <tags> are left out. */
function englishInFrench(tree: Tree): string[] {
  const words = new RegExp(`(?<![\\p{L}'’-])(${english.join("|")})(?![\\p{L}'’-])`, "iu");
  const allowed = /\b(?:Sch\.|[A-Z]{2,})\b/g;
  return leaves(tree)
    .map(([key, value]) => [key, value.replace(/https?:\/\/\S+|\{\{[^}]*\}\}|<[^>]*>/g, "").replace(allowed, "")])
    .filter(([, value]) => words.test(value!))
    .map(([key, value]) => `${key}: ${words.exec(value!)![0]} in "${value}"`);
}

describe("plural forms", () => {
  it("gives every counted string each plural form of French and of English", () => {
    expect(pluralProblems(resources.fr, "fr")).toEqual([]);
    expect(pluralProblems(resources.en, "en")).toEqual([]);
  });

  it("fails on a missing form, a count without plurals and a '(s)'", () => {
    expect(pluralProblems({ a: { days_one: "{{count}} jour" } }, "fr")).toEqual([
      "a.days: no _other form",
      "a.days: no _many form",
    ]);
    expect(pluralProblems({ late: "{{count}} days late" }, "en")).toEqual([
      "late: interpolates {{count}} without plural forms",
    ]);
    expect(pluralProblems({ late: "{{days}} days late" }, "en")).toEqual([
      'late: "{{days}} days" counts without plural forms',
    ]);
    expect(pluralProblems({ pieces: "{{x}} pièce(s)" }, "fr")).toEqual(['pieces: "(s)" instead of plural forms']);
  });
});

describe("the French bundle", () => {
  it("holds no English word from the dictionary", () => {
    expect(englishInFrench(resources.fr)).toEqual([]);
  });

  it("catches English left in French", () => {
    expect(englishInFrench({ s: "Basic rules for applying the GST/HST and QST" })).toHaveLength(1);
    expect(englishInFrench({ s: "Code civil du Québec arts 1594-1595" })).toHaveLength(1);
    expect(englishInFrench({ s: "Source : {{source}}" })).toEqual([]);
  });
});
