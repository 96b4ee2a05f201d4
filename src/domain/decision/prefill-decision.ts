/**
 * Prefills a decision worksheet from the client's records: facts per option, the workspace's values as criteria,
 * and one pro or con (weight 3, editable) per fact that argues for or against an option.
 */

import { addDays } from "../calendar-date.ts";
import { fieldError } from "../errors.ts";
import { type IsoDate, isWithin } from "../health/calendar-date.ts";
import type { ClientHealth } from "../health/compute-client-health.ts";
import type { HealthTimeEntry } from "../health/health-input.ts";
import type { HealthMetricKey } from "../health/health-metric.ts";
import type { Localized } from "../health/localized.ts";
import { type Currency, minutesTimesRate, roundHalfUp } from "../money.ts";
import type { WorkspaceValue } from "../workspace.ts";
import {
  DECISION_OPTIONS,
  type DecisionArgument,
  type DecisionCriterion,
  type DecisionOption,
  type DraftDecision,
  type FactLine,
} from "./decision-worksheet.ts";
import { factSentence } from "./fact-sentence.ts";
import { estimateNonPaymentRisk, type OpenInvoice } from "./non-payment-risk.ts";

export interface DecisionFacts {
  decisionId: string;
  clientId: string;
  currency: Currency;
  asOf: IsoDate;
  /** Signed offers whose work has not started (what stopping would cancel). Amounts before taxes. */
  signedNotStarted: readonly { offerId: string; title: string; amount: number }[];
  /** Work the user expects from this client, with a probability in percent (default 50). */
  expectedFutureWork: readonly { id: string; description: string; amount: number; probabilityPercent?: number }[];
  openInvoices: readonly OpenInvoice[];
  /** The client's time entries; hours per week use the last 8 weeks, goodwill the last 90 days. */
  timeEntries: readonly HealthTimeEntry[];
  /** Hours per week the user expects after a renegotiation, if known. */
  renegotiatedHoursPerWeek?: number;
  /** The client's health as of `asOf`, for the effective rate, scope creep and signals. */
  health?: ClientHealth;
  /** The workspace's values (`Workspace.values`): statement and weight 1-5. */
  values: readonly WorkspaceValue[];
  /**
   * The criteria of the client's earlier worksheets, newest first: a value already rated for this client starts with
   * its latest rating per option (the user can change it).
   */
  earlierCriteria?: readonly (readonly Pick<DecisionCriterion, "id" | "ratings">[])[];
}

const WEEKS = 8;
const GOODWILL_DAYS = 90;

