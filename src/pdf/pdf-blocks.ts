/**
 * Block helpers of the document toolkit that lay out more than one column: key-value rows, side-by-side party blocks
 * and a right-aligned totals block. Each measures itself first and moves to a new page rather than being cut.
 */
import { PDF_COLOR } from "./pdf-colors.ts";
import type { PdfDocument } from "./pdf-document.ts";

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

/** Label on the left (muted, bold), value on the right; a long value flows onto the next page. */
export function drawKeyValues(pdf: PdfDocument, rows: readonly PdfKeyValue[], labelWidth?: number): void {
  const { doc, left, width } = pdf;
  const labelW = labelWidth ?? Math.round(width * 0.3);
  const valueW = width - labelW - 8;
  const valueFont = (row: PdfKeyValue) => pdf.font(row.mono ? "mono" : "regular", row.mono ? 8.5 : 10);
  for (const row of rows) {
    pdf.font("bold", 9.5);
    const labelHeight = doc.heightOfString(row.label, { width: labelW });
    valueFont(row);
    const valueHeight = doc.heightOfString(row.value || " ", { width: valueW, lineGap: 1.5 });
    pdf.ensureSpace(Math.min(Math.max(labelHeight, valueHeight), doc.currentLineHeight(true) * 4));
    const y = doc.y;
    const page = doc.page;
    pdf.font("bold", 9.5);
    doc.fillColor(PDF_COLOR.muted).text(row.label, left, y + 0.5, { width: labelW });
    const labelEnd = doc.y;
    valueFont(row);
    doc.fillColor(PDF_COLOR.text).text(row.value || " ", left + labelW + 8, y, { width: valueW, lineGap: 1.5 });
    // A long value may have flowed onto a new page: then its end is the block's end.
    doc.y = (doc.page === page ? Math.max(doc.y, labelEnd) : doc.y) + 4;
  }
  doc.x = left;
}

/** Party blocks side by side in equal columns, all starting at the same height. */
export function drawParties(pdf: PdfDocument, blocks: readonly PdfPartyBlock[]): void {
  const { doc, left, width } = pdf;
  const gap = 16;
  const columnWidth = (width - gap * (blocks.length - 1)) / Math.max(blocks.length, 1);
  const heightOf = (b: PdfPartyBlock) => {
    pdf.font("bold", 8);
    let h = doc.heightOfString(b.caption.toUpperCase(), { width: columnWidth, characterSpacing: 0.4 }) + 2;
    pdf.font("bold", 10.5);
    h += doc.heightOfString(b.name, { width: columnWidth });
    pdf.font("regular", 9.5);
    for (const line of b.lines) h += doc.heightOfString(line, { width: columnWidth });
    return h;
  };
  const height = Math.max(...blocks.map(heightOf));
  pdf.ensureSpace(height);
  const top = doc.y;
  blocks.forEach((b, i) => {
    const x = left + i * (columnWidth + gap);
    pdf.font("bold", 8);
    doc.fillColor(PDF_COLOR.muted).text(b.caption.toUpperCase(), x, top, { width: columnWidth, characterSpacing: 0.4 });
    doc.y += 2;
    pdf.font("bold", 10.5);
    doc.fillColor(PDF_COLOR.text).text(b.name, x, doc.y, { width: columnWidth });
    pdf.font("regular", 9.5);
    for (const line of b.lines) doc.text(line, x, doc.y, { width: columnWidth });
  });
  doc.x = left;
  doc.y = top + height + 10;
}

/** A block at the right margin: labels left, amounts right-aligned; a strong row is bold and underlined. */
export function drawTotals(pdf: PdfDocument, rows: readonly PdfTotalRow[]): void {
  const { doc, left, width } = pdf;
  const blockWidth = Math.min(330, width);
  const x = left + width - blockWidth;
  const labelW = blockWidth * 0.66;
  const heights = rows.map((row) => {
    pdf.font(row.strong ? "bold" : "regular", row.strong ? 10.5 : 10);
    return doc.heightOfString(row.label, { width: labelW }) + (row.strong ? 6 : 3);
  });
  pdf.ensureSpace(heights.reduce((a, b) => a + b, 8));
  doc.y += 4;
  for (const row of rows) {
    const y = doc.y;
    pdf.font(row.strong ? "bold" : "regular", row.strong ? 10.5 : 10);
    doc.fillColor(PDF_COLOR.text).text(row.label, x, y, { width: labelW });
    const labelEnd = doc.y;
    doc.text(row.value, x + labelW, y, { width: blockWidth - labelW, align: "right" });
    doc.y = Math.max(labelEnd, doc.y) + 3;
    if (row.strong) {
      doc
        .moveTo(x, doc.y - 1)
        .lineTo(x + blockWidth, doc.y - 1)
        .lineWidth(0.4)
        .strokeColor(PDF_COLOR.rule)
        .stroke();
      doc.y += 3;
    }
  }
  doc.x = left;
  doc.y += 4;
}
