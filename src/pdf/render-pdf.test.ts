/**
 * Documents printed on the PDF worker: the same document as printed in this thread, errors that arrive as they were
 * raised, jobs side by side, a worker that stops when idle or dies, and pdfkit never loaded by the server's thread.
 */
import { afterEach, describe, expect, it } from "vitest";
import { quebecInvoice } from "../../test/fixtures/pdf/build-invoice-view-model.ts";
import { buildFrenchOfferDocument } from "../../test/fixtures/pdf/build-offer-document.ts";
import { pdfText } from "../../test/fixtures/pdf/pdf-text.ts";
import { loadedAny, packagesLoadedBy } from "../../test/support/loaded-modules.ts";
import { DomainError } from "../domain/errors.ts";
import { renderPdfJob } from "./pdf-jobs.ts";
import { pdfWorkerRunning, pdfWorkerSettings, renderPdf, stopPdfWorker } from "./render-pdf.ts";

const idleMs = pdfWorkerSettings.idleMs;

afterEach(async () => {
  pdfWorkerSettings.idleMs = idleMs;
  await stopPdfWorker();
});

/** Waits for a state, never for a time. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe("renderPdf (the PDF worker)", () => {
  it("prints on the worker the document this thread prints, as a Buffer", async () => {
    const job = { kind: "invoice", input: quebecInvoice() } as const;
    const [onWorker, here] = await Promise.all([renderPdf(job), renderPdfJob(job)]);
    expect(Buffer.isBuffer(onWorker)).toBe(true);
    expect((await pdfText(onWorker)).text).toBe((await pdfText(here)).text);
    expect((await pdfText(onWorker)).text).toContain("Total 1 394,08 $");
    // Only the file identifier (random per document) differs.
    const withoutId = (bytes: Uint8Array) =>
      Buffer.from(bytes)
        .toString("latin1")
        .replace(/\/ID \[[^\]]*\]/, "");
    expect(withoutId(onWorker)).toBe(withoutId(here));
  });

  it("answers jobs sent together, each with its own document", async () => {
    const numbers = ["2026-0101", "2026-0102", "2026-0103", "2026-0104", "2026-0105"];
    const printed = await Promise.all(
      numbers.map((number) => renderPdf({ kind: "invoice", input: quebecInvoice({ number }) })),
    );
    const texts = await Promise.all(printed.map(async (bytes) => (await pdfText(bytes)).text));
    texts.forEach((text, i) => {
      expect(text).toContain(`Numéro ${numbers[i]}`);
    });
  });

  it("prints the largest invoice the API accepts (500 lines of 500 characters) within the worker's memory", async () => {
    const words = "Intégration et vérification des contenus fournis par l’agence, page par page, ".repeat(7);
    const lines = Array.from({ length: 500 }, (_, i) => ({
      description: `${i + 1}. ${words}`.slice(0, 500),
      quantityMilli: 1_000,
      unitPrice: 10_000,
      amount: 10_000,
    }));
    const bytes = await renderPdf({ kind: "invoice", input: quebecInvoice({ lines }) });
    const { pages, text } = await pdfText(bytes);
    expect(pages.length).toBeGreaterThan(50);
    expect(text).toContain("500. Intégration et vérification");
  });

  it("raises the renderer's error as it was raised: a domain error keeps its code and fields", async () => {
    const refused = renderPdf({
      kind: "offer",
      input: { document: buildFrenchOfferDocument(), status: "signed", generatedAt: "2026-11-26T15:00:00.000Z" },
    });
    await expect(refused).rejects.toBeInstanceOf(DomainError);
    await expect(refused).rejects.toMatchObject({
      code: "validation",
      details: { fields: [{ path: "signature", issue: "required" }] },
    });
    // The worker goes on.
    expect((await pdfText(await renderPdf({ kind: "invoice", input: quebecInvoice() }))).text).toContain("Facture");
  });

  it("stops when no PDF comes for a while, and starts again for the next one", async () => {
    pdfWorkerSettings.idleMs = 20;
    await renderPdf({ kind: "invoice", input: quebecInvoice() });
    expect(pdfWorkerRunning()).toBe(true);
    await until(() => !pdfWorkerRunning());
    expect((await pdfText(await renderPdf({ kind: "invoice", input: quebecInvoice() }))).text).toContain("Facture");
  });

  it("fails the jobs of a worker that stops under them, and the next job gets a new worker", async () => {
    const held = renderPdf({ kind: "invoice", input: quebecInvoice() });
    const failed = held.then(
      () => "printed",
      (error: Error) => error.message,
    );
    await stopPdfWorker();
    expect(await failed).toMatch(/stopped/);
    expect(pdfWorkerRunning()).toBe(false);
    expect((await pdfText(await renderPdf({ kind: "invoice", input: quebecInvoice() }))).text).toContain("Facture");
  });

  it("loads pdfkit and fontkit on the worker only, never in the server's thread", () => {
    const [afterPdf] = packagesLoadedBy(`
const { renderPdf, stopPdfWorker } = await import("./src/pdf/render-pdf.ts");
const { quebecInvoice } = await import("./test/fixtures/pdf/build-invoice-view-model.ts");
const bytes = await renderPdf({ kind: "invoice", input: quebecInvoice() });
if (bytes.length < 1000) throw new Error("no PDF");
await stopPdfWorker();
`);
    expect(loadedAny(afterPdf!, ["pdfkit", "fontkit"])).toEqual([]);
  });
});
