import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalText } from "../canonical.ts";
import { buildOfferContent } from "./build-offer-content.ts";
import type { DocumentParty } from "./signed-document.ts";
import { fingerprint, signedDocument, verifyFingerprint } from "./signed-document.ts";

const issuer: DocumentParty = {
  name: "Collectif WEB",
  addressLines: ["123, rue Saint-Joseph Est", "Québec (Québec) G1K 3A9"],
  email: "bonjour@collectif.example",
  registrations: [
    { label: "TPS", value: "123456789 RT0001" },
    { label: "TVQ", value: "1234567890 TQ0001" },
  ],
};
const client: DocumentParty = {
  name: "Agence Partenaire inc.",
  addressLines: ["Montréal (Québec)"],
  registrations: [],
};
const offer = { number: "OFF-2026-0007", version: 1, content: buildOfferContent() };

describe("signed document", () => {
  it("contains everything the client sees: parties, items, clauses, totals, terms, language, consent", () => {
    const doc = signedDocument({ offer, issuer, client });
    expect(doc).toMatchObject({
      kind: "offer",
      number: "OFF-2026-0007",
      version: 1,
      language: "fr",
      currency: "CAD",
      issuer,
      client,
      endClient: { name: "Boulangerie Saint-Roch" },
      exclusions: [{ id: "x1", text: "Modification du code développé par un tiers." }],
      assumptions: [{ id: "a1", text: "Le contenu est fourni complet et révisé." }],
      pricing: { model: "fixed" },
      totals: { subtotal: 130_000, total: 130_000, depositBps: 3_000, depositAmount: 39_000, isEstimate: false },
      schedule: { startDate: "2026-03-02", deliveryDate: "2026-03-20" },
      terms: { paymentDays: 30, lateInterestAnnualBps: 500, noticeDays: 14 },
      contractKind: "enterprise",
    });
    expect(doc.deliverables.map((d) => [d.title, d.amount, d.unitPrice])).toEqual([
      ["Intégration des pages", 100_000, 12_500],
      ["Mise en ligne", 30_000, undefined],
    ]);
    expect(doc.consentText).toContain("OFF-2026-0007 (version 1)");
  });

  it("carries no internal estimate of hours: the client signs what the client reads (format v2)", () => {
    expect(offer.content.deliverables.some((d) => d.estimatedHours !== undefined)).toBe(true);
    const doc = signedDocument({ offer, issuer, client });
    expect(doc.format).toBe("mandat.offer.v2");
    for (const d of doc.deliverables) expect(d).not.toHaveProperty("estimatedHours");
    expect(canonicalText(doc)).not.toContain("estimatedHours");
  });
  it("gives the same fingerprint whatever the key order or the Unicode form", () => {
    const doc = signedDocument({ offer, issuer, client });
    const reversed = Object.fromEntries(Object.entries(doc).reverse());
    expect(fingerprint(reversed)).toBe(fingerprint(doc));
    const decomposed = { ...doc, title: doc.title.normalize("NFD") };
    expect(decomposed.title).not.toBe(doc.title);
    expect(fingerprint(decomposed)).toBe(fingerprint(doc));
    expect(fingerprint(doc)).toMatch(/^[0-9a-f]{64}$/);
  });
  it("gives the same fingerprint for any recursive shuffle of the keys (property)", () => {
    const doc = signedDocument({ offer, issuer, client });
    const expected = fingerprint(doc);
    const shuffle = (value: unknown, seeds: number[], depth = 0): unknown => {
      if (Array.isArray(value)) return value.map((v) => shuffle(v, seeds, depth + 1));
      if (value === null || typeof value !== "object") return value;
      const entries = Object.entries(value);
      const seed = seeds[depth % seeds.length] ?? 0;
      const sorted = entries
        .map(([k, v], i) => [k, shuffle(v, seeds, depth + 1), (i * 7919 + seed) % 104_729] as const)
        .sort((a, b) => a[2] - b[2]);
      return Object.fromEntries(sorted.map(([k, v]) => [k, v]));
    };
    expect(Object.keys(shuffle(doc, [1]) as object)).not.toEqual(Object.keys(doc));
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), (seeds) => {
        expect(fingerprint(shuffle(doc, seeds))).toBe(expected);
      }),
    );
  });
  it("does not depend on the order deliverables are stored in, only on their positions", () => {
    const c = offer.content;
    const stored = { ...offer, content: { ...c, deliverables: [...c.deliverables].reverse() } };
    expect(fingerprint(signedDocument({ offer: stored, issuer, client }))).toBe(
      fingerprint(signedDocument({ offer, issuer, client })),
    );
  });
  it("changes when one visible byte changes: a price, a clause, a term, the version, the issuer", () => {
    const base = fingerprint(signedDocument({ offer, issuer, client }));
    const c = offer.content;
    const variants = [
      { ...offer, version: 2 },
      { ...offer, content: { ...c, exclusions: [{ id: "x1", text: "Modification du code développé par un tiers!" }] } },
      { ...offer, content: { ...c, terms: { ...c.terms, paymentDays: 31 } } },
      { ...offer, content: { ...c, language: "en" as const } },
      {
        ...offer,
        content: {
          ...c,
          deliverables: [{ ...c.deliverables[0]!, price: { kind: "unit" as const, unitPrice: 12_501 } }],
        },
      },
    ];
    for (const v of variants) expect(fingerprint(signedDocument({ offer: v, issuer, client }))).not.toBe(base);
    expect(fingerprint(signedDocument({ offer, issuer: { ...issuer, name: "Collectif Web" }, client }))).not.toBe(base);
  });
  it("hashes only the printed fields of a party and refuses a party without a name", () => {
    const withNote = { ...issuer, internalNote: "client difficile" } as DocumentParty;
    const doc = signedDocument({ offer, issuer: withNote, client });
    expect(doc.issuer).toEqual(issuer);
    expect(fingerprint(doc)).toBe(fingerprint(signedDocument({ offer, issuer, client })));
    expect(() => signedDocument({ offer, issuer, client: { ...client, name: " " } })).toThrow(
      expect.objectContaining({
        code: "validation",
        details: { fields: [expect.objectContaining({ path: "client.name" })] },
      }),
    );
  });
  it("verifies stored canonical text against its hash, and detects tampering", () => {
    const doc = signedDocument({ offer, issuer, client });
    const text = canonicalText(doc);
    const sha256 = fingerprint(doc);
    expect(verifyFingerprint({ text, sha256 })).toBe(true);
    expect(verifyFingerprint({ text: text.replace("130000", "130001"), sha256 })).toBe(false);
  });
});
