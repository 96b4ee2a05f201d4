/**
 * The continue / renegotiate / stop worksheet as a PDF, for the file and the evidence pack: the client, the status
 * and, once decided, the verdict with its rationale and date; the three options' scores side by side and which one
 * leads; the facts prefilled from the records under each option; the studio's values with their weights and ratings;
 * the arguments for and against each option with their weights and origin. Scores are those frozen with the verdict
 * (a decided worksheet) or computed from the draft.
 */
import { DECISION_OPTIONS, type DecisionWorksheet } from "../domain/decision/decision-worksheet.ts";
import type { DecisionScores } from "../domain/decision/score-decision.ts";
import type { Language } from "../domain/offer/offer-content.ts";
import { decisionWorksheetLabels } from "./decision-worksheet-labels.ts";
import { createPdfDocument, type PdfPageSize } from "./pdf-document.ts";
import type { PdfLocale } from "./pdf-formatter.ts";
import { pdfLabels } from "./pdf-labels.ts";

/** The options of `renderDecisionWorksheetPdf`. */
export interface RenderDecisionWorksheetPdfInput {
  worksheet: DecisionWorksheet;
  /** The scores to print: the frozen ones of a decided worksheet, or the draft's current ones. */
  scores: DecisionScores;
  /** The client's name as the studio knows it. */
  clientName: string;
  /** The studio, printed in the page header. */
  issuerName: string;
  language: Language;
  /** ISO instant of the render (PDF creation date). */
  generatedAt: string;
  /** Defaults to fr-CA or en-CA. */
  locale?: PdfLocale;
  /** Defaults to A4 for fr-FR, Letter otherwise. */
  pageSize?: PdfPageSize;
}

/** Renders a decision worksheet to PDF bytes. */
export async function renderDecisionWorksheetPdf(input: RenderDecisionWorksheetPdfInput): Promise<Uint8Array> {
  const { worksheet: w, scores, language } = input;
  const l = decisionWorksheetLabels(language);
  const pdf = await createPdfDocument({
    locale: input.locale ?? (language === "en" ? "en-CA" : "fr-CA"),
    ...(input.pageSize ? { pageSize: input.pageSize } : {}),
    title: `${l.kind} — ${input.clientName}`,
    issuerName: input.issuerName,
    headerRight: l.kind,
    createdAt: input.generatedAt,
  });
  const f = pdf.format;
  const option = (o: (typeof DECISION_OPTIONS)[number]) => l.options[o];

  pdf.titleBlock({
    kind: l.kind,
    title: l.title(input.clientName),
    note: pdfLabels(language).generatedOn(f.dayOf(input.generatedAt)),
  });
  pdf.keyValues([
    { label: l.client, value: input.clientName },
    { label: l.createdOn, value: f.date(w.createdOn) },
    { label: l.status, value: l.statuses[w.status] },
    ...(w.supersedes ? [{ label: l.supersedes, value: w.supersedes, mono: true }] : []),
    ...(w.status === "decided"
      ? [
          { label: l.verdict, value: option(w.verdict) },
          { label: l.decidedOn, value: f.date(w.decidedOn) },
          { label: l.rationale, value: w.rationale },
        ]
      : []),
  ]);

  pdf.heading(l.scores);
  pdf.paragraph(l.scoresNote, { size: 9, muted: true });
  const score = (v: number | null) => (v === null ? "—" : `${v}/100`);
  pdf.table({
    columns: [
      { header: l.columns.option, width: 2.4 },
      { header: l.columns.values, width: 1.4, align: "right" },
      { header: l.columns.arguments, width: 1.5, align: "right" },
      { header: l.columns.total, width: 1.9, align: "right" },
      { header: l.columns.pros, width: 0.9, align: "right" },
      { header: l.columns.cons, width: 0.9, align: "right" },
    ],
    rows: scores.options.map((s) => [
      option(s.option),
      score(s.values),
      score(s.arguments),
      s.status === "scored" ? score(s.total) : l.notEnough,
      String(s.pros),
      String(s.cons),
    ]),
  });
  pdf.paragraph(scores.leading ? l.leading(option(scores.leading)) : l.noLeader, { style: "bold", size: 10 });

  pdf.heading(l.facts);
  for (const o of DECISION_OPTIONS) {
    pdf.heading(option(o), 2);
    const facts = w.facts[o];
    if (facts.length === 0) pdf.paragraph(l.noFacts, { muted: true });
    else pdf.bullets(facts.map((fact) => `${fact.label[language]} (${l.effect[fact.effect]})`));
  }

  pdf.heading(l.criteria);
  pdf.paragraph(l.criteriaNote, { size: 9, muted: true });
  if (w.ratingsCarriedOver) pdf.paragraph(l.carriedOver, { size: 9, muted: true });
  pdf.table({
    columns: [
      { header: l.criterion, width: 4.4 },
      { header: l.weight, width: 0.9, align: "right" },
      ...DECISION_OPTIONS.map((o) => ({ header: option(o), width: 1.4, align: "right" as const })),
    ],
    rows: w.criteria.map((c) => [
      c.statement,
      `${c.weight}/5`,
      ...DECISION_OPTIONS.map((o) => (c.ratings[o] === undefined ? "—" : `${c.ratings[o]}/5`)),
    ]),
  });

  pdf.heading(l.arguments);
  for (const o of DECISION_OPTIONS) {
    pdf.heading(option(o), 2);
    const args = w.arguments.filter((a) => a.option === o);
    if (args.length === 0) {
      pdf.paragraph(l.noArguments, { muted: true });
      continue;
    }
    pdf.table({
      columns: [
        { header: l.argumentColumns.side, width: 1 },
        { header: l.argumentColumns.text, width: 5 },
        { header: l.argumentColumns.weight, width: 0.9, align: "right" },
        { header: l.argumentColumns.origin, width: 1 },
      ],
      rows: args.map((a) => [l.side[a.side], a.text[language], `${a.weight}/5`, l.origin[a.origin]]),
    });
  }
  pdf.space(6);
  pdf.paragraph(l.disclaimer, { size: 9, muted: true });
  return pdf.finish();
}
