import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CLOSE_MATCH } from "./close-match.ts";
import { type BaselineEntry, createBaselineRanker, rankBaseline } from "./rank-baseline.ts";
import { splitClaims } from "./split-claims.ts";

/** A signed offer in French: content integration into someone else's WordPress site (the founding story). */
const offerFr: BaselineEntry[] = [
  { id: "d1", kind: "deliverable", title: "Intégration des textes fournis", description: "Dans les pages existantes." },
  { id: "d2", kind: "deliverable", title: "Formulaire de contact", description: "Nom, courriel et message." },
  { id: "d3", kind: "deliverable", title: "Page d'accueil : bannière et nouvelles sections" },
  { id: "d4", kind: "deliverable", title: "Vérification de l'affichage mobile" },
  { id: "x1", kind: "exclusion", title: "Rédaction et traduction des textes", description: "Textes fournis." },
  { id: "x2", kind: "exclusion", title: "Infolettre et automatisations courriel" },
  { id: "a1", kind: "assumption", title: "Une ronde de corrections incluse" },
];

/** The same kind of offer written in English. */
const offerEn: BaselineEntry[] = [
  { id: "d1", kind: "deliverable", title: "Homepage redesign", description: "Hero banner and three sections." },
  { id: "d2", kind: "deliverable", title: "Contact form", description: "Name, email and message fields." },
  { id: "d3", kind: "deliverable", title: "Responsive layout", description: "Phone and tablet." },
  { id: "d4", kind: "deliverable", title: "Search engine optimisation basics", description: "Titles, meta." },
  { id: "x1", kind: "exclusion", title: "Newsletter setup" },
  { id: "x2", kind: "exclusion", title: "Translation", description: "The site is delivered in English only." },
  { id: "a1", kind: "assumption", title: "Hosting provided by the client" },
];

const first = (claim: string, baseline: BaselineEntry[]) => rankBaseline({ claim, baseline })[0];

