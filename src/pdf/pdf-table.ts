/**
 * Tables for PDFs (deliverables, invoice lines): a shaded header row repeated on every page the table reaches, rows
 * measured before drawing so a row is never cut by the page edge — a row that does not fit moves to the next page,
 * and only a row taller than half a page is split, between words of its longest text, and continued.
 */

import { PDF_COLOR } from "./pdf-colors.ts";
import type { PdfDocument } from "./pdf-document.ts";

/** A column: its header, its share of the text width (shares are normalised), its alignment. */
export interface PdfTableColumn {
  header: string;
  width: number;
  align?: "left" | "right" | "center";
}

/** A cell: plain text, or a bold title with a smaller detail underneath (a deliverable and its description). */
export type PdfTableCell = string | { text: string; detail?: string };

/** The options of `drawTable`. */
export interface PdfTableInput {
  columns: readonly PdfTableColumn[];
  rows: readonly (readonly PdfTableCell[])[];
}

interface Cell {
  text: string;
  detail: string;
  titled: boolean;
}

const PAD_X = 4;
const PAD_Y = 4;
const SIZE = 9;
const DETAIL_SIZE = 8;

function toCell(cell: PdfTableCell | undefined): Cell {
  if (cell === undefined) return { text: "", detail: "", titled: false };
  if (typeof cell === "string") return { text: cell, detail: "", titled: false };
  return { text: cell.text, detail: cell.detail ?? "", titled: true };
}

/** Splits `text` after as many words as fit in `height` points; `[fitting, rest]` (fitting may be empty). */
function fitWords(measure: (s: string) => number, text: string, height: number): [string, string] {
  const words = text.split(/(?<=\s)/);
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(words.slice(0, mid).join("")) <= height) lo = mid;
    else hi = mid - 1;
  }
  return [words.slice(0, lo).join("").trimEnd(), words.slice(lo).join("")];
}

/** Draws a table at the current position of `pdf`, adding pages as needed, and leaves `y` below it. */
export function drawTable(pdf: PdfDocument, input: PdfTableInput): void {
  const { doc, left, width } = pdf;
  const shares = input.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = input.columns.map((c) => (c.width / shares) * width);
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const inner = (i: number) => (widths[i] ?? 0) - 2 * PAD_X;

  const textHeight = (text: string, i: number, titled: boolean) => {
    if (text === "") return 0;
    pdf.font(titled ? "bold" : "regular", SIZE);
    return doc.heightOfString(text, { width: inner(i) });
  };
  const detailHeight = (detail: string, i: number) => {
    if (detail === "") return 0;
    pdf.font("regular", DETAIL_SIZE);
    return doc.heightOfString(detail, { width: inner(i), lineGap: 0.5 }) + 2;
  };
  const cellHeight = (c: Cell, i: number) => textHeight(c.text, i, c.titled) + detailHeight(c.detail, i);
  const rowHeight = (row: Cell[]) => Math.max(...row.map(cellHeight)) + 2 * PAD_Y;

  const drawHeader = () => {
    pdf.font("bold", 8.5);
    const height = Math.max(...input.columns.map((c, i) => doc.heightOfString(c.header, { width: inner(i) }))) + 8;
    const y = doc.y;
    doc.rect(left, y, width, height).fillColor(PDF_COLOR.shade).fill();
    doc.fillColor(PDF_COLOR.text);
    input.columns.forEach((c, i) => {
      doc.text(c.header, (xs[i] ?? left) + PAD_X, y + 4, { width: inner(i), align: c.align ?? "left" });
    });
    doc.y = y + height;
  };
  const drawRow = (row: Cell[]) => {
    const y = doc.y;
    const height = rowHeight(row);
    // The row was measured to fit: lift the bottom margin so a rounding difference never makes pdfkit add a page.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    row.forEach((c, i) => {
      const x = (xs[i] ?? left) + PAD_X;
      const align = input.columns[i]?.align ?? "left";
      if (c.text !== "") {
        pdf.font(c.titled ? "bold" : "regular", SIZE);
        doc.fillColor(PDF_COLOR.text).text(c.text, x, y + PAD_Y, { width: inner(i), align });
      }
      if (c.detail !== "") {
        const dy = y + PAD_Y + textHeight(c.text, i, c.titled) + 2;
        pdf.font("regular", DETAIL_SIZE);
        doc.fillColor(PDF_COLOR.muted).text(c.detail, x, dy, { width: inner(i), align, lineGap: 0.5 });
      }
    });
    doc
      .moveTo(left, y + height)
      .lineTo(left + width, y + height)
      .lineWidth(0.4)
      .strokeColor(PDF_COLOR.rule)
      .stroke();
    doc.page.margins.bottom = bottomMargin;
    doc.fillColor(PDF_COLOR.text);
    doc.y = y + height;
  };
  /** The part of `row` that fits in `height` points and the rest, or undefined when nothing useful fits. */
  const split = (row: Cell[], height: number): [Cell[], Cell[]] | undefined => {
    const avail = height - 2 * PAD_Y;
    const tallest = row.reduce((best, c, i) => (cellHeight(c, i) > cellHeight(row[best] as Cell, best) ? i : best), 0);
    const c = row[tallest] as Cell;
    const head = textHeight(c.text, tallest, c.titled);
    const rest = row.map(() => ({ text: "", detail: "", titled: false }));
    let first: Cell;
    if (c.detail !== "" && head + detailHeight(" ", tallest) < avail) {
      const [fit, more] = fitWords((s) => detailHeight(s, tallest), c.detail, avail - head);
      first = { ...c, detail: fit };
      rest[tallest] = { text: "", detail: more, titled: false };
    } else {
      const [fit, more] = fitWords((s) => textHeight(s, tallest, c.titled), c.text, avail);
      if (fit === "") return undefined;
      first = { ...c, text: fit, detail: "" };
      rest[tallest] = { text: more, detail: c.detail, titled: c.titled };
    }
    if ((first.detail || first.text) === "") return undefined;
    const firstRow = row.map((cell, i) => (i === tallest ? first : cell));
    return [firstRow, rest];
  };

  doc.x = left;
  pdf.ensureSpace(60);
  drawHeader();
  let pageTop = doc.y;
  const freshPage = () => pdf.bottom() - doc.page.margins.top;
  for (const source of input.rows) {
    let pending: Cell[] | undefined = input.columns.map((_, i) => toCell(source[i]));
    while (pending !== undefined) {
      const height = rowHeight(pending);
      const avail = pdf.bottom() - doc.y;
      if (height <= avail) {
        drawRow(pending);
        pending = undefined;
        continue;
      }
      const atTop = doc.y <= pageTop + 0.5;
      const parts: [Cell[], Cell[]] | undefined =
        (height > freshPage() / 2 || atTop) && avail >= 40 ? split(pending, avail) : undefined;
      if (parts !== undefined) {
        drawRow(parts[0]);
        pending = parts[1];
      } else if (atTop) {
        drawRow(pending);
        pending = undefined;
        continue;
      }
      pdf.newPage();
      drawHeader();
      pageTop = doc.y;
    }
  }
  doc.x = left;
  doc.y += 6;
}
