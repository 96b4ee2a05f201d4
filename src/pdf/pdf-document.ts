/**
 * The shared document toolkit: a pdfkit document with the DejaVu fonts embedded, a page size (Letter for Canada, A4
 * for France), margins, a header with the issuer's name and a footer "Page X de Y" / "Page X of Y" drawn on every page
 * once the content is laid out (pages are buffered), and block helpers (headings, paragraphs, bullet lists, key-value
 * blocks, side-by-side party blocks, totals, tables that break across pages cleanly). Output is deterministic: the
 * creation date is an argument, never the clock.
 */
import type { Language } from "../domain/offer/offer-content.ts";
import {
  drawKeyValues,
  drawParties,
  drawTotals,
  type PdfKeyValue,
  type PdfPartyBlock,
  type PdfTotalRow,
} from "./pdf-blocks.ts";
import { PDF_COLOR } from "./pdf-colors.ts";
import { loadPdfKit, PDF_FONT, parsedPdfFonts, shareWordLayouts } from "./pdf-fonts.ts";
import { type PdfFormatter, type PdfLocale, pdfFormatter } from "./pdf-formatter.ts";
import { pdfLabels } from "./pdf-labels.ts";
import { drawPageFrame } from "./pdf-page-frame.ts";
import { drawTable, type PdfTableInput } from "./pdf-table.ts";

/** Paper: Letter in Canada, A4 in France. */
export type PdfPageSize = "LETTER" | "A4";

/** The options of `createPdfDocument`. */
export interface CreatePdfDocumentInput {
  locale: PdfLocale;
  /** Defaults to A4 for fr-FR, Letter otherwise. */
  pageSize?: PdfPageSize;
  /** Document title (PDF metadata and footer), e.g. "Offre de service OFF-2026-0007". */
  title: string;
  /** The issuer's name, printed in the header of every page and as the PDF author. */
  issuerName: string;
  /** Printed at the right of the header (a reference such as the number and version). */
  headerRight?: string;
  /** ISO instant written as the PDF creation date (the render date is an argument: no clock is read). */
  createdAt: string;
  /** IANA time zone for printed instants (see `pdfFormatter`). */
  timeZone?: string;
}

/** Text styles of the toolkit. */
export type PdfTextStyle = "regular" | "bold" | "italic" | "mono";

/** The options of `PdfDocument.paragraph`. */
export interface PdfParagraphOptions {
  style?: PdfTextStyle;
  size?: number;
  muted?: boolean;
  align?: "left" | "right" | "center" | "justify";
  /** Space after the paragraph, in points (default 6). */
  gap?: number;
}

/** The opening block of a document: a small caps kind, a large title, a bold reference and a muted note. */
export interface PdfTitleBlock {
  kind: string;
  title: string;
  reference?: string;
  note?: string;
}

/** A document being written; `finish` numbers the pages and returns the bytes. */
export interface PdfDocument {
  readonly doc: PDFKit.PDFDocument;
  readonly format: PdfFormatter;
  readonly language: Language;
  /** Left edge and width of the text area. */
  readonly left: number;
  readonly width: number;
  /** Lowest y the content may reach on a page. */
  bottom(): number;
  font(style: PdfTextStyle, size: number): void;
  titleBlock(block: PdfTitleBlock): void;
  heading(text: string, level?: 1 | 2): void;
  paragraph(text: string, options?: PdfParagraphOptions): void;
  bullets(items: readonly string[]): void;
  keyValues(rows: readonly PdfKeyValue[], labelWidth?: number): void;
  parties(blocks: readonly PdfPartyBlock[]): void;
  totals(rows: readonly PdfTotalRow[]): void;
  table(input: PdfTableInput): void;
  rule(): void;
  space(points: number): void;
  /** Starts a new page when less than `height` points remain. */
  ensureSpace(height: number): void;
  newPage(): void;
  /** Draws headers and footers on every page, ends the document and resolves with its bytes. */
  finish(): Promise<Uint8Array>;
}

const MARGIN = { top: 72, bottom: 64, left: 56, right: 56 };
const FONT_OF: Record<PdfTextStyle, string> = {
  regular: PDF_FONT.regular,
  bold: PDF_FONT.bold,
  italic: PDF_FONT.italic,
  mono: PDF_FONT.mono,
};

/**
 * Creates an empty document (one page) with the fonts embedded and the metadata set. The first call of the process
 * loads pdfkit and parses the fonts (see `pdf-fonts.ts`).
 */
