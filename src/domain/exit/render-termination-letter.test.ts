import { describe, expect, it } from "vitest";
import { foundingStoryExitFacts as facts, foundingStoryExitPlan as plan } from "./founding-story-exit.fixture.ts";
import { prepareExitPlan } from "./prepare-exit-plan.ts";
import {
  LETTER_SECTION_KEYS,
  renderTerminationLetter,
  type TerminationLetterInput,
} from "./render-termination-letter.ts";

const NBSP = "\u00a0";

/** The founding story's letter: cordial, reasons said briefly « au cas où ils voudraient se remettre en question ». */
const story: TerminationLetterInput = {
  lang: "fr",
  tone: "cordial",
  includeReasons: true,
  plan,
  provider: { name: "Collectif WEB", signatory: "Alexandre" },
  client: { name: "Agence Boréal inc.", contactName: "Mélanie" },
  basis: { kind: "cause" },
  reasons: {
    fr: "les attentes pour le premier mandat dépassent ce qui a été convenu dans l’offre de service signée, et nous n’avons pas trouvé de terrain d’entente sur les ajustements supplémentaires.",
    en: "the expectations for the first mandate go beyond what the signed service offer sets out, and we could not agree on how the additional adjustments would be handled.",
  },
};

describe("renderTerminationLetter — the founding story in Québec French, cordial, with reasons", () => {
  const letter = renderTerminationLetter(story);
  const s = letter.sections;

  it("opens with a greeting and thanks, and ends with good wishes and the signature", () => {
    expect(letter.subject).toBe("Fin de notre collaboration — OS-2026-004 et OS-2026-007");
    expect(letter.paragraphs[0]).toBe("Bonjour Mélanie,");
    expect(s.parties).toContain("Merci d’abord pour la confiance");
    expect(s.closing).toContain("vous souhaitons le meilleur pour la suite de vos projets");
    expect(letter.paragraphs.at(-1)).toBe("Cordialement,\nAlexandre\nCollectif WEB");
  });

  it("names the parties and both contracts, and the basis (art. 2126 C.c.Q.)", () => {
    expect(s.parties).toContain("Collectif WEB");
    expect(s.parties).toContain("Agence Boréal inc.");
    expect(s.parties).toContain(
      "l’offre de service OS-2026-004 « Intégration de contenu — site existant », signée le 8 septembre 2026",
    );
    expect(s.basis).toBe(
      "Après mûre réflexion, nous avons pris la décision de ne pas poursuivre notre collaboration. Nous résilions donc les contrats conformément à l’article 2126 du Code civil du Québec.",
    );
    expect(s.reasons).toContain(
      "Par souci de transparence, voici brièvement ce qui a motivé notre décision : les attentes",
    );
  });

  it("states the effective date and notice, the work status, and what is cancelled", () => {
    expect(s.effectiveDate).toBe(
      "La résiliation prendra effet le 5 novembre 2026, soit 14 jours après la date de la présente (22 octobre 2026).",
    );
    expect(s.workStatus).toContain("travaux livrés : Intégration du contenu des 12 pages et Ajustements demandés");
    expect(s.workStatus).toContain("travaux qui ne seront pas réalisés : Corrections complexes");
    expect(s.cancelled).toBe(
      `Nous annulons également l’offre de service OS-2026-007 « Nouveau site web (2e mandat) », signée le 13 octobre 2026 (7${NBSP}800,00${NBSP}$ avant taxes). Les travaux n’ayant pas commencé, aucun montant ne vous sera facturé à ce titre.`,
    );
  });

  it("keeps both invoices payable, issues no final invoice, owes no refund", () => {
    expect(s.invoices).toContain(`nº 2026-014 de 1${NBSP}839,60${NBSP}$ (échue le 8 octobre 2026)`);
    expect(s.invoices).toContain("nº 2026-019");
    expect(s.invoices).toContain("Aucune facture finale ne sera émise");
    expect(s.refund).toBe("Nous n’avons reçu aucune avance; aucun remboursement n’est dû.");
  });

  it("lists the handover with dates before the effective date, skipping what does not apply", () => {
    expect(s.handover).toContain("les fichiers sources et les éléments graphiques d’ici le 29 octobre 2026");
    expect(s.handover).toContain(
      "des notes de passation pour la personne qui prendra le relais d’ici le 3 novembre 2026",
    );
    expect(s.handover).not.toContain("DNS");
  });
});

