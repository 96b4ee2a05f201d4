/**
 * What the client signs is what the client reads (issue 15, item 8): the offer's PDF never prints the team's
 * internal estimate of a deliverable's hours, which the portal does not show either.
 */
import { describe, expect, it } from "vitest";
import { buildEnglishOfferDocument, buildFrenchOfferDocument } from "../../test/fixtures/pdf/build-offer-document.ts";
import { pdfText } from "../../test/fixtures/pdf/pdf-text.ts";
import { renderOfferPdf } from "./render-offer-pdf.ts";

describe("the offer PDF as the client reads it", () => {
  for (const [language, document, words] of [
    ["French", buildFrenchOfferDocument(), /Estimation|heures estimées/i],
    ["English", buildEnglishOfferDocument(), /Estimate:|estimated hours/i],
  ] as const) {
    it(`prints no internal estimate of hours (${language}), even from a document frozen as v1 that carries one`, async () => {
      // Documents frozen before format v2 kept each deliverable's estimate; the PDF of such an offer must not print it.
      const v1 = {
        ...document,
        format: "mandat.offer.v1" as const,
        deliverables: document.deliverables.map((d, i) => ({ ...d, estimatedHours: 5 + i })),
      };
      const bytes = await renderOfferPdf({ document: v1, status: "sent", generatedAt: "2026-11-26T14:30:00.000Z" });
      const { text } = await pdfText(bytes);
      for (const d of document.deliverables) {
        expect(text).toContain(d.title);
        if (d.description) expect(text).toContain(d.description.slice(0, 20));
      }
      expect(text).not.toMatch(words);
    });
  }
});
