/**
 * The offer of service as a PDF, from the canonical signed document (`signedDocument`): exactly what the client reads
 * on the portal, in the document's language — parties, summary, deliverables with quantities and prices, totals and
 * deposit, pricing model, exclusions, assumptions, schedule, terms and the consent text — and, for a signed offer, a
 * last page with the signature certificate.
 */
import { DomainError } from "../domain/errors.ts";
import type { OfferStatus } from "../domain/offer/offer.ts";
import type { Language } from "../domain/offer/offer-content.ts";
import { contractKindLabel, offerStatusLabel, pricingModelLabel } from "../domain/offer/offer-status-label.ts";
import type { SignatureEvidence } from "../domain/offer/signature.ts";
import { fingerprint, type OfferDocument } from "../domain/offer/signed-document.ts";
import { partyLines } from "./party-lines.ts";
import { createPdfDocument, type PdfPageSize } from "./pdf-document.ts";
import { defaultPdfLocale, type PdfLocale } from "./pdf-formatter.ts";
import { pdfLabels } from "./pdf-labels.ts";
import { drawSignatureCertificate } from "./signature-certificate.ts";

/** The options of `renderOfferPdf`. */
export interface RenderOfferPdfInput {
  /** The canonical document (parsed from the stored signed text for a signed offer). */
  document: OfferDocument;
  status: OfferStatus;
  /** The signature evidence (with the SHA-256 of the signed text); required when the offer is signed. */
  signature?: SignatureEvidence | undefined;
  /** ISO instant of the render: printed and written as the PDF creation date. */
  generatedAt: string;
  /** Language of the labels; defaults to the document's (the signed content itself is never translated). */
  language?: Language;
  /** The offer's id, to print its verification endpoint on the certificate. */
  offerId?: string;
  /** Defaults from the language and currency: fr-CA, en-CA, or fr-FR for euros. */
  locale?: PdfLocale;
  /** Defaults to A4 for fr-FR, Letter otherwise. */
  pageSize?: PdfPageSize;
  /** IANA time zone of the printed instants. */
  timeZone?: string;
}