/** Builds the draft worksheet; nothing is decided. */
export function prefillDecision(facts: DecisionFacts): DraftDecision {
  facts.values.forEach((v, i) => {
    if (!Number.isInteger(v.weight) || v.weight < 1 || v.weight > 5) {
      throw fieldError(`values.${i}.weight`, "range", "value weights are integers from 1 to 5");
    }
  });
  const say = factSentence(facts.currency);
  const signed = facts.signedNotStarted.reduce((s, o) => s + o.amount, 0);
  const signedSources = facts.signedNotStarted.map((o) => ({ entity: "offer" as const, id: o.offerId }));
  const future = facts.expectedFutureWork.reduce(
    (s, w) => s + roundHalfUp(w.amount * (w.probabilityPercent ?? 50), 100),
    0,
  );
  const recent = facts.timeEntries.filter((e) =>
    isWithin(e.date, { from: addDays(facts.asOf, -7 * WEEKS + 1), to: facts.asOf }),
  );
  const perWeek = Math.round((recent.reduce((s, e) => s + e.minutes, 0) / 60 / WEEKS) * 10) / 10;
  const goodwill = facts.timeEntries.filter(
    (e) =>
      e.category === "goodwill" && isWithin(e.date, { from: addDays(facts.asOf, -GOODWILL_DAYS + 1), to: facts.asOf }),
  );
  const goodwillMinutes = goodwill.reduce((s, e) => s + e.minutes, 0);
  const goodwillValue = goodwill.reduce((s, e) => s + minutesTimesRate(e.minutes, e.billableRate), 0);
  const risk = estimateNonPaymentRisk({ invoices: facts.openInvoices, asOf: facts.asOf });
  const invoiceSources = facts.openInvoices.map((i) => ({ entity: "invoice" as const, id: i.id }));
  const timeSources = (entries: readonly HealthTimeEntry[]) =>
    entries.map((e) => ({ entity: "time_entry" as const, id: e.id }));
  const metric = (key: HealthMetricKey) => facts.health?.metrics.find((m) => m.key === key);

  const line = (l: Omit<FactLine, "label"> & { label?: Localized }): FactLine => ({
    ...l,
    label: l.label ?? say(l.key, l.value),
  });
  const invoicesLine = (effect: FactLine["effect"]) =>
    line({
      key: "open_invoices",
      value: risk.balance,
      unit: "money",
      effect,
      sources: invoiceSources,
      label: say("open_invoices", risk.balance, { overdue: risk.overdue, atRisk: risk.amountAtRisk }),
    });
  const goodwillLine = (key: string, effect: FactLine["effect"]) =>
    line({
      key,
      value: goodwillValue,
      unit: "money",
      effect,
      sources: timeSources(goodwill),
      label: say(key, goodwillValue, { hours: goodwillMinutes / 60 }),
    });
  const healthLines: FactLine[] = [];
  for (const key of ["effective_hourly_rate", "scope_creep_index", "warning_signals"] as const) {
    const m = metric(key);
    if (!m) continue;
    const effect = m.status === "good" ? "pro" : m.status === "unknown" ? "neutral" : "con";
    healthLines.push({ key, label: m.explanation, value: m.value, unit: m.unit, effect, sources: m.sources });
  }

  const byOption: Record<DecisionOption, FactLine[]> = {
    continue: [
      line({ key: "signed_work_kept", value: signed, unit: "money", effect: "pro", sources: signedSources }),
      line({ key: "expected_future_work", value: future, unit: "money", effect: "pro", sources: [] }),
      line({
        key: "hours_per_week_consumed",
        value: perWeek,
        unit: "hours_per_week",
        effect: "con",
        sources: timeSources(recent),
      }),
      invoicesLine("neutral"),
      goodwillLine("goodwill_last_90_days", goodwillMinutes > 0 ? "con" : "neutral"),
      ...healthLines,
    ],
    renegotiate: [
      line({ key: "signed_work_kept_if_agreed", value: signed, unit: "money", effect: "pro", sources: signedSources }),
      goodwillLine("goodwill_to_bill", goodwillMinutes > 0 ? "pro" : "neutral"),
      line({
        key: "hours_per_week_renegotiated",
        value: facts.renegotiatedHoursPerWeek ?? perWeek,
        unit: "hours_per_week",
        effect: "neutral",
        sources: timeSources(recent),
      }),
      invoicesLine("neutral"),
      ...healthLines.map((h) => ({ ...h, effect: "neutral" as const })),
    ],
    stop: [
      line({ key: "signed_work_cancelled", value: signed, unit: "money", effect: "con", sources: signedSources }),
      line({ key: "expected_future_work_lost", value: future, unit: "money", effect: "con", sources: [] }),
      line({
        key: "hours_per_week_freed",
        value: perWeek,
        unit: "hours_per_week",
        effect: "pro",
        sources: timeSources(recent),
      }),
      invoicesLine(risk.balance > 0 ? "con" : "neutral"),
      goodwillLine("goodwill_avoided", goodwillMinutes > 0 ? "pro" : "neutral"),
    ],
  };

  const args: DecisionArgument[] = [];
  for (const option of DECISION_OPTIONS) {
    for (const fact of byOption[option]) {
      if (fact.effect === "neutral" || fact.value === 0) continue;
      args.push({
        id: `${option}:${fact.key}`,
        option,
        side: fact.effect,
        text: fact.label,
        weight: 3,
        origin: "fact",
      });
    }
  }
  const criteria = facts.values.map((v) => ({
    id: v.id,
    statement: v.statement,
    weight: v.weight,
    ratings: latestRatings(v.id, facts.earlierCriteria ?? []),
  }));
  return {
    status: "draft",
    id: facts.decisionId,
    clientId: facts.clientId,
    currency: facts.currency,
    createdOn: facts.asOf,
    facts: byOption,
    criteria,
    ...(criteria.some((c) => Object.keys(c.ratings).length > 0) ? { ratingsCarriedOver: true } : {}),
    arguments: args,
  };
}

/** The latest rating of one value per option over the earlier worksheets (newest first). */
function latestRatings(
  valueId: string,
  earlier: readonly (readonly Pick<DecisionCriterion, "id" | "ratings">[])[],
): DecisionCriterion["ratings"] {
  const ratings: DecisionCriterion["ratings"] = {};
  for (const criteria of earlier) {
    const rated = criteria.find((c) => c.id === valueId)?.ratings ?? {};
    for (const option of DECISION_OPTIONS) {
      const rating = rated[option];
      if (ratings[option] === undefined && rating !== undefined) ratings[option] = rating;
    }
  }
  return ratings;
}
