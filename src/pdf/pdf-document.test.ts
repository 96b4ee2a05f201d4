import { describe, expect, it } from "vitest";
import {
  pdfCreationDate,
  pdfPageSizes,
  pdfText,
  pdfTextItems,
  saveArtifact,
} from "../../test/fixtures/pdf/pdf-text.ts";
import { type CreatePdfDocumentInput, createPdfDocument } from "./pdf-document.ts";

const CREATED = "2026-11-26T15:00:00.000Z";
const LONG = Array.from({ length: 700 }, (_, i) => `mot${i + 1}`).join(" ");

async function sample(overrides: Partial<CreatePdfDocumentInput> = {}, rows = 60): Promise<Uint8Array> {
  const pdf = await createPdfDocument({
    locale: "fr-CA",
    title: "Essai de mise en page",
    issuerName: "Collectif Web Québec",
    headerRight: "ESSAI-1",
    createdAt: CREATED,
    ...overrides,
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
      { text: `Ligne ${i + 1}`, detail: i === 20 ? LONG : "Détail de la ligne, sur une ou deux lignes au besoin." },
      pdf.format.quantity(1500),
      pdf.format.money(12_500 * (i + 1), "CAD"),
    ]),
  });
  pdf.totals([{ label: "Total", value: pdf.format.money(999_999, "CAD"), strong: true }]);
  return pdf.finish();
}

describe("createPdfDocument", () => {
  it("embeds the fonts so French accents and typography survive text extraction", async () => {
    const bytes = await sample();
    saveArtifact("toolkit-fr-CA.pdf", bytes);
    const { text } = await pdfText(bytes);
    expect(text).toContain("Ce qui n’est pas inclus — « Hypothèses » œuvre façade");
    expect(text).toContain("é è à ç ô œ « guillemets » et l’apostrophe ’");
    expect(text).toContain("1 300,50 $");
    expect(text).toContain("1er mars 2026");
  });

  it("numbers every page « Page X de Y » and repeats the header and the table's column titles", async () => {
    const { pages } = await pdfText(await sample());
    expect(pages.length).toBeGreaterThanOrEqual(4);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} de ${pages.length}`);
      expect(page).toContain("Collectif Web Québec ESSAI-1");
      expect(page).toContain("Description Quantité Montant");
    });
  });

  it("numbers pages « Page X of Y » in English", async () => {
    const { pages } = await pdfText(await sample({ locale: "en-CA" }, 3));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain("Page 1 of 1");
  });

  it("splits a row taller than half a page between words and keeps every word, in order", async () => {
    const { text } = await pdfText(await sample());
    const positions = Array.from({ length: 700 }, (_, i) => text.indexOf(`mot${i + 1} `));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("keeps all content above the footer: nothing spills into the bottom margin", async () => {
    const items = await pdfTextItems(await sample());
    const intruders = items.filter(
      (item) => item.y < 62 && !/^(Page \d+ de \d+|Essai de mise en page)$/.test(item.text),
    );
    expect(intruders).toEqual([]);
    expect(items.some((item) => item.y < 62)).toBe(true);
  });

  it("uses Letter in Canada and A4 in France unless told otherwise", async () => {
    expect((await pdfPageSizes(await sample({}, 1)))[0]).toEqual({ width: 612, height: 792 });
    expect((await pdfPageSizes(await sample({ locale: "fr-FR" }, 1)))[0]).toEqual({ width: 595.28, height: 841.89 });
    expect((await pdfPageSizes(await sample({ locale: "fr-FR", pageSize: "LETTER" }, 1)))[0]).toEqual({
      width: 612,
      height: 792,
    });
  });

  it("is deterministic: the creation date is the argument and the same input gives the same bytes", async () => {
    const a = await sample({}, 5);
    const b = await sample({}, 5);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(await pdfCreationDate(a)).toMatch(/^D:20261126150000Z/);
    await expect(
      createPdfDocument({ locale: "fr-CA", title: "x", issuerName: "x", createdAt: "hier" }),
    ).rejects.toThrow(RangeError);
  });
});
