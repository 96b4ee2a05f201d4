/**
 * pdfkit and fontkit (a few hundred milliseconds to import) stay off the server's start: importing the server and
 * its HTTP app loads neither; the first PDF loads both.
 */
import { describe, expect, it } from "vitest";
import { loadedAny, packagesLoadedBy } from "../../test/support/loaded-modules.ts";

describe("loading pdfkit", () => {
  it("happens on the first PDF, never when the server starts", () => {
    const [atStart, afterFirstPdf] = packagesLoadedBy(`
await import("./src/http/server.ts");
await import("./src/http/app.ts");
await mark();
const { createPdfDocument } = await import("./src/pdf/pdf-document.ts");
const pdf = await createPdfDocument({ locale: "fr-CA", title: "Essai", issuerName: "Studio", createdAt: "2026-11-26T15:00:00.000Z" });
pdf.paragraph("Première page");
await pdf.finish();
`);
    expect(loadedAny(atStart!, ["pdfkit", "fontkit"])).toEqual([]);
    expect(loadedAny(afterFirstPdf!, ["pdfkit", "fontkit"])).toEqual(["fontkit", "pdfkit"]);
  });
});