export async function createPdfDocument(input: CreatePdfDocumentInput): Promise<PdfDocument> {
  const format = pdfFormatter({ locale: input.locale, ...(input.timeZone ? { timeZone: input.timeZone } : {}) });
  const labels = pdfLabels(format.language);
  const created = new Date(input.createdAt);
  if (Number.isNaN(created.getTime())) throw new RangeError(`createdAt is not an instant: ${input.createdAt}`);
  const [PDFDocument, fonts] = await Promise.all([loadPdfKit(), parsedPdfFonts()]);
  const doc = new PDFDocument({
    size: input.pageSize ?? (input.locale === "fr-FR" ? "A4" : "LETTER"),
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: false,
    lang: input.locale,
    displayTitle: true,
    // No default font (pdfkit takes null, its typings do not say so): it would otherwise parse Helvetica's metrics for
    // every document, which none of them uses.
    font: null as unknown as string,
    info: {
      Title: input.title,
      Author: input.issuerName,
      Creator: "Mandat",
      Producer: "Mandat (PDFKit)",
      CreationDate: created,
      ModDate: created,
    },
  } as PDFKit.PDFDocumentOptions);
  // pdfkit takes a parsed font wherever it takes the file's bytes (its typings list only the bytes).
  // Each is opened now, so that its word layouts come from the process's shared cache (see `shareWordLayouts`).
  for (const [name, font] of Object.entries(fonts)) {
    doc.registerFont(name, font as unknown as Uint8Array);
    doc.font(name);
    shareWordLayouts((doc as unknown as { _font: unknown })._font);
  }
  const chunks: Uint8Array[] = [];
  const ended = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    doc.on("end", () => {
      const bytes = Buffer.concat(chunks); // its own memory (a PDF is larger than Buffer's pool): viewed, not copied
      resolve(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));
    });
    doc.on("error", reject);
  });
  doc.addPage();
  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  const api: PdfDocument = {
    doc,
    format,
    language: format.language,
    left,
    width,
    bottom,
    font(style, size) {
      doc.font(FONT_OF[style]).fontSize(size);
    },
    titleBlock(block) {
      api.font("bold", 9);
      doc.fillColor(PDF_COLOR.muted).text(block.kind.toUpperCase(), left, doc.y, { width, characterSpacing: 0.6 });
      api.font("bold", 18);
      doc.fillColor(PDF_COLOR.text).text(block.title, left, doc.y + 2, { width });
      doc.y += 4;
      if (block.reference) api.paragraph(block.reference, { style: "bold", size: 10.5, gap: 2 });
      if (block.note) api.paragraph(block.note, { size: 9, muted: true });
      doc.y += 8;
    },
    heading(text, level = 1) {
      const size = level === 1 ? 13 : 11;
      api.font("bold", size);
      const height = doc.heightOfString(text, { width });
      api.ensureSpace(height + 48);
      doc.y += level === 1 ? 10 : 6;
      doc.fillColor(PDF_COLOR.text).text(text, left, doc.y, { width });
      if (level === 1) {
        const y = doc.y + 2;
        doc
          .moveTo(left, y)
          .lineTo(left + width, y)
          .lineWidth(0.6)
          .strokeColor(PDF_COLOR.rule)
          .stroke();
        doc.y = y + 6;
      } else doc.y += 3;
    },
    paragraph(text, options = {}) {
      api.font(options.style ?? "regular", options.size ?? 10);
      const lineHeight = doc.currentLineHeight(true);
      api.ensureSpace(Math.min(doc.heightOfString(text, { width }), lineHeight * 3));
      doc.fillColor(options.muted ? PDF_COLOR.muted : PDF_COLOR.text);
      doc.text(text, left, doc.y, { width, align: options.align ?? "left", lineGap: 1.5 });
      doc.fillColor(PDF_COLOR.text);
      doc.y += options.gap ?? 6;
    },
    bullets(items) {
      api.font("regular", 10);
      for (const item of items) {
        const height = doc.heightOfString(item, { width: width - 14, lineGap: 1.5 });
        api.ensureSpace(Math.min(height, doc.currentLineHeight(true) * 3));
        const y = doc.y;
        doc.fillColor(PDF_COLOR.text).text("•", left + 2, y, { lineBreak: false });
        doc.text(item, left + 14, y, { width: width - 14, lineGap: 1.5 });
        doc.y += 3;
      }
      doc.y += 3;
    },
    keyValues(rows, labelWidth) {
      drawKeyValues(api, rows, labelWidth);
    },
    parties(blocks) {
      drawParties(api, blocks);
    },
    totals(rows) {
      drawTotals(api, rows);
    },
    table(input) {
      drawTable(api, input);
    },
    rule() {
      api.ensureSpace(8);
      const y = doc.y + 3;
      doc
        .moveTo(left, y)
        .lineTo(left + width, y)
        .lineWidth(0.4)
        .strokeColor(PDF_COLOR.rule)
        .stroke();
      doc.y = y + 5;
    },
    space(points) {
      doc.y += points;
    },
    ensureSpace(height) {
      if (doc.y + height > bottom()) api.newPage();
    },
    newPage() {
      doc.addPage();
      doc.x = left;
      doc.y = doc.page.margins.top;
    },
    finish() {
      const range = doc.bufferedPageRange();
      for (let i = range.start; i < range.start + range.count; i += 1) {
        doc.switchToPage(i);
        drawPageFrame({
          doc,
          issuerName: input.issuerName,
          headerRight: input.headerRight ?? "",
          footerLeft: input.title,
          footerRight: labels.page(i - range.start + 1, range.count),
        });
      }
      doc.end();
      return ended;
    },
  };
  api.font("regular", 10);
  doc.fillColor(PDF_COLOR.text);
  return api;
}
