import { describe, expect, it } from "vitest";
import {
  buildEnglishOfferDocument,
  buildFrenchOfferDocument,
  buildSignature,
} from "../../test/fixtures/pdf/build-offer-document.ts";
import { pdfText, pdfTextItems, saveArtifact } from "../../test/fixtures/pdf/pdf-text.ts";
import { renderOfferPdf } from "./render-offer-pdf.ts";

const GENERATED = "2026-11-26T14:30:00.000Z";

describe("renderOfferPdf", () => {
  it("prints a signed French offer: deliverables, prices, exclusions, assumptions, terms, and the certificate last", async () => {
    const document = buildFrenchOfferDocument();
    const signature = buildSignature(document);
    const bytes = await renderOfferPdf({
      document,
      status: "signed",
      signature,
      generatedAt: GENERATED,
      offerId: "off_42",
    });
    saveArtifact("offer-fr-signed.pdf", bytes);
    const { pages, text } = await pdfText(bytes);

    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} de ${pages.length}`);
      expect(page).toContain("Collectif Web Québec");
    });
    expect(text).toContain("Offre de service");
    expect(text).toContain("OFF-2026-0012 — version 2");
    expect(text).toContain("Refonte du site de la Boulangerie Saint-Roch");
    expect(text).toContain("Agence Partenaire inc.");
    expect(text).toContain("Client final : Boulangerie Saint-Roch (réf. BSR-2026)");
    expect(text).toContain("TPS : 123456789 RT0001");
    for (const d of document.deliverables) expect(text).toContain(d.title);
    expect(text).toContain("Intégrer le contenu fourni (textes et images)");
    expect(text).toContain("12 page 125,00 $ 1 500,00 $");
    expect(text).toContain("Sous-total 9 710,00 $");
    expect(text).toContain("Total (avant taxes) 9 710,00 $");
    expect(text).toContain("Acompte à la signature (30 %) 2 913,00 $");
    expect(text).toContain("Mode de tarification Prix forfaitaire. Le prix est forfaitaire");
    expect(text).toContain("Exclusions (ce qui n’est pas inclus)");
    expect(text).toContain("Modification du code développé par un tiers");
    expect(text).toContain("Hébergement, nom de domaine et licences payantes.");
    expect(text).toContain("Hypothèses");
    expect(text).toContain("Le contenu est fourni complet et révisé");
    expect(text).toContain("2 novembre 2026");
    expect(text).toContain("29 janvier 2027");
    expect(text).toContain("30 jours suivant la date de la facture");
    expect(text).toContain("12 % par année");
    expect(text).toContain("(C.c.Q., art. 2129)");

    const last = pages.at(-1) ?? "";
    expect(last).toContain("Certificat de signature");
    expect(last).toContain("Julie Tremblay");
    expect(last).toContain(document.consentText);
    expect(last).toContain("2026-10-26T18:42:07.512Z");
    expect(last).toContain("26 octobre 2026 à 14 h 42 HAE");
    expect(last).toContain("203.0.113.42");
    expect(last).toContain("iPhone OS 18_1");
    expect(last).toContain(signature.sha256);
    expect(last).toContain("L’empreinte recalculée du document imprimé est identique");
    expect(last).toContain("GET /api/v1/offers/off_42/verify");
    expect(pages.slice(0, -1).join(" ")).not.toContain(signature.sha256);
  });

  it("repeats the deliverables table header on the page it continues on", async () => {
    const bytes = await renderOfferPdf({
      document: buildFrenchOfferDocument(),
      status: "sent",
      generatedAt: GENERATED,
    });
    const { pages } = await pdfText(bytes);
    const withRows = pages.filter((p) => p.includes("Gestion de projet") || p.includes("Maquettes des gabarits"));
    for (const page of withRows) expect(page).toContain("Livrable Quantité Prix unitaire Montant");
    expect(pages.join(" ")).not.toContain("Certificat de signature");
  });

  it("prints an English capped offer with its cap, estimate and labels in English", async () => {
    const document = buildEnglishOfferDocument();
    const bytes = await renderOfferPdf({ document, status: "sent", generatedAt: GENERATED });
    saveArtifact("offer-en-sent.pdf", bytes);
    const { pages, text } = await pdfText(bytes);
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
    expect(text).toContain("Offer of service");
    expect(text).toContain("Accessibility fixes");
    expect(text).toContain("20 hour $95.00 $1,900.00");
    expect(text).toContain("Cap $2,200.00");
    expect(text).toContain("Estimated total (before taxes) $2,200.00");
    expect(text).toContain("Billed on actual time, never above the cap of $2,200.00.");
    expect(text).toContain("Exclusions (not included)");
    expect(text).toContain("Redesign of pages or new features.");
    expect(text).toContain("Assumptions");
    expect(text).toContain("December 1, 2026");
    expect(text).toContain("18% per year");
    expect(text).not.toContain("Signature certificate");
  });

  it("flows a very long clause over pages in its own column, never into the footer", async () => {
    const base = buildFrenchOfferDocument();
    const clause = Array.from({ length: 600 }, (_, i) => `clause${i + 1}`).join(" ");
    const document = { ...base, terms: { ...base.terms, terminationClause: clause } };
    const bytes = await renderOfferPdf({ document, status: "sent", generatedAt: GENERATED });
    const items = await pdfTextItems(bytes);
    const words = items.filter((item) => item.text.includes("clause"));
    expect(new Set(words.map((w) => w.page)).size).toBeGreaterThan(1);
    expect(new Set(words.map((w) => Math.round(w.x)))).toEqual(new Set([Math.round(words[0]?.x ?? 0)]));
    expect(
      items.filter((item) => item.y < 62 && !/^(Page \d+ de \d+|Offre de service OFF-2026-0012)$/.test(item.text)),
    ).toEqual([]);
    const { text } = await pdfText(bytes);
    expect(text).toContain("clause600 Annulation");
  });

  it("refuses to print a signed offer without its evidence", async () => {
    await expect(
      renderOfferPdf({ document: buildFrenchOfferDocument(), status: "signed", generatedAt: GENERATED }),
    ).rejects.toMatchObject({ code: "validation" });
  });

  it("gives the same bytes for the same input (no clock read)", async () => {
    const document = buildEnglishOfferDocument();
    const a = await renderOfferPdf({ document, status: "sent", generatedAt: GENERATED });
    const b = await renderOfferPdf({ document, status: "sent", generatedAt: GENERATED });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