/** Renders an offer of service to PDF bytes. */
export async function renderOfferPdf(input: RenderOfferPdfInput): Promise<Uint8Array> {
  const { document: d, signature } = input;
  if (input.status === "signed" && signature === undefined) {
    throw new DomainError("validation", "a signed offer is printed with its signature evidence", {
      fields: [{ path: "signature", issue: "required", message: "signature evidence is required" }],
    });
  }
  const language = input.language ?? d.language;
  const labels = pdfLabels(language);
  const pdf = await createPdfDocument({
    locale: input.locale ?? defaultPdfLocale(language, d.currency),
    ...(input.pageSize ? { pageSize: input.pageSize } : {}),
    ...(input.timeZone ? { timeZone: input.timeZone } : {}),
    title: `${labels.offer.kind} ${d.number}`,
    issuerName: d.issuer.name,
    headerRight: labels.offer.numberVersion(d.number, d.version),
    createdAt: input.generatedAt,
  });
  const f = pdf.format;
  const money = (amount: number) => f.money(amount, d.currency);

  const status = `${labels.colon(labels.status)} ${offerStatusLabel(input.status, language)}`;
  pdf.titleBlock({
    kind: labels.offer.kind,
    title: d.title,
    reference: labels.offer.numberVersion(d.number, d.version),
    note: `${status} · ${labels.generatedOn(f.dayOf(input.generatedAt))}`,
  });
  pdf.parties([
    { caption: labels.offer.issuer, name: d.issuer.name, lines: partyLines(d.issuer, labels) },
    {
      caption: labels.offer.client,
      name: d.client.name,
      lines: [
        ...partyLines(d.client, labels),
        ...(d.endClient ? [labels.offer.endClient(d.endClient.name, d.endClient.reference)] : []),
      ],
    },
  ]);
  pdf.keyValues([{ label: labels.offer.contractKind, value: contractKindLabel(d.contractKind, language) }]);
  if (d.summary.trim() !== "") {
    pdf.heading(labels.offer.summary);
    pdf.paragraph(d.summary);
  }

  pdf.heading(labels.offer.deliverables);
  const c = labels.offer.columns;
  pdf.table({
    columns: [
      { header: c.position, width: 0.6 },
      { header: c.deliverable, width: 6.2 },
      { header: c.quantity, width: 1.6, align: "right" },
      { header: c.unitPrice, width: 1.6, align: "right" },
      { header: c.amount, width: 1.7, align: "right" },
    ],
    rows: d.deliverables.map((item, i) => [
      String(i + 1),
      {
        text: item.title,
        // The team's estimate is internal: the client never sees it (the portal does not show it either).
        detail: item.description,
      },
      `${f.quantity(item.quantity)} ${item.unit}`,
      item.unitPrice === undefined ? labels.offer.fixedPrice : money(item.unitPrice),
      money(item.amount),
    ]),
  });
  const t = d.totals;
  pdf.totals([
    { label: labels.offer.subtotal, value: money(t.subtotal) },
    ...(d.pricing.capAmount === undefined ? [] : [{ label: labels.offer.cap, value: money(d.pricing.capAmount) }]),
    { label: t.isEstimate ? labels.offer.totalEstimate : labels.offer.total, value: money(t.total), strong: true },
    ...(t.depositBps > 0
      ? [{ label: labels.offer.deposit(f.percentBps(t.depositBps)), value: money(t.depositAmount) }]
      : []),
  ]);
  pdf.paragraph(labels.offer.taxesExtra, { size: 8.5, muted: true, align: "right" });

  pdf.heading(labels.offer.pricing);
  const note =
    d.pricing.model === "capped"
      ? labels.offer.pricingNote.capped(money(d.pricing.capAmount ?? t.total))
      : labels.offer.pricingNote[d.pricing.model];
  pdf.paragraph(`${pricingModelLabel(d.pricing.model, language)}. ${note}`);

  pdf.heading(labels.offer.exclusions);
  if (d.exclusions.length === 0) pdf.paragraph(labels.offer.noExclusions, { muted: true });
  else pdf.bullets(d.exclusions.map((x) => x.text));
  pdf.heading(labels.offer.assumptions);
  if (d.assumptions.length === 0) pdf.paragraph(labels.offer.noAssumptions, { muted: true });
  else pdf.bullets(d.assumptions.map((x) => x.text));

  pdf.heading(labels.offer.schedule);
  pdf.keyValues([
    { label: labels.offer.start, value: f.date(d.schedule.startDate) },
    { label: labels.offer.delivery, value: f.date(d.schedule.deliveryDate) },
  ]);

  pdf.heading(labels.offer.terms);
  pdf.keyValues([
    { label: labels.offer.payment, value: labels.offer.paymentDays(d.terms.paymentDays) },
    { label: labels.offer.lateInterest, value: labels.offer.perYear(f.percentBps(d.terms.lateInterestAnnualBps)) },
    { label: labels.offer.notice, value: labels.offer.days(d.terms.noticeDays) },
    { label: labels.offer.termination, value: d.terms.terminationClause || "—" },
    { label: labels.offer.cancellation, value: d.terms.cancellationConditions || "—" },
  ]);

  pdf.heading(labels.offer.acceptance);
  pdf.paragraph(d.consentText, { style: "italic" });
  if (signature !== undefined) {
    pdf.paragraph(labels.offer.signedBy(signature.signerName, f.dateTime(signature.signedAt)), { style: "bold" });
    drawSignatureCertificate(pdf, {
      kind: "signature",
      intro: labels.certificate.offerIntro(d.number, d.version),
      documentName: `${labels.offer.kind} ${labels.offer.numberVersion(d.number, d.version)}`,
      evidence: signature,
      recomputedSha256: fingerprint(d),
      verifyPath: `GET /api/v1/offers/${input.offerId ?? "{id}"}/verify`,
    });
  }
  return pdf.finish();
}
