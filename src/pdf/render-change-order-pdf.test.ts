import { describe, expect, it } from "vitest";
import { buildSignature, QUEBEC_STUDIO } from "../../test/fixtures/pdf/build-offer-document.ts";
import { pdfText, saveArtifact } from "../../test/fixtures/pdf/pdf-text.ts";
import { buildChangeOrderContent } from "../domain/change-order/build-change-order-content.ts";
import { changeOrderDocument } from "../domain/change-order/change-order-document.ts";
import { renderChangeOrderPdf } from "./render-change-order-pdf.ts";

const GENERATED = "2026-11-26T14:30:00.000Z";
const OFFER_SHA = "4f1c9a3e2b7d6c5a8e9f0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4";
const agency = { name: "Agence Partenaire inc.", addressLines: ["Montréal (Québec)"], registrations: [] };

function documentIn(language: "fr" | "en") {
  const content =
    language === "fr"
      ? buildChangeOrderContent()
      : buildChangeOrderContent({
          title: "Complete the site as first expected",
          reason: "Work requested outside the signed offer (changing third-party code).",
          requester: "Project manager, Partner Agency",
          items: [
            {
              id: "i1",
              title: "Rebuild the mobile menu",
              description: "The existing theme's mobile menu does not open.",
              hours: 1.25,
              price: { kind: "hourly", hourlyRate: 8_500 },
            },
          ],
          scheduleImpactDays: 1,
          proposedDeliveryDate: "2026-03-21",
          language: "en",
        });
  return changeOrderDocument({
    changeOrder: { number: "OFF-2026-0007-A1", content },
    offer: { number: "OFF-2026-0007", version: 1, sha256: OFFER_SHA },
    issuer: QUEBEC_STUDIO,
    client: agency,
  });
}

describe("renderChangeOrderPdf", () => {
  it("prints an approved French change order with the amended offer, items, schedule and approval certificate", async () => {
    const document = documentIn("fr");
    const approval = buildSignature(document, "Marc Gagnon");
    const bytes = await renderChangeOrderPdf({ document, status: "approved", approval, generatedAt: GENERATED });
    saveArtifact("change-order-fr-approved.pdf", bytes);
    const { pages, text } = await pdfText(bytes);

    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain("Page 1 de 2");
    expect(pages[1]).toContain("Page 2 de 2");
    expect(text).toContain("Avenant");
    expect(text).toContain("OFF-2026-0007-A1");
    expect(text).toContain("Modifie l’offre de service OFF-2026-0007 (version 1)");
    expect(text).toContain(OFFER_SHA);
    expect(text).toContain("Travail demandé hors de l’offre signée");
    expect(text).toContain("Gestionnaire de projet, Agence Partenaire");
    expect(text).toContain("Refaire le menu mobile");
    expect(text).toContain("1,25 85,00 $ 106,25 $");
    expect(text).toContain("Formulaire de contact");
    expect(text).toContain("3 Montant fixe 250,00 $");
    expect(text).toContain("Total de l’avenant (avant taxes) 356,25 $");
    expect(text).toContain("Livraison reportée de 4 jours");
    expect(text).toContain("24 mars 2026");
    const last = pages.at(-1) ?? "";
    expect(last).toContain("Certificat d’approbation");
    expect(last).toContain("Marc Gagnon");
    expect(last).toContain(approval.sha256);
    expect(last).toContain("L’empreinte recalculée du document imprimé est identique");
  });

  it("prints a sent English change order without a certificate", async () => {
    const bytes = await renderChangeOrderPdf({ document: documentIn("en"), status: "sent", generatedAt: GENERATED });
    saveArtifact("change-order-en-sent.pdf", bytes);
    const { pages, text } = await pdfText(bytes);
    expect(pages[0]).toContain("Page 1 of 1");
    expect(text).toContain("Amends offer of service OFF-2026-0007 (version 1)");
    expect(text).toContain("does not open. 1.25 $85.00 $106.25");
    expect(text).toContain("Delivery moved by 1 day");
    expect(text).toContain("March 21, 2026");
    expect(text).toContain("Status: Sent to the client");
    expect(text).not.toContain("Approval certificate");
  });

  it("flags a document that no longer matches its recorded fingerprint", async () => {
    const document = documentIn("fr");
    const approval = buildSignature(document);
    const tampered = { ...document, total: document.total + 100 };
    const bytes = await renderChangeOrderPdf({
      document: tampered,
      status: "approved",
      approval,
      generatedAt: GENERATED,
    });
    const { text } = await pdfText(bytes);
    expect(text).toContain("ATTENTION : l’empreinte recalculée du document imprimé diffère");
  });
});
