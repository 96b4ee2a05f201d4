/**
 * Every kind of document Mandat prints, as one job: its kind and its input, plain data that can cross to the PDF
 * worker (`render-pdf.ts`) as it is. `renderPdfJob` renders a job in the thread that calls it.
 */
import type { InvoicePdfViewModel } from "./invoice-pdf-view-model.ts";
import { type RenderChangeOrderPdfInput, renderChangeOrderPdf } from "./render-change-order-pdf.ts";
import { type RenderDecisionWorksheetPdfInput, renderDecisionWorksheetPdf } from "./render-decision-worksheet-pdf.ts";
import { renderInvoicePdf } from "./render-invoice-pdf.ts";
import { type RenderLetterPdfInput, renderLetterPdf } from "./render-letter-pdf.ts";
import { type RenderOfferPdfInput, renderOfferPdf } from "./render-offer-pdf.ts";

/** A document to print: an invoice or credit note, an offer, a change order, a letter, a decision worksheet. */
export type PdfJob =
  | { kind: "invoice"; input: InvoicePdfViewModel }
  | { kind: "offer"; input: RenderOfferPdfInput }
  | { kind: "change_order"; input: RenderChangeOrderPdfInput }
  | { kind: "letter"; input: RenderLetterPdfInput }
  | { kind: "decision_worksheet"; input: RenderDecisionWorksheetPdfInput };

/** Renders a job here, in this thread. */
export function renderPdfJob(job: PdfJob): Promise<Uint8Array> {
  switch (job.kind) {
    case "invoice":
      return renderInvoicePdf(job.input);
    case "offer":
      return renderOfferPdf(job.input);
    case "change_order":
      return renderChangeOrderPdf(job.input);
    case "letter":
      return renderLetterPdf(job.input);
    case "decision_worksheet":
      return renderDecisionWorksheetPdf(job.input);
  }
}
