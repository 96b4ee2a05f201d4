/**
 * The invoice or credit note as a PDF, from its view model: number and dates, seller and buyer with their
 * registrations, the lines (with a VAT-rate column in France), the subtotal, one line per tax with its rate and the
 * seller's registration number (GST and QST apart, never a combined rate), the total, what was paid and the balance,
 * the payment terms and every mandatory mention, in the client's language.
 */
import type { InvoicePdfViewModel } from "./invoice-pdf-view-model.ts";
import { partyLines } from "./party-lines.ts";
import { createPdfDocument } from "./pdf-document.ts";
import { defaultPdfLocale, type PdfFormatter } from "./pdf-formatter.ts";
import { type PdfLabels, pdfLabels } from "./pdf-labels.ts";
import type { PdfTableColumn, PdfTableInput } from "./pdf-table.ts";

/** Renders an invoice or a credit note to PDF bytes. */
export async function renderInvoicePdf(model: InvoicePdfViewModel): Promise<Uint8Array> {
  const locale = model.locale ?? defaultPdfLocale(model.language, model.currency);
  const labels = pdfLabels(model.language);
  const l = labels.invoice;
  const france = locale === "fr-FR";
  const kind =
    model.kind === "invoice" ? l.invoice : france && model.language === "fr" ? l.creditNoteFrance : l.creditNote;
  const pdf = await createPdfDocument({
    locale,
    ...(model.pageSize ? { pageSize: model.pageSize } : {}),
    title: `${kind} ${model.number}`,
    issuerName: model.seller.name,
    headerRight: `${kind} ${model.number}`,
    createdAt: model.generatedAt,
  });
  const f = pdf.format;
  const money = (amount: number) => f.money(amount, model.currency);
  const vat = model.taxes.some((t) => t.taxCode === "TVA") || model.lines.some((x) => x.vatRatePpm !== undefined);

  pdf.titleBlock({ kind, title: model.number, note: labels.generatedOn(f.dayOf(model.generatedAt)) });
  const supply = model.supplyDate;
  pdf.keyValues([
    { label: l.number, value: model.number },
    { label: l.issueDate, value: f.date(model.issueDate) },
    ...(model.dueDate ? [{ label: l.dueDate, value: f.date(model.dueDate) }] : []),
    ...(supply === undefined
      ? []
      : [
          {
            label: l.supplyDate,
            value: typeof supply === "string" ? f.date(supply) : l.supplyPeriod(f.date(supply.from), f.date(supply.to)),
          },
        ]),
    ...(model.credits
      ? [
          {
            label: l.creditedInvoice,
            value: l.creditedInvoiceValue(model.credits.number, f.date(model.credits.issueDate)),
          },
        ]
      : []),
    ...(model.credits?.reason ? [{ label: l.creditReason, value: model.credits.reason }] : []),
    ...(model.reference ? [{ label: l.reference, value: model.reference }] : []),
  ]);
  pdf.space(6);
  pdf.parties([
    { caption: l.seller, name: model.seller.name, lines: partyLines(model.seller, labels) },
    { caption: l.buyer, name: model.buyer.name, lines: partyLines(model.buyer, labels) },
  ]);

  pdf.table(linesTable(model, { vat, labels: l, format: f, money }));

  pdf.totals([
    { label: vat ? l.subtotalExclTax : l.subtotal, value: money(model.subtotal) },
    ...model.taxes.map((t) => ({
      label: [
        l.tax(l.taxName[t.taxCode], f.percentPpm(t.ratePpm)),
        ...(t.registrationNumber ? [l.registration(t.registrationNumber)] : []),
      ].join(" — "),
      value: money(t.amount),
    })),
    {
      label: model.kind === "credit_note" ? l.amountCredited : vat ? l.totalInclTax : l.total,
      value: money(model.total),
      strong: true,
    },
    ...(model.kind === "invoice"
      ? [
          { label: l.amountPaid, value: money(model.amountPaid) },
          { label: l.balanceDue, value: money(model.balanceDue), strong: true },
        ]
      : []),
  ]);

  if (model.paymentTerms) pdf.keyValues([{ label: l.paymentTerms, value: model.paymentTerms }]);
  if (model.paymentInstructions && model.paymentInstructions.length > 0) {
    pdf.heading(l.howToPay, 2);
    for (const line of model.paymentInstructions) pdf.paragraph(line, { size: 9, gap: 4 });
  }
  if (model.mentions.length > 0) {
    pdf.heading(l.mentions, 2);
    for (const mention of model.mentions) pdf.paragraph(mention, { size: 9, gap: 4 });
  }
  return pdf.finish();
}

interface LinesTableContext {
  vat: boolean;
  labels: PdfLabels["invoice"];
  format: PdfFormatter;
  money: (amount: number) => string;
}

function linesTable(model: InvoicePdfViewModel, ctx: LinesTableContext): PdfTableInput {
  const c = ctx.labels.columns;
  const columns: PdfTableColumn[] = [
    { header: c.description, width: 5.2 },
    { header: c.quantity, width: 1.5, align: "right" },
    { header: c.unitPrice, width: 1.6, align: "right" },
    ...(ctx.vat ? [{ header: c.vat, width: 1.1, align: "right" as const }] : []),
    { header: c.amount, width: 1.7, align: "right" },
  ];
  const rows = model.lines.map((line) => {
    const detail = [line.detail ?? "", line.discount ? ctx.labels.discount(ctx.money(line.discount)) : ""]
      .filter((s) => s !== "")
      .join("\n");
    return [
      { text: line.description, detail },
      [ctx.format.quantity(line.quantityMilli), line.unit ?? ""].join(" ").trim(),
      ctx.money(line.unitPrice),
      ...(ctx.vat ? [line.vatRatePpm === undefined ? "—" : ctx.format.percentPpm(line.vatRatePpm)] : []),
      ctx.money(line.amount),
    ];
  });
  return { columns, rows };
}
