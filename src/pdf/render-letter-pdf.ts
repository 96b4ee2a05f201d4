/**
 * A plain business letter as a PDF (termination letters, payment reminders): the sender's block, the place and date
 * (« Québec, le 26 novembre 2026 »), an optional delivery mode (« PAR COURRIEL »), the recipient's block, the subject
 * line (« Objet : … »), the paragraphs (line breaks inside a paragraph are kept), then the closing and the signature.
 */
import type { Language } from "../domain/offer/offer-content.ts";
import { PDF_COLOR } from "./pdf-colors.ts";
import { createPdfDocument, type PdfDocument, type PdfPageSize } from "./pdf-document.ts";
import { type PdfLocale, pdfFormatter } from "./pdf-formatter.ts";
import { pdfLabels } from "./pdf-labels.ts";

/** The sender or the recipient of a letter. */
export interface LetterPdfParty {
  /** The organisation (or the person) as named on the letter. */
  name: string;
  /** The person the letter is addressed to, or who writes it (« À l’attention de » is left to the caller). */
  contactName?: string;
  addressLines: string[];
  email?: string;
  phone?: string;
}

/** The options of `renderLetterPdf`. */
export interface RenderLetterPdfInput {
  lang: Language;
  issuer: LetterPdfParty;
  recipient: LetterPdfParty;
  /** The letter's date, `YYYY-MM-DD`. */
  date: string;
  /** Where it is written (« Québec »); without it only the date is printed. */
  place?: string;
  /** Delivery mode printed above the recipient (« PAR COURRIEL ET COURRIER RECOMMANDÉ »). */
  delivery?: string;
  /** The subject, without « Objet : ». */
  subject: string;
  /** Body paragraphs, greeting included. `\n` inside a paragraph starts a new line. */
  paragraphs: string[];
  /** The closing formula (« Veuillez agréer… », « Cordialement, »); leave it out when the paragraphs end with it. */
  closing?: string;
  /** Who signs: printed under a space left for a handwritten signature. Leave it out when the paragraphs sign. */
  signature?: { name: string; title?: string };
  /** ISO instant of the render (PDF creation date). */
  generatedAt: string;
  /** Defaults to fr-CA or en-CA. */
  locale?: PdfLocale;
  /** Defaults to A4 for fr-FR, Letter otherwise. */
  pageSize?: PdfPageSize;
}

/** Renders a business letter to PDF bytes. */
export async function renderLetterPdf(input: RenderLetterPdfInput): Promise<Uint8Array> {
  const labels = pdfLabels(input.lang);
  const locale = input.locale ?? (input.lang === "en" ? "en-CA" : "fr-CA");
  const date = pdfFormatter({ locale }).date(input.date);
  const dateLine = input.place ? labels.letter.datePlace(input.place, date) : input.lang === "fr" ? `Le ${date}` : date;
  const pdf = await createPdfDocument({
    locale,
    ...(input.pageSize ? { pageSize: input.pageSize } : {}),
    title: input.subject,
    issuerName: input.issuer.name,
    createdAt: input.generatedAt,
  });
  const { doc, left } = pdf;

  block(pdf, [
    input.issuer.name,
    ...(input.issuer.contactName ? [input.issuer.contactName] : []),
    ...contactLines(input.issuer),
  ]);
  pdf.space(14);
  pdf.paragraph(dateLine, { size: 10.5, gap: 14 });
  if (input.delivery) pdf.paragraph(input.delivery.toUpperCase(), { style: "bold", size: 9.5, gap: 8 });
  block(pdf, [
    ...(input.recipient.contactName ? [input.recipient.contactName] : []),
    input.recipient.name,
    ...contactLines(input.recipient),
  ]);
  pdf.space(18);
  pdf.paragraph(labels.letter.subject(input.subject), { style: "bold", size: 10.5, gap: 14 });
  for (const paragraph of input.paragraphs) pdf.paragraph(paragraph, { size: 10.5, gap: 9 });
  if (input.closing) pdf.paragraph(input.closing, { size: 10.5, gap: 9 });
  if (input.signature) {
    pdf.ensureSpace(90);
    pdf.space(38);
    doc
      .moveTo(left, doc.y)
      .lineTo(left + 180, doc.y)
      .lineWidth(0.5)
      .strokeColor(PDF_COLOR.rule)
      .stroke();
    pdf.space(4);
    pdf.paragraph(input.signature.name, { style: "bold", size: 10.5, gap: 0 });
    if (input.signature.title) pdf.paragraph(input.signature.title, { size: 10, gap: 0 });
    pdf.paragraph(input.issuer.name, { size: 10, gap: 0 });
  }
  return pdf.finish();
}

function contactLines(party: LetterPdfParty): string[] {
  return [...party.addressLines, ...(party.email ? [party.email] : []), ...(party.phone ? [party.phone] : [])];
}

/** An address block kept on one page, its first line bold. */
function block(pdf: PdfDocument, lines: string[]): void {
  pdf.ensureSpace(lines.length * 14);
  for (const [i, line] of lines.entries()) {
    pdf.paragraph(line, { style: i === 0 ? "bold" : "regular", size: 10, gap: 0 });
  }
}
