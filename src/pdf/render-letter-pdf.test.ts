import { describe, expect, it } from "vitest";
import { bodyText, collapse, pdfText, saveArtifact } from "../../test/fixtures/pdf/pdf-text.ts";
import { foundingStoryExitPlan as plan } from "../domain/exit/founding-story-exit.fixture.ts";
import { renderTerminationLetter } from "../domain/exit/render-termination-letter.ts";
import { renderLetterPdf } from "./render-letter-pdf.ts";

const GENERATED = "2026-11-26T14:30:00.000Z";
const issuer = {
  name: "Collectif WEB",
  addressLines: ["123, rue Saint-Joseph Est", "Québec (Québec) G1K 3A9"],
  email: "bonjour@collectif.example",
};
const recipient = {
  name: "Agence Boréal inc.",
  contactName: "Madame Mélanie Côté",
  addressLines: ["500, boulevard René-Lévesque Ouest, bureau 1200", "Montréal (Québec) H2Z 1W7"],
};

describe("renderLetterPdf", () => {
  it("prints the founding story's termination letter in Québec French, every section intact", async () => {
    const letter = renderTerminationLetter({
      lang: "fr",
      tone: "cordial",
      includeReasons: true,
      plan,
      provider: { name: "Collectif WEB", signatory: "Alexandre" },
      client: { name: "Agence Boréal inc.", contactName: "Mélanie" },
      basis: { kind: "cause" },
      reasons: {
        fr: "les attentes pour le premier mandat dépassent ce qui a été convenu dans l’offre de service signée.",
        en: "the expectations for the first mandate go beyond what the signed service offer sets out.",
      },
    });
    const bytes = await renderLetterPdf({
      lang: "fr",
      issuer,
      recipient,
      date: "2026-11-26",
      place: "Québec",
      delivery: "Par courriel",
      subject: letter.subject,
      paragraphs: letter.paragraphs,
      generatedAt: GENERATED,
    });
    saveArtifact("letter-termination-fr.pdf", bytes);
    const { pages, text } = await pdfText(bytes);
    expect(pages.at(-1)).toContain(`Page ${pages.length} de ${pages.length}`);
    expect(text).toContain("Québec, le 26 novembre 2026");
    expect(text).toContain("PAR COURRIEL");
    expect(text).toContain("Madame Mélanie Côté Agence Boréal inc.");
    expect(text).toContain(`Objet : ${collapse(letter.subject)}`);
    const body = bodyText(pages, (page, total) => `Collectif WEB ${letter.subject} Page ${page} de ${total}`);
    expect(body).toContain(letter.paragraphs.map(collapse).join(" "));
    expect(text).toContain("article 2126 du Code civil du Québec");
  });

  it("prints an English reminder with its closing and a signature block", async () => {
    const bytes = await renderLetterPdf({
      lang: "en",
      issuer: { ...issuer, contactName: "Alexandre Roy" },
      recipient: { name: "Northwind Bakery Ltd.", addressLines: ["88 Queen Street West", "Toronto, Ontario M5H 2M9"] },
      date: "2026-12-01",
      place: "Québec City",
      subject: "Invoice 2026-0043 — second reminder",
      paragraphs: ["Dear Ms. Smith,", "Invoice 2026-0043 for $2,299.55 was due on December 6, 2026.\nPlease pay it."],
      closing: "Sincerely,",
      signature: { name: "Alexandre Roy", title: "Partner" },
      generatedAt: GENERATED,
    });
    saveArtifact("letter-reminder-en.pdf", bytes);
    const { pages, text } = await pdfText(bytes);
    expect(pages[0]).toContain("Page 1 of 1");
    expect(text).toContain("Québec City, December 1, 2026");
    expect(text).toContain("Subject: Invoice 2026-0043 — second reminder");
    expect(text).toContain(
      "was due on December 6, 2026. Please pay it. Sincerely, Alexandre Roy Partner Collectif WEB",
    );
  });
});