describe("rankBaseline", () => {
  it("puts the right item first on clear cases", () => {
    expect(first("Le formulaire de contact envoie rien", offerFr)?.id).toBe("d2");
    expect(first("La bannière de la page d'accueil est pas à jour", offerFr)?.id).toBe("d3");
    expect(first("le site est tout croche sur mobile", offerFr)?.id).toBe("d4");
    expect(first("The contact form doesn't send anything", offerEn)?.id).toBe("d2");
  });

  it("ranks an exclusion first when the claim asks for the excluded thing", () => {
    const s = first("Pouvez-vous aussi rédiger les textes de la page À propos?", offerFr);
    expect(s).toMatchObject({ id: "x1", kind: "exclusion" });
    expect(first("Can you set up our newsletter in Mailchimp?", offerEn)).toMatchObject({
      id: "x1",
      kind: "exclusion",
    });
    expect(first("On voudrait une infolettre mensuelle", offerFr)?.id).toBe("x2");
  });

  it("matches a French claim against an English offer through accents, case and synonyms", () => {
    expect(first("Le FORMULAIRE de contact marche pas", offerEn)?.id).toBe("d2");
    expect(first("la page d'accueil", offerEn)?.id).toBe("d1");
    expect(first("Faut traduire le site en français", offerEn)?.id).toBe("x2");
    expect(first("l'hébergement, c'est vous?", offerEn)?.id).toBe("a1");
    expect(first("le référencement est pas fait", offerEn)?.id).toBe("d4");
    expect(first("ça marche pas sur mon cellulaire", offerEn)?.id).toBe("d3");
  });

  it("reports the words of the claim that matched, as written", () => {
    const ranked = rankBaseline({ claim: "Le Formulaire de la page d'accueil", baseline: offerEn });
    expect(ranked.find((s) => s.id === "d1")?.matchedTerms).toEqual(["page d'accueil"]);
    expect(ranked.find((s) => s.id === "d2")?.matchedTerms).toEqual(["Formulaire"]);
    const [t] = rankBaseline({ claim: "Les formulaires sont brisés", baseline: offerFr });
    expect(t).toMatchObject({ id: "d2", matchedTerms: ["formulaires"] });
  });

  it("returns nothing when nothing in the baseline mentions the claim", () => {
    expect(
      rankBaseline({ claim: "Ajouter une boutique avec paiement par carte de crédit", baseline: offerFr }),
    ).toEqual([]);
    expect(rankBaseline({ claim: "", baseline: offerFr })).toEqual([]);
    expect(rankBaseline({ claim: "formulaire", baseline: [] })).toEqual([]);
  });

  it("scores between 0 and 1, best first, and the score falls when the claim is mostly about something else", () => {
    const ranked = rankBaseline({ claim: "formulaire de contact et bannière de la page d'accueil", baseline: offerFr });
    for (const s of ranked) {
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
    expect(ranked.map((s) => s.score)).toEqual([...ranked.map((s) => s.score)].sort((a, b) => b - a));
    const clear = first("formulaire de contact", offerFr)!;
    const diluted = first("formulaire de contact, boutique, paiement, livraison, inventaire, taxes", offerFr)!;
    expect(clear.id).toBe(diluted.id);
    expect(diluted.score).toBeLessThan(clear.score);
  });

  it("orders ties by kind then id, whatever the input order, and honours the limit", () => {
    const twins: BaselineEntry[] = [
      { id: "b", kind: "exclusion", title: "Logo" },
      { id: "z", kind: "deliverable", title: "Logo" },
      { id: "a", kind: "exclusion", title: "Logo" },
      { id: "c", kind: "assumption", title: "Logo" },
    ];
    const ids = (baseline: BaselineEntry[], limit?: number) =>
      rankBaseline({ claim: "le logo", baseline, limit }).map((s) => s.id);
    expect(ids(twins)).toEqual(["z", "a", "b", "c"]);
    expect(ids([...twins].reverse())).toEqual(["z", "a", "b", "c"]);
    expect(ids(twins, 2)).toEqual(["z", "a"]);
  });

  it("triages a pasted round: each claim of the message gets its closest clause", () => {
    const message = [
      "Bonjour,",
      "",
      "Voici ce qui manque :",
      "1) le formulaire de contact envoie rien",
      "2) les textes de la page À propos sont à réécrire",
      "3) on veut une infolettre",
      "4) ça plante sur mobile",
      "5) ajouter une boutique en ligne",
      "",
      "Merci,",
      "Julie",
    ].join("\n");
    const rank = createBaselineRanker(offerFr);
    const best = splitClaims(message).map((c) => rank(c.text, { limit: 1 })[0]?.id ?? "none");
    expect(best).toEqual(["d2", "x1", "x2", "d4", "none"]);
  });

  it("gives the same suggestions whatever the order of the baseline, with scores in (0, 1]", () => {
    const words = ["formulaire", "contact", "logo", "page d'accueil", "textes", "mobile", "infolettre", "the", "form"];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(), { minLength: offerFr.length, maxLength: offerFr.length }),
        (claimWords, keys) => {
          const claim = claimWords.join(" ");
          const shuffled = offerFr
            .map((e, i) => ({ e, k: keys[i]! }))
            .sort((a, b) => a.k - b.k)
            .map((x) => x.e);
          const ranked = rankBaseline({ claim, baseline: offerFr, limit: 10 });
          expect(rankBaseline({ claim, baseline: shuffled, limit: 10 })).toEqual(ranked);
          for (const s of ranked) expect(s.score > 0 && s.score <= 1).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("calibrated scores", () => {
  const demo: BaselineEntry[] = [
    {
      id: "d1",
      kind: "deliverable",
      title: "Intégration des textes des 8 pages existantes",
      description: "Accueil, À propos, Bières, Salle, Événements, Boutique, Nous joindre, Emplois.",
    },
    { id: "d2", kind: "deliverable", title: "Intégration des photos et de la galerie" },
    { id: "x1", kind: "exclusion", title: "Modification du code du thème" },
  ];

  it("a shared generic verb is no strong match: « Intégrer la boutique Shopify » is not 100 % the text integration", () => {
    const [top] = rankBaseline({ claim: "Intégrer la boutique Shopify", baseline: demo });
    expect(top?.id).toBe("d1");
    expect(top!.score).toBeLessThan(0.6);
    expect(rankBaseline({ claim: "Add a photo gallery", baseline: demo })[0]?.score ?? 0).toBeGreaterThan(CLOSE_MATCH);
  });

  it("a claim that restates a clause scores high; one that names nothing of the scope is not close", () => {
    // In a scope of two entries, every specific word shared is still evidence (it was once negative there).
    const tiny: BaselineEntry[] = [
      { id: "form", kind: "deliverable", title: "Contact form" },
      { id: "logo", kind: "exclusion", title: "Logo design" },
    ];
    expect(first("the contact form is broken", tiny)?.score ?? 0).toBeGreaterThanOrEqual(CLOSE_MATCH);
    expect(rankBaseline({ claim: "Intégrer les photos de la galerie", baseline: demo })[0]).toMatchObject({
      id: "d2",
      score: 1,
    });
    expect(rankBaseline({ claim: "Ajouter un blogue", baseline: demo })).toEqual([]);
  });

  it("a plain word the scope never uses is how the client tells it, not what the claim is about: the clause stays close", () => {
    const [top] = rankBaseline({
      claim: "Les photos de la galerie sont floues et étirées, on les avait pourtant envoyées à temps",
      baseline: demo,
    });
    expect(top?.id).toBe("d2");
    expect(top!.score).toBeGreaterThanOrEqual(CLOSE_MATCH);
    expect(top!.score).toBeLessThan(1);
  });

  it("two specific words of a clause keep it close however long the story around them; one word alone less so, and not for a request of other work", () => {
    const shop: BaselineEntry[] = [
      { id: "d1", kind: "deliverable", title: "Configuration de la boutique", description: "Devise, domaine." },
      {
        id: "d2",
        kind: "deliverable",
        title: "Paiements et taxes",
        description: "Shopify Payments et PayPal; TPS et TVQ configurées pour le Québec.",
      },
      { id: "d3", kind: "deliverable", title: "Livraison", description: "Tarifs Postes Canada." },
      { id: "x1", kind: "exclusion", title: "Photographie des produits" },
    ];
    const story =
      "Hier soir une cliente de Rimouski a passé sa commande, elle nous a appelés parce que la TVQ était pas calculée et que PayPal lui refusait sa carte";
    const [top] = rankBaseline({ claim: story, baseline: shop });
    expect(top?.id).toBe("d2");
    expect(top!.score).toBeGreaterThanOrEqual(CLOSE_MATCH);
    expect(top!.score).toBeLessThan(1);
    const [one] = rankBaseline({
      claim: "Hier soir une cliente de Rimouski a appelé parce que la TVQ l'inquiétait pour son entreprise de vélos",
      baseline: shop,
    });
    expect(one?.id).toBe("d2");
    expect(one!.score).toBeLessThan(top!.score);
    const [other] = rankBaseline({
      claim: "Pouvez-vous aussi gérer notre page Facebook et la TVQ de notre comptable?",
      baseline: shop,
    });
    expect(other?.id).toBe("d2");
    expect(other!.score).toBeLessThan(CLOSE_MATCH);
  });

  it("a thing of the trade that the scope never names keeps the claim away from a clause sharing a common word", () => {
    const [top] = rankBaseline({
      claim: "Pouvez-vous configurer notre boutique Shopify et le paiement?",
      baseline: demo,
    });
    expect(top?.score ?? 0).toBeLessThan(CLOSE_MATCH);
  });

  it("a request for an excluded thing ranks the exclusion first; a report of a broken thing, the deliverable", () => {
    const offer: BaselineEntry[] = [
      { id: "d", kind: "deliverable", title: "Import de 50 produits", description: "Photos et descriptions fournies." },
      { id: "x", kind: "exclusion", title: "Rédaction des fiches produits" },
    ];
    expect(first("Les descriptions des produits sont trop courtes, pouvez-vous les écrire?", offer)?.id).toBe("x");
    expect(first("Il manque les descriptions de 3 produits", offer)?.id).toBe("d");
  });

  it("the intent only tips comparable matches: a request does not lift a clause it barely touches", () => {
    const care: BaselineEntry[] = [
      { id: "d", kind: "deliverable", title: "Small content changes (2 hours per month)", description: "Text edits." },
      {
        id: "x",
        kind: "exclusion",
        title: "New features, new pages",
        description: "Quoted separately as a change order.",
      },
      { id: "a", kind: "assumption", title: "Requests are sent by email", description: "Not by phone." },
    ];
    expect(first("Please change the phone number in the footer", care)?.id).toBe("d");
  });

  it("inflections of a kept word are kept: « ordering » meets « order »", () => {
    const resto: BaselineEntry[] = [
      { id: "x", kind: "exclusion", title: "Online ordering and delivery" },
      { id: "d", kind: "deliverable", title: "Menu page" },
    ];
    expect(first("Can people order takeout on the site?", resto)?.id).toBe("x");
  });
});
