/**
 * The certificate page that closes a signed offer or an approved change order: who signed (typed name), the consent
 * text they accepted, when (formatted and ISO 8601 exactly as recorded), from which IP address and browser, and the
 * SHA-256 fingerprint of the canonical document, with a check made at generation and how anyone can verify it.
 */
import type { SignatureEvidence } from "../domain/offer/signature.ts";
import { PDF_COLOR } from "./pdf-colors.ts";
import type { PdfDocument } from "./pdf-document.ts";
import { pdfLabels } from "./pdf-labels.ts";

/** The options of `drawSignatureCertificate`. */
export interface SignatureCertificateInput {
  /** `signature` for an offer, `approval` for a change order. */
  kind: "signature" | "approval";
  /** The opening sentence naming the document. */
  intro: string;
  /** The document as named on the certificate, e.g. "Offre de service OFF-2026-0007, version 1". */
  documentName: string;
  evidence: SignatureEvidence;
  /** The fingerprint recomputed from the document being printed (`fingerprint(document)`). */
  recomputedSha256: string;
  /** The verification endpoint, when the document has one (`GET /api/v1/offers/{id}/verify`). */
  verifyPath?: string | undefined;
}

/** Adds the certificate as a new, last page of `pdf`. */
export function drawSignatureCertificate(pdf: PdfDocument, input: SignatureCertificateInput): void {
  const all = pdfLabels(pdf.language);
  const labels = all.certificate;
  const { evidence } = input;
  const { doc, left, width } = pdf;
  pdf.newPage();
  pdf.font("bold", 16);
  doc
    .fillColor(PDF_COLOR.text)
    .text(input.kind === "signature" ? labels.signatureTitle : labels.approvalTitle, left, doc.y, {
      width,
    });
  doc.y += 8;
  pdf.paragraph(input.intro, { gap: 10 });
  pdf.keyValues([
    { label: labels.document, value: input.documentName },
    { label: labels.signer, value: evidence.signerName },
    { label: labels.consent, value: all.quote(evidence.consentText) },
    {
      label: input.kind === "signature" ? labels.signedAt : labels.approvedAt,
      value: pdf.format.dateTime(evidence.signedAt),
    },
    { label: labels.timestamp, value: evidence.signedAt, mono: true },
    { label: labels.ip, value: evidence.ip || "—", mono: true },
    { label: labels.userAgent, value: evidence.userAgent || "—" },
  ]);
  doc.y += 6;
  pdf.font("bold", 9.5);
  doc.fillColor(PDF_COLOR.muted).text(labels.fingerprint, left, doc.y, { width });
  doc.y += 4;
  const boxTop = doc.y;
  pdf.font("mono", 10);
  const hashHeight = doc.heightOfString(evidence.sha256, { width: width - 16 });
  doc
    .rect(left, boxTop, width, hashHeight + 12)
    .lineWidth(0.8)
    .strokeColor(PDF_COLOR.rule)
    .stroke();
  doc.fillColor(PDF_COLOR.text).text(evidence.sha256, left + 8, boxTop + 6, { width: width - 16 });
  doc.y = boxTop + hashHeight + 20;
  const matches = input.recomputedSha256 === evidence.sha256;
  pdf.keyValues([{ label: labels.check, value: matches ? labels.checkOk : labels.checkMismatch }]);
  doc.y += 4;
  pdf.paragraph(labels.verify(input.verifyPath), { size: 9, muted: true });
}
