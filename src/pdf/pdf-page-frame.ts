/**
 * The frame drawn on every page once the content is laid out: the issuer's name and a reference in the header, the
 * document title and "Page X de Y" in the footer, each separated from the content by a thin rule.
 */
import { PDF_COLOR } from "./pdf-colors.ts";
import { PDF_FONT } from "./pdf-fonts.ts";

/** The options of `drawPageFrame`. */
export interface PageFrame {
  doc: PDFKit.PDFDocument;
  issuerName: string;
  headerRight: string;
  footerLeft: string;
  footerRight: string;
}

/** Writes in the current page's margins (the bottom margin is lifted meanwhile so pdfkit adds no page). */
export function drawPageFrame(input: PageFrame): void {
  const { doc } = input;
  const margins = { ...doc.page.margins };
  doc.page.margins.bottom = 0;
  const left = margins.left;
  const width = doc.page.width - margins.left - margins.right;
  const half = width / 2 - 6;
  const rule = (y: number) =>
    doc
      .moveTo(left, y)
      .lineTo(left + width, y)
      .lineWidth(0.5)
      .strokeColor(PDF_COLOR.rule)
      .stroke();
  doc.font(PDF_FONT.bold).fontSize(9).fillColor(PDF_COLOR.text);
  doc.text(input.issuerName, left, 34, { width: half, lineBreak: false, ellipsis: true });
  doc.font(PDF_FONT.regular).fontSize(8.5).fillColor(PDF_COLOR.muted);
  doc.text(input.headerRight, left + width - half, 35, {
    width: half,
    align: "right",
    lineBreak: false,
    ellipsis: true,
  });
  rule(50);
  const footerY = doc.page.height - 42;
  rule(footerY - 6);
  doc.text(input.footerLeft, left, footerY, { width: width - 110, lineBreak: false, ellipsis: true });
  doc.text(input.footerRight, left + width - 100, footerY, { width: 100, align: "right", lineBreak: false });
  doc.page.margins.bottom = margins.bottom;
  doc.fillColor(PDF_COLOR.text);
}
