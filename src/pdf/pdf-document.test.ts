import { describe, expect, it } from "vitest";
import { pdfText, saveArtifact } from "../../test/fixtures/pdf/pdf-text.ts";
import { createPdfDocument } from "./pdf-document.ts";

const CREATED = "2026-11-26T15:00:00.000Z";

async function sample(locale: "fr-CA" | "en-CA" | "fr-FR", rows = 60): Promise<Uint8Array> {
  const pdf = createPdfDocument({
    locale,
    title: "Essai de mise en page",
    issuerName: "Collectif Web Québec",
    headerRight: "ESSAI-1",
    createdAt: CREATED,
  });
  pdf.heading("Ce qui n’est pas inclus — « Hypothèses » œuvre façade");
  pdf.paragraph("Les accents é è à ç ô œ « guillemets » et l’apostrophe ’ restent intacts.");
  pdf.keyValues([
    { label: "Montant", value: pdf.format.money(130_050, "CAD") },
    { label: "Date", value: pdf.format.date("2026-03-01") },
  ]);
  pdf.table({
    columns: [
      { header: "Description", width: 6 },
      { header: "Quantité", width: 2, align: "right" },
      { header: "Montant", width: 2, align: "right" },
    ],
    rows: Array.from({ length: rows }, (_, i) => [
      { text: `Ligne ${i + 1}`, detail: "Détail de la ligne, assez long pour passer sur deux lignes au besoin." },
      pdf.format.quantity(1500),
      pdf.format.money(12_500 * (i + 1), "CAD"),
    ]),
  });
  pdf.totals([{ label: "Total", value: pdf.format.money(999_999, "CAD"), strong: true }]);
  return pdf.finish();
}

describe("createPdfDocument", () => {
  it("embeds the fonts so French accents and typography survive text extraction", async () => {
    const bytes = await sample("fr-CA");
    saveArtifact("toolkit-fr-CA.pdf", bytes);
    const { text } = await pdfText(bytes);
    expect(text).toContain("Ce qui n’est pas inclus — « Hypothèses » œuvre façade");
    expect(text).toContain("é è à ç ô œ « guillemets » et l’apostrophe ’");
    expect(text).toContain("1 300,50 $");
    expect(text).toContain("1er mars 2026");
  });
});
