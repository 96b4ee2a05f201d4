import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.ts";
import { type RenderRoundReplyInput, renderRoundReply } from "./render-round-reply.ts";

const SHA = "3f9a1c2b7d4e5f60718293a4b5c6d7e8f90123456789abcdef0123456789abcd";
const NB = "\u00a0";
const fr = (text: string) => `«${NB}${text}${NB}»`;

const input: RenderRoundReplyInput = {
  language: "fr",
  client: { name: "Agence Nova", contactName: "Julie" },
  issuer: { name: "Collectif WEB" },
  // 19:30 UTC on March 2 is 14:30 in Montréal: signed on March 2
  offer: {
    number: "OFF-2026-0007",
    signedAt: "2026-03-02T19:30:00.000Z",
    sha256: SHA,
    title: "Intégration du contenu",
  },
  date: "2026-03-16",
  receivedAt: "2026-03-13",
  signerName: "Alexandre Tremblay",
  claims: [
    {
      text: "Le formulaire de contact\n  n’envoie rien",
      triage: "in_scope",
      baseline: { kind: "deliverable", text: "Formulaire de contact" },
      estimatedHours: 1,
    },
    {
      text: "Ajouter un blogue avec catégories",
      triage: "change_order",
      baseline: { kind: "exclusion", text: "Aucun blogue ni système de nouvelles n’est inclus." },
      estimatedHours: 15,
      changeOrder: {
        number: "OFF-2026-0007-A1",
        portalUrl: "https://mandat.example/portal/abc",
        amount: { amount: 127_500, currency: "CAD" },
      },
    },
    {
      text: "Changer la couleur des boutons",
      triage: "goodwill",
      rationale: "Note interne : garder la relation",
      estimatedHours: 0.5,
      value: { amount: 4_500, currency: "CAD" },
    },
    {
      text: "Refaire le carrousel de l’ancien développeur",
      triage: "alternative",
      rationale: "Le carrousel actuel repose sur du code non documenté de l’ancien développeur",
      alternative: "remplacer le carrousel par une image fixe avec un bouton d’appel à l’action",
      estimatedHours: 2,
    },
    {
      text: "Traduire tout le site en anglais",
      triage: "declined",
      baseline: { kind: "exclusion", text: "La traduction des contenus n’est pas incluse." },
      rationale: "La traduction demande une expertise que nous n’offrons pas.",
    },
    { text: "Le formulaire de contact ne marche toujours pas", triage: "duplicate", duplicateOf: 1 },
  ],
};

describe("round reply in Québec French", () => {
  const { subject, body } = renderRoundReply(input);

  it("greets, thanks for the list and cites the signed offer with its short fingerprint", () => {
    expect(subject).toBe("Réponse à votre liste du 13 mars 2026 — offre de service OFF-2026-0007");
    expect(body.startsWith("Le 16 mars 2026\n\nBonjour Julie,\n\nMerci pour votre liste du 13 mars 2026.")).toBe(true);
    expect(body).toContain(
      `l’offre de service OFF-2026-0007 ${fr("Intégration du contenu")}, signée le 2 mars 2026 (empreinte 3f9a1c2b7d4e…¹)`,
    );
  });
  it("answers each claim with its outcome and the quoted clause", () => {
    expect(body).toContain(
      `1. ${fr("Le formulaire de contact n’envoie rien")}\nNous nous en occupons : cette demande fait partie du livrable ${fr("Formulaire de contact")} de l’offre signée.`,
    );
    expect(body).toContain(
      `Cette demande ne fait pas partie de l’offre signée, qui précise : ${fr("Aucun blogue ni système de nouvelles n’est inclus")}.`,
    );
    expect(body).toContain(
      `Nous vous proposons de la réaliser par l’avenant OFF-2026-0007-A1 (1${NB}275,00${NB}$ avant taxes), que vous pouvez consulter et approuver ici : https://mandat.example/portal/abc.`,
    );
    expect(body).toContain(
      `Nous le ferons sans frais, à titre de courtoisie (environ 0,5${NB}h, d’une valeur de 45,00${NB}$ que nous ne facturerons pas).`,
    );
    expect(body).toContain(
      "Le carrousel actuel repose sur du code non documenté de l’ancien développeur. Nous vous proposons plutôt ceci : remplacer le carrousel par une image fixe avec un bouton d’appel à l’action.",
    );
    expect(body).toContain(
      `Nous ne pourrons malheureusement pas donner suite à cette demande. La traduction demande une expertise que nous n’offrons pas. L’offre signée l’exclut expressément : ${fr("La traduction des contenus n’est pas incluse")}.`,
    );
    expect(body).toContain("Ce point reprend le point 1; notre réponse ci-dessus s’applique.");
  });
  it("names goodwill once as a courtesy that sets no precedent, and keeps its internal rationale out", () => {
    expect(body).toContain(
      "Le point 3 sera réalisé gracieusement, une seule fois. Ce geste ne modifie pas l’offre signée et ne constitue pas un précédent",
    );
    expect(body.match(/précédent/g)).toHaveLength(1);
    expect(body).not.toContain("Note interne");
  });
  it("says a change order commits to nothing until approved, and signs off with the full fingerprint", () => {
    expect(body).toContain("L’avenant OFF-2026-0007-A1 ne vous engage à rien tant que vous ne l’avez pas approuvé");
    expect(body).toContain("Cordialement,\n\nAlexandre Tremblay\nCollectif WEB");
    expect(
      body.endsWith(
        `¹ Empreinte SHA-256 complète de l’offre signée : ${SHA}. Elle permet de vérifier en tout temps que le document signé n’a pas été modifié.`,
      ),
    ).toBe(true);
  });
});

