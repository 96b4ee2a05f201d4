import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyse, analyseTerm } from "./analyse.ts";
import { detectLanguage } from "./detect-language.ts";
import { foldText } from "./fold-text.ts";
import { isStopWord } from "./stop-words.ts";
import { tokenizeText } from "./tokenize-text.ts";

const terms = (text: string) => analyse(text).terms;
const words = (text: string) => analyse(text).tokens.map((t) => t.word);

describe("foldText", () => {
  it("removes accents and case", () => {
    expect(foldText("Référencement ÉTÉ Çà")).toBe("referencement ete ca");
    expect(foldText("l’accueil")).toBe("l'accueil");
  });
});

describe("tokenizeText", () => {
  it("drops French elisions and English possessives, keeping source offsets", () => {
    const text = "L'infolettre d'été et le client's form";
    const tokens = tokenizeText(text);
    expect(tokens.map((t) => t.word)).toEqual(["infolettre", "été", "et", "le", "client", "form"]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
  });

  it("gives a hyphenated word joined and in parts, but not a French inversion", () => {
    expect(tokenizeText("e-mail").map((t) => t.folded)).toEqual(["email", "mail"]);
    expect(tokenizeText("sous-menu").map((t) => t.folded)).toEqual(["sousmenu", "sous", "menu"]);
    expect(tokenizeText("est-il prêt").map((t) => t.folded)).toEqual(["est", "il", "pret"]);
  });
});

describe("analyse", () => {
  it("is insensitive to case and accents", () => {
    expect(terms("RÉFÉRENCEMENT")).toEqual(terms("referencement"));
    expect(terms("Hébergement")).toEqual(expect.arrayContaining(terms("hebergement")));
  });

  it("stems plurals in both languages", () => {
    expect(terms("formulaires")).toEqual(terms("formulaire"));
    expect(terms("Les sauvegardes")).toEqual(terms("sauvegarde"));
    expect(terms("updates")).toEqual(expect.arrayContaining(terms("update")));
    // the French stemmer keeps "menus"; the English one, indexed too, gives "menu"
    expect(analyse("menus", "fr").tokens[0]?.otherTerms).toEqual(["menu"]);
    expect(analyseTerm("menus")).toEqual(expect.arrayContaining(["menus", "menu"]));
    expect(analyseTerm("menus", "fr")).not.toContain("menu");
  });

  it("removes French and English stop words and request words", () => {
    expect(words("Pourriez-vous ajouter le logo dans la page, svp?")).toEqual(["ajouter", "logo", "page"]);
    expect(words("Could you please add the logo to the page")).toEqual(["add", "logo", "page"]);
    expect(isStopWord("de")).toBe(true);
    expect(isStopWord("page")).toBe(false);
  });

  it("handles elisions: l'accueil and accueil give the same terms", () => {
    expect(terms("l'accueil")).toEqual(terms("accueil"));
    expect(terms("d'infolettre")).toEqual(terms("infolettre"));
  });

  it("adds synonym concepts across languages", () => {
    expect(terms("formulaire")).toContain("~form");
    expect(terms("contact form")).toContain("~form");
    expect(terms("infolettre")).toContain("~newsletter");
    expect(terms("Newsletter")).toContain("~newsletter");
    expect(terms("Le site plante sur mobile")).toEqual(expect.arrayContaining(["~defect", "~mobile"]));
    expect(terms("adaptatif")).toContain("~mobile");
    expect(terms("SEO")).toEqual(terms("seo"));
    expect(terms("Référencement")).toContain("~seo");
  });

  it("reads a phrase as one token standing for its concept", () => {
    const a = analyse("La page d'accueil et le nom de domaine");
    expect(a.tokens.map((t) => t.word)).toEqual(["page d'accueil", "nom de domaine"]);
    expect(a.terms).toEqual(["~homepage", "~domain"]);
    // the longest phrase wins: a credit card is a payment, not a map
    expect(terms("carte de crédit")).toEqual(["~payment"]);
    expect(terms("une carte")).toContain("~map");
    expect(terms("une carte")).not.toContain("~cart");
    // among words sharing a stem, the one written most like the text wins: advertising is no launch
    expect(terms("les publicités")).toContain("~ads");
    expect(terms("les publicités")).not.toContain("~launch");
    expect(terms("la publication des pages")).toContain("~launch");
  });

  it("detects the language from stop words, and a declared language wins", () => {
    expect(detectLanguage("Le formulaire ne marche pas sur la page")).toBe("fr");
    expect(detectLanguage("The form does not work on the page")).toBe("en");
    expect(detectLanguage("SEO")).toBe("fr");
    expect(analyse("The form is broken").lang).toBe("en");
    expect(analyse("The form is broken", "fr").lang).toBe("fr");
  });

  it("gives each token's terms back through analyseTerm (MiniSearch's processTerm)", () => {
    for (const t of analyse("Les formulaires de la page d'accueil plantent sur iPhone").tokens) {
      expect(new Set(analyseTerm(t.key, "fr"))).toEqual(new Set(t.terms));
      expect(new Set(analyseTerm(t.key))).toEqual(new Set([...t.terms, ...t.otherTerms]));
    }
    expect(analyseTerm("les")).toEqual([]);
  });

  it("never throws and keeps token offsets inside the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), (text) => {
        for (const t of analyse(text).tokens) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(t.start, t.end)).toBe(t.word);
        }
      }),
    );
  });
});