describe("renderTerminationLetter — every section, both languages, both tones, with and without reasons", () => {
  const variants = (["fr", "en"] as const).flatMap((lang) =>
    (["cordial", "firm"] as const).flatMap((tone) =>
      [true, false].map((includeReasons) => ({ lang, tone, includeReasons })),
    ),
  );

  it.each(variants)("$lang $tone reasons=$includeReasons", (variant) => {
    const letter = renderTerminationLetter({
      ...story,
      ...variant,
      referral: { name: "Studio Lumen", contact: "bonjour@lumen.example" },
      survivingClauses: ["confidentiality", "ip_on_payment"],
    });
    for (const key of LETTER_SECTION_KEYS) {
      if (key === "reasons" && !variant.includeReasons) expect(letter.sections[key]).toBe("");
      else expect(letter.sections[key].length, key).toBeGreaterThan(20);
    }
    expect(letter.paragraphs.join("\n")).not.toMatch(/undefined|NaN|null/);
    expect(letter.paragraphs).toHaveLength(2 + LETTER_SECTION_KEYS.length - (variant.includeReasons ? 0 : 1));
    expect(letter.sections.referral).toContain("Studio Lumen (bonjour@lumen.example)");
  });

  it("firm English: formal greeting, 'hereby terminates', no reasons, formal sign-off", () => {
    const letter = renderTerminationLetter({ ...story, lang: "en", tone: "firm", includeReasons: false });
    expect(letter.subject).toBe("Notice of termination — OS-2026-004 and OS-2026-007");
    expect(letter.paragraphs[0]).toBe("Dear Sir or Madam,");
    expect(letter.sections.basis).toBe(
      "Collectif WEB hereby terminates the contracts under article 2126 of the Civil Code of Québec.",
    );
    expect(letter.sections.reasons).toBe("");
    expect(letter.sections.invoices).toContain("no. 2026-014 for $1,839.60 (due since October 8, 2026)");
    expect(letter.paragraphs.at(-1)).toBe("Yours truly,\nAlexandre\nCollectif WEB");
  });

  it("firm French: « Madame, Monsieur », « Par la présente », formal salutation", () => {
    const letter = renderTerminationLetter({ ...story, tone: "firm" });
    expect(letter.paragraphs[0]).toBe("Madame, Monsieur,");
    expect(letter.sections.basis).toContain("Par la présente, Collectif WEB résilie les contrats");
    expect(letter.sections.reasons).toContain("Cette décision repose sur le motif suivant");
    expect(letter.paragraphs.at(-1)).toContain("Veuillez agréer, Madame, Monsieur, nos salutations distinguées.");
  });

  it("without a referral the section is empty and left out of the paragraphs", () => {
    const letter = renderTerminationLetter(story);
    expect(letter.sections.referral).toBe("");
    // Neither a referral nor a surviving clause is recorded: both sections are left out.
    expect(letter.paragraphs).toHaveLength(2 + LETTER_SECTION_KEYS.length - 2);
  });

  it("claims no surviving clause (confidentiality, IP on payment) unless the contracts hold one", () => {
    const none = renderTerminationLetter(story);
    expect(none.sections.surviving).toBe("");
    expect(none.paragraphs.join(" ")).not.toMatch(/confidentialité|propriété intellectuelle|ne survit/);
    const held = renderTerminationLetter({ ...story, survivingClauses: ["confidentiality", "ip_on_payment"] });
    expect(held.sections.surviving).toContain("confidentialité");
    expect(held.sections.surviving).toContain(
      "Les droits de propriété intellectuelle sur les livrables vous seront cédés à la réception du paiement complet des sommes dues.",
    );
    const en = renderTerminationLetter({ ...story, lang: "en" });
    expect(en.paragraphs.join(" ")).not.toMatch(/confidentiality|intellectual property|survives/);
  });

  it("refuses to include reasons that were not written", () => {
    const { reasons: _r, ...noReasons } = story;
    expect(() => renderTerminationLetter(noReasons)).toThrowError(expect.objectContaining({ code: "validation" }));
  });
});