describe("round reply in English", () => {
  const { subject, body } = renderRoundReply({ ...input, language: "en" });

  it("cites the offer, answers each claim and quotes the clauses", () => {
    expect(subject).toBe("Our answer to your list of March 13, 2026 — offer OFF-2026-0007");
    expect(body.startsWith("March 16, 2026\n\nHello Julie,\n\nThank you for your list of March 13, 2026.")).toBe(true);
    expect(body).toContain(
      "offer OFF-2026-0007 “Intégration du contenu”, signed on March 2, 2026 (fingerprint 3f9a1c2b7d4e…¹)",
    );
    expect(body).toContain(
      "We will do it: this is part of the deliverable “Formulaire de contact” of the signed offer.",
    );
    expect(body).toContain(
      "This is not part of the signed offer, which states: “Aucun blogue ni système de nouvelles n’est inclus”.",
    );
    expect(body).toContain(
      "We propose to do it under change order OFF-2026-0007-A1 ($1,275.00 before taxes), which you can review and approve here: https://mandat.example/portal/abc.",
    );
    expect(body).toContain(
      "We will do it free of charge, as a courtesy (about 0.5\u00a0h, worth $45.00, which we will not invoice).",
    );
    expect(body).toContain("Instead, we propose: remplacer le carrousel");
    expect(body).toContain(
      "Unfortunately, we will not be able to take this on. La traduction demande une expertise que nous n’offrons pas. The signed offer explicitly excludes it: “La traduction des contenus n’est pas incluse”.",
    );
    expect(body).toContain("This repeats item 1; our answer above applies.");
    expect(body).toContain(
      "Item 3 will be done free of charge, as a one-time gesture. It does not change the signed offer and does not set a precedent",
    );
    expect(body).toContain(`¹ Full SHA-256 fingerprint of the signed offer: ${SHA}.`);
    expect(body).toContain("Kind regards,\n\nAlexandre Tremblay\nCollectif WEB");
  });
});

