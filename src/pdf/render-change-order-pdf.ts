/**
 * The change order (avenant) as a PDF, from its canonical document (`changeOrderDocument`): the signed offer it
 * amends (number, version and SHA-256 fingerprint), the parties, why and who asked, the added work with hours, rates
 * and amounts, the total before taxes, the effect on the schedule and the proposed delivery date, the consent text,
 * and for an approved change order a last page with the approval certificate.
 */
import type { ChangeOrderStatus } from "../domain/change-order/change-order.ts";
import type { ChangeOrderDocument } from "../domain/change-order/change-order-document.ts";
import { changeOrderStatusLabel } from "../domain/change-order/change-order-status-label.ts";
import { DomainError } from "../domain/errors.ts";
import type { Language } from "../domain/offer/offer-content.ts";
import type { SignatureEvidence } from "../domain/offer/signature.ts";
import { fingerprint } from "../domain/offer/signed-document.ts";
import { partyLines } from "./party-lines.ts";
import { createPdfDocument, type PdfPageSize } from "./pdf-document.ts";
import { defaultPdfLocale, type PdfLocale } from "./pdf-formatter.ts";
import { pdfLabels } from "./pdf-labels.ts";
import { drawSignatureCertificate } from "./signature-certificate.ts";

/** The options of `renderChangeOrderPdf`. */
export interface RenderChangeOrderPdfInput {
  /** The canonical document (parsed from the stored approved text for an approved change order). */
  document: ChangeOrderDocument;
  status: ChangeOrderStatus;
  /** The approval evidence (with the SHA-256 of the approved text); required when the change order is approved. */
  approval?: SignatureEvidence | undefined;
  /** ISO instant of the render: printed and written as the PDF creation date. */
  generatedAt: string;
  /** Language of the labels; defaults to the document's. */
  language?: Language;
  /** Defaults from the language and currency: fr-CA, en-CA, or fr-FR for euros. */
  locale?: PdfLocale;
  /** Defaults to A4 for fr-FR, Letter otherwise. */
  pageSize?: PdfPageSize;
  /** IANA time zone of the printed instants. */
  timeZone?: string;
}

/** Renders a change order to PDF bytes. */
export async function renderChangeOrderPdf(input: RenderChangeOrderPdfInput): Promise<Uint8Array> {
  const { document: d, approval } = input;
  if (input.status === "approved" && approval === undefined) {
    throw new DomainError("validation", "an approved change order is printed with its approval evidence", {
      fields: [{ path: "approval", issue: "required", message: "approval evidence is required" }],
    });
  }
  const language = input.language ?? d.language;
  const labels = pdfLabels(language);
  const l = labels.changeOrder;
  const pdf = await createPdfDocument({
    locale: input.locale ?? defaultPdfLocale(language, d.currency),
    ...(input.pageSize ? { pageSize: input.pageSize } : {}),
    ...(input.timeZone ? { timeZone: input.timeZone } : {}),
    title: `${l.kind} ${d.number}`,
    issuerName: d.issuer.name,
    headerRight: d.number,
    createdAt: input.generatedAt,
  });
  const f = pdf.format;
  const money = (amount: number) => f.money(amount, d.currency);

  const status = `${labels.colon(labels.status)} ${changeOrderStatusLabel(input.status, language)}`;
  pdf.titleBlock({
    kind: l.kind,
    title: d.title,
    reference: d.number,
    note: `${status} · ${labels.generatedOn(f.dayOf(input.generatedAt))}`,
  });
  pdf.keyValues([
    { label: l.amends, value: l.amendsValue(d.amends.number, d.amends.version) },
    { label: l.amendsFingerprint, value: d.amends.sha256, mono: true },
  ]);
  pdf.space(6);
  pdf.parties([
    { caption: labels.offer.issuer, name: d.issuer.name, lines: partyLines(d.issuer, labels) },
    { caption: labels.offer.client, name: d.client.name, lines: partyLines(d.client, labels) },
  ]);
  pdf.keyValues([
    { label: l.reason, value: d.reason },
    { label: l.requester, value: d.requester },
  ]);

  pdf.heading(l.items);
  const c = l.columns;
  pdf.table({
    columns: [
      { header: labels.offer.columns.position, width: 0.6 },
      { header: c.item, width: 6 },
      { header: c.hours, width: 1.2, align: "right" },
      { header: c.rate, width: 1.6, align: "right" },
      { header: c.amount, width: 1.7, align: "right" },
    ],
    rows: d.items.map((item, i) => [
      String(i + 1),
      { text: item.title, detail: item.description },
      f.number(item.hours),
      item.hourlyRate === undefined ? l.fixedPrice : money(item.hourlyRate),
      money(item.amount),
    ]),
  });
  pdf.totals([
    { label: l.hoursTotal, value: f.number(d.hours) },
    { label: l.total, value: money(d.total), strong: true },
  ]);
  pdf.paragraph(labels.offer.taxesExtra, { size: 8.5, muted: true, align: "right" });

  pdf.heading(l.schedule);
  pdf.paragraph(l.impact(d.scheduleImpactDays), { style: "bold" });
  pdf.keyValues([{ label: l.proposedDelivery, value: f.date(d.proposedDeliveryDate) }]);

  pdf.heading(l.approval);
  pdf.paragraph(d.consentText, { style: "italic" });
  if (approval !== undefined) {
    pdf.paragraph(l.approvedBy(approval.signerName, f.dateTime(approval.signedAt)), { style: "bold" });
    drawSignatureCertificate(pdf, {
      kind: "approval",
      intro: labels.certificate.changeOrderIntro(d.number, d.amends.number),
      documentName: `${l.kind} ${d.number} — ${l.amends.toLowerCase()} ${l.amendsValue(d.amends.number, d.amends.version)}`,
      evidence: approval,
      recomputedSha256: fingerprint(d),
    });
  }
  return pdf.finish();
}
