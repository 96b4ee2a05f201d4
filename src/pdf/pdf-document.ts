/**
 * The shared document toolkit: a pdfkit document with the DejaVu fonts embedded, a page size (Letter for Canada, A4
 * for France), margins, a header with the issuer's name and a footer "Page X de Y" / "Page X of Y" drawn on every page
 * once the content is laid out (pages are buffered), and block helpers (headings, paragraphs, bullet lists, key-value
 * blocks, side-by-side party blocks, totals, tables that break across pages cleanly). Output is deterministic: the
 * creation date is an argument, never the clock.
 */
import PDFDocument from "pdfkit";
import type { Language } from "../domain/offer/offer-content.ts";
import { PDF_FONT, pdfFontFiles } from "./pdf-fonts.ts";
import { type PdfFormatter, type PdfLocale, pdfFormatter } from "./pdf-formatter.ts";
import { pdfLabels } from "./pdf-labels.ts";
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

/** One row of a key-value block. */
export interface PdfKeyValue {
  label: string;
  value: string;
  mono?: boolean;
}

/** A party block (sender, client…): a small caption, a bold name, then plain lines. */
export interface PdfPartyBlock {
  caption: string;
  name: string;
  lines: string[];
}

/** One row of a totals block. */
export interface PdfTotalRow {
  label: string;
  value: string;
  strong?: boolean;
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

export const TEXT_COLOR = "#1a1a1a";
export const MUTED_COLOR = "#5a5a5a";
export const RULE_COLOR = "#b8b8b8";
const MARGIN = { top: 72, bottom: 64, left: 56, right: 56 };
const FONT_OF: Record<PdfTextStyle, string> = {
  regular: PDF_FONT.regular,
  bold: PDF_FONT.bold,
  italic: PDF_FONT.italic,
  mono: PDF_FONT.mono,
};

/** Creates an empty document (one page) with the fonts embedded and the metadata set. */
export function createPdfDocument(input: CreatePdfDocumentInput): PdfDocument {
  const format = pdfFormatter({ locale: input.locale, ...(input.timeZone ? { timeZone: input.timeZone } : {}) });
  const labels = pdfLabels(format.language);
  const created = new Date(input.createdAt);
  if (Number.isNaN(created.getTime())) throw new RangeError(`createdAt is not an instant: ${input.createdAt}`);
  const fonts = pdfFontFiles();
  const doc = new PDFDocument({
    size: input.pageSize ?? (input.locale === "fr-FR" ? "A4" : "LETTER"),
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: false,
    lang: input.locale,
    displayTitle: true,
    info: {
      Title: input.title,
      Author: input.issuerName,
      Creator: "Mandat",
      Producer: "Mandat (PDFKit)",
      CreationDate: created,
      ModDate: created,
    },
  } as PDFKit.PDFDocumentOptions);
  for (const [name, bytes] of Object.entries(fonts)) doc.registerFont(name, bytes);
  const chunks: Uint8Array[] = [];
  const ended = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
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
    heading(text, level = 1) {
      const size = level === 1 ? 13 : 11;
      api.font("bold", size);
      const height = doc.heightOfString(text, { width });
      api.ensureSpace(height + 48);
      doc.y += level === 1 ? 10 : 6;
      doc.fillColor(TEXT_COLOR).text(text, left, doc.y, { width });
      if (level === 1) {
        const y = doc.y + 2;
        doc
          .moveTo(left, y)
          .lineTo(left + width, y)
          .lineWidth(0.6)
          .strokeColor(RULE_COLOR)
          .stroke();
        doc.y = y + 6;
      } else doc.y += 3;
    },
    paragraph(text, options = {}) {
      api.font(options.style ?? "regular", options.size ?? 10);
      const lineHeight = doc.currentLineHeight(true);
      api.ensureSpace(Math.min(doc.heightOfString(text, { width }), lineHeight * 3));
      doc.fillColor(options.muted ? MUTED_COLOR : TEXT_COLOR);
      doc.text(text, left, doc.y, { width, align: options.align ?? "left", lineGap: 1.5 });
      doc.fillColor(TEXT_COLOR);
      doc.y += options.gap ?? 6;
    },
    bullets(items) {
      api.font("regular", 10);
      for (const item of items) {
        const height = doc.heightOfString(item, { width: width - 14, lineGap: 1.5 });
        api.ensureSpace(Math.min(height, doc.currentLineHeight(true) * 3));
        const y = doc.y;
        doc.fillColor(TEXT_COLOR).text("•", left + 2, y, { lineBreak: false });
        doc.text(item, left + 14, y, { width: width - 14, lineGap: 1.5 });
        doc.y += 3;
      }
      doc.y += 3;
    },
    keyValues(rows, labelWidth = Math.round(width * 0.3)) {
      const valueWidth = width - labelWidth - 8;
      for (const row of rows) {
        api.font("bold", 9.5);
        const labelHeight = doc.heightOfString(row.label, { width: labelWidth });
        api.font(row.mono ? "mono" : "regular", row.mono ? 9 : 10);
        const valueHeight = doc.heightOfString(row.value || " ", { width: valueWidth, lineGap: 1.5 });
        api.ensureSpace(Math.min(Math.max(labelHeight, valueHeight), doc.currentLineHeight(true) * 4));
        const y = doc.y;
        const page = doc.page;
        api.font("bold", 9.5);
        doc.fillColor(MUTED_COLOR).text(row.label, left, y + 0.5, { width: labelWidth });
        const labelEnd = doc.y;
        api.font(row.mono ? "mono" : "regular", row.mono ? 9 : 10);
        doc.fillColor(TEXT_COLOR).text(row.value || " ", left + labelWidth + 8, y, { width: valueWidth, lineGap: 1.5 });
        // A long value may have flowed onto a new page: then its end is the block's end.
        doc.y = (doc.page === page ? Math.max(doc.y, labelEnd) : doc.y) + 4;
      }
      doc.x = left;
    },
    parties(blocks) {
      const gap = 16;
      const columnWidth = (width - gap * (blocks.length - 1)) / Math.max(blocks.length, 1);
      const heightOf = (b: PdfPartyBlock) => {
        api.font("bold", 8);
        let h = doc.heightOfString(b.caption.toUpperCase(), { width: columnWidth }) + 2;
        api.font("bold", 10.5);
        h += doc.heightOfString(b.name, { width: columnWidth });
        api.font("regular", 9.5);
        for (const line of b.lines) h += doc.heightOfString(line, { width: columnWidth });
        return h;
      };
      const height = Math.max(...blocks.map(heightOf));
      api.ensureSpace(height);
      const top = doc.y;
      blocks.forEach((b, i) => {
        const x = left + i * (columnWidth + gap);
        api.font("bold", 8);
        doc.fillColor(MUTED_COLOR).text(b.caption.toUpperCase(), x, top, { width: columnWidth, characterSpacing: 0.4 });
        doc.y += 2;
        api.font("bold", 10.5);
        doc.fillColor(TEXT_COLOR).text(b.name, x, doc.y, { width: columnWidth });
        api.font("regular", 9.5);
        for (const line of b.lines) doc.text(line, x, doc.y, { width: columnWidth });
      });
      doc.x = left;
      doc.y = top + height + 10;
    },
    totals(rows) {
      const blockWidth = Math.min(280, width);
      const x = left + width - blockWidth;
      api.ensureSpace(rows.length * 16 + 6);
      doc.y += 4;
      for (const row of rows) {
        const y = doc.y;
        api.font(row.strong ? "bold" : "regular", row.strong ? 10.5 : 10);
        doc.fillColor(TEXT_COLOR).text(row.label, x, y, { width: blockWidth * 0.6 });
        const labelEnd = doc.y;
        doc.text(row.value, x + blockWidth * 0.6, y, { width: blockWidth * 0.4, align: "right" });
        doc.y = Math.max(labelEnd, doc.y) + 3;
        if (row.strong) {
          doc
            .moveTo(x, doc.y - 1)
            .lineTo(x + blockWidth, doc.y - 1)
            .lineWidth(0.4)
            .strokeColor(RULE_COLOR)
            .stroke();
          doc.y += 2;
        }
      }
      doc.x = left;
      doc.y += 4;
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
        .strokeColor(RULE_COLOR)
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
        drawHeaderAndFooter({
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
  doc.fillColor(TEXT_COLOR);
  return api;
}

interface HeaderAndFooter {
  doc: PDFKit.PDFDocument;
  issuerName: string;
  headerRight: string;
  footerLeft: string;
  footerRight: string;
}

/** Writes in the page's margins (the bottom margin is lifted meanwhile so pdfkit adds no page). */
function drawHeaderAndFooter(input: HeaderAndFooter): void {
  const { doc } = input;
  const margins = { ...doc.page.margins };
  doc.page.margins.bottom = 0;
  const left = margins.left;
  const width = doc.page.width - margins.left - margins.right;
  const half = width / 2 - 6;
  doc.font(PDF_FONT.bold).fontSize(9).fillColor(TEXT_COLOR);
  doc.text(input.issuerName, left, 34, { width: half, lineBreak: false, ellipsis: true });
  doc.font(PDF_FONT.regular).fontSize(8.5).fillColor(MUTED_COLOR);
  doc.text(input.headerRight, left + width - half, 35, {
    width: half,
    align: "right",
    lineBreak: false,
    ellipsis: true,
  });
  doc
    .moveTo(left, 50)
    .lineTo(left + width, 50)
    .lineWidth(0.5)
    .strokeColor(RULE_COLOR)
    .stroke();
  const footerY = doc.page.height - 42;
  doc
    .moveTo(left, footerY - 6)
    .lineTo(left + width, footerY - 6)
    .lineWidth(0.5)
    .strokeColor(RULE_COLOR)
    .stroke();
  doc.text(input.footerLeft, left, footerY, { width: width - 110, lineBreak: false, ellipsis: true });
  doc.text(input.footerRight, left + width - 100, footerY, { width: 100, align: "right", lineBreak: false });
  doc.page.margins.bottom = margins.bottom;
  doc.fillColor(TEXT_COLOR);
}