describe("round reply variants and refusals", () => {
  it("handles a change order not yet numbered, several goodwill items, a duplicate of an earlier round", () => {
    const { body, subject } = renderRoundReply({
      ...input,
      receivedAt: undefined,
      client: { name: "Agence Nova" },
      claims: [
        { text: "A", triage: "change_order", estimatedHours: 3 },
        { text: "B", triage: "goodwill", estimatedHours: 1 },
        { text: "C", triage: "goodwill" },
        { text: "D", triage: "duplicate" },
        { text: "E", triage: "duplicate", duplicateOf: 6 },
        {
          text: "F",
          triage: "in_scope",
          baseline: { kind: "assumption", text: "Les textes sont fournis par le client" },
        },
      ],
    });
    expect(subject).toBe("Réponse à votre liste — offre de service OFF-2026-0007");
    expect(body).toContain("Bonjour Agence Nova,");
    expect(body).toContain(
      "Cette demande ne fait pas partie de l’offre signée. Nous vous ferons parvenir un avenant qui en précise le prix et le délai.",
    );
    expect(body).toContain("Les points 2 et 3 seront réalisés gracieusement, une seule fois.");
    expect(body).toContain(
      "Ce point reprend une demande de votre liste précédente, à laquelle nous avons déjà répondu.",
    );
    expect(body).toContain("Ce point reprend le point 6; notre réponse ci-dessous s’applique.");
    expect(body).toContain(`l’offre signée le prévoit déjà (${fr("Les textes sont fournis par le client")})`);
    expect(body).not.toContain("ne vous engage");
  });
  it("states no value for goodwill time logged without a rate, in either language", () => {
    const claims: RenderRoundReplyInput["claims"] = [
      {
        text: "The menu overlaps the logo",
        triage: "goodwill",
        estimatedHours: 1.5,
        value: { amount: 0, currency: "CAD" },
      },
    ];
    const en = renderRoundReply({ ...input, language: "en", claims }).body;
    expect(en).toMatch(/We will do it free of charge, as a courtesy \(about 1\.5\sh\)\./);
    expect(en).not.toMatch(/worth|\$0\.00/);
    const fr = renderRoundReply({ ...input, claims }).body;
    expect(fr).not.toMatch(/valeur|0,00/);
  });
  it("shortens a very long claim and dates a signature given as a date", () => {
    const { body } = renderRoundReply({
      ...input,
      offer: { ...input.offer, signedAt: "2026-03-01" },
      claims: [{ text: "x".repeat(400), triage: "goodwill" }],
    });
    expect(body).toContain("signée le 1er mars 2026");
    expect(body).toContain(`${"x".repeat(299)}…${NB}»`);
  });
  it("refuses a malformed fingerprint, date, duplicate reference or empty list, naming the fields", () => {
    try {
      renderRoundReply({
        ...input,
        offer: { ...input.offer, sha256: "abc", signedAt: "hier" },
        date: "2026-13-01",
        claims: [{ text: "A", triage: "duplicate", duplicateOf: 1 }],
      });
      throw new Error("expected a refusal");
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect(((e as DomainError).details?.fields ?? []).map((f) => f.path)).toEqual([
        "offer.sha256",
        "date",
        "claims.0.duplicateOf",
        "offer.signedAt",
      ]);
    }
    expect(() => renderRoundReply({ ...input, claims: [] })).toThrow(expect.objectContaining({ code: "validation" }));
  });

  it("quotes the exclusion an alternative was judged against, in both languages", () => {
    const claim = {
      text: "On veut une boutique Shopify",
      triage: "alternative" as const,
      baseline: { kind: "exclusion" as const, text: "Boutique en ligne et paiement" },
      rationale: "La boutique n’est pas prévue",
      alternative: "un lien vers votre boutique Etsy",
    };
    const french = renderRoundReply({ ...input, claims: [claim] }).body;
    expect(french).toContain(`L’offre signée l’exclut expressément : ${fr("Boutique en ligne et paiement")}.`);
    expect(french).toContain("Nous vous proposons plutôt ceci : un lien vers votre boutique Etsy.");
    const english = renderRoundReply({ ...input, language: "en", claims: [claim] }).body;
    expect(english).toContain("The signed offer explicitly excludes it:");
  });

  it("restates an earlier answer for a repeat: declined with its exclusion, rejected change order, delivered", () => {
    const { body } = renderRoundReply({
      ...input,
      claims: [
        {
          text: "Le code du thème",
          triage: "duplicate",
          repeat: {
            answer: "declined",
            on: "2026-11-12",
            text: "On veut le code du thème",
            clause: { kind: "exclusion", text: "Corrections au code existant du thème" },
          },
        },
        {
          text: "La boutique",
          triage: "duplicate",
          repeat: {
            answer: "change_order_rejected",
            on: "2026-11-18",
            text: "Boutique",
            changeOrderNumber: "OFF-7-A1",
          },
        },
        {
          text: "Le formulaire",
          triage: "duplicate",
          repeat: { answer: "delivered", on: "2026-11-20", text: "Formulaire" },
        },
      ],
    });
    expect(body).toContain(
      `Nous avons déjà répondu à ce point le 12 novembre 2026 : nous ne pouvons malheureusement pas y donner suite. L’offre signée l’exclut expressément : ${fr("Corrections au code existant du thème")}.`,
    );
    expect(body).toContain("Ce point faisait l’objet de l’avenant OFF-7-A1, que vous avez refusé le 18 novembre 2026.");
    expect(body).toContain(`Ce point a été livré le 20 novembre 2026 (${fr("Formulaire")}).`);
  });
});

describe("a change order already answered", () => {
  const withChangeOrder = (
    language: "fr" | "en",
    changeOrder: NonNullable<RenderRoundReplyInput["claims"][number]["changeOrder"]>,
  ) =>
    renderRoundReply({
      ...input,
      language,
      claims: [{ text: "Ajouter un blogue", triage: "change_order", estimatedHours: 15, changeOrder }],
    }).body;
  const base = { number: "OFF-2026-0007-A1", amount: { amount: 127_500, currency: "CAD" as const } };

  it("says it was rejected, and when, rather than that it will be sent", () => {
    const fr = withChangeOrder("fr", { ...base, status: "rejected", answeredOn: "2026-03-14T15:00:00.000Z" });
    expect(fr).toContain(
      `Nous vous avons proposé de la réaliser par l’avenant OFF-2026-0007-A1 (1${"\u00a0"}275,00${"\u00a0"}$ avant taxes), que vous avez refusé le 14 mars 2026.`,
    );
    expect(fr).not.toContain("vous sera transmis");
    const en = withChangeOrder("en", { ...base, status: "rejected", answeredOn: "2026-03-14T15:00:00.000Z" });
    expect(en).toContain("which you rejected on March 14, 2026.");
    expect(en).not.toContain("we will send");
  });

  it("says it was approved, or already sent, as the records show", () => {
    expect(withChangeOrder("fr", { ...base, status: "approved", answeredOn: "2026-03-14" })).toContain(
      "que vous avez approuvé le 14 mars 2026.",
    );
    expect(withChangeOrder("fr", { ...base, status: "sent" })).toContain(", qui vous a été transmis pour approbation.");
    expect(withChangeOrder("fr", { ...base, status: "draft" })).toContain(", qui vous sera transmis pour approbation.");
    expect(withChangeOrder("en", { ...base, status: "sent" })).toContain(", which was sent for your approval.");
  });
});