describe("renderTerminationLetter — money sections from worked 2129 examples", () => {
  const mandate = facts.mandates[0]!;

  it("a refund of unearned advances (5 000 $ fixed, 2 000 $ deposit paid, 25 % done → 750 $)", () => {
    const refundPlan = prepareExitPlan({
      ...facts,
      mandates: [
        {
          ...mandate,
          agreedPrice: 500_000,
          valuation: { method: "percent", percentComplete: 25 },
          invoicedToDate: 200_000,
          receivedToDate: 200_000,
        },
      ],
    });
    const fr = renderTerminationLetter({ ...story, plan: refundPlan });
    expect(fr.sections.refund).toBe(
      `Les avances reçues dépassent la valeur des travaux réalisés : nous vous rembourserons 750,00${NBSP}$ au plus tard le 5 novembre 2026.`,
    );
    const en = renderTerminationLetter({ ...story, lang: "en", plan: refundPlan });
    expect(en.sections.refund).toContain("we will refund $750.00 by November 5, 2026");
  });

  it("a final invoice for work done (12 000 $ fixed, 40 % done, expenses and a licence, 3 600 $ deposit → 1 799 $)", () => {
    const finalPlan = prepareExitPlan({
      ...facts,
      mandates: [
        {
          ...mandate,
          agreedPrice: 1_200_000,
          valuation: { method: "percent", percentComplete: 40 },
          expenses: 35_000,
          usablePropertyValue: 24_900,
          invoicedToDate: 360_000,
          receivedToDate: 360_000,
        },
      ],
    });
    expect(renderTerminationLetter({ ...story, plan: finalPlan }).sections.invoices).toContain(
      `Une facture finale de 1${NBSP}799,00${NBSP}$ avant taxes vous sera transmise pour les travaux réalisés jusqu’à la date de prise d’effet, en proportion du prix convenu (article 2129 du Code civil du Québec).`,
    );
  });

  it("France and common law cite their own basis", () => {
    const frPlan = { ...plan, jurisdiction: "FR" };
    expect(
      renderTerminationLetter({ ...story, plan: frPlan, basis: { kind: "convenience" } }).sections.basis,
    ).toContain("conformément à l’article 1211 du Code civil");
    expect(
      renderTerminationLetter({
        ...story,
        plan: frPlan,
        basis: { kind: "cause", formalNotice: { id: "n1", sentOn: "2026-10-01", cureDays: 15 } },
        reasons: { fr: "Factures impayées.", en: "Unpaid invoices." },
      }).sections.basis,
    ).toContain(
      "articles 1224 et 1226 du Code civil, notre mise en demeure du 1er octobre 2026 étant restée sans effet à l’expiration du délai de 15 jours qu’elle accordait",
    );
    const clPlan = { ...plan, jurisdiction: "CA-ON" };
    expect(
      renderTerminationLetter({ ...story, lang: "en", plan: clPlan, basis: { kind: "convenience", clause: "12.2" } })
        .sections.basis,
    ).toContain("under clause 12.2 of our agreement");
  });
});

describe("renderTerminationLetter — handover order", () => {
  it("lists the handover items earliest first", () => {
    const text = renderTerminationLetter({ ...story, lang: "en" }).sections.handover;
    const order = ["October 29", "October 31", "November 2", "November 3"].map((d) => text.indexOf(d));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order.every((i) => i > 0)).toBe(true);
  });
});
