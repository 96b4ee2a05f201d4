/**
 * The misreadings of issue 9 (item 7), each as it was reported and as it now reads. The client is the demo's agency
 * on 2026-12-06: two invoices unpaid and overdue, two lists on the first mandate and none yet on the second, a
 * deposit invoiced for the second offer before any work on it.
 */
import { describe, expect, it } from "vitest";
import { computeClientHealth } from "./compute-client-health.ts";
import type { HealthInput, HealthInvoice } from "./health-input.ts";
import { emptyHealthInput, metricOf } from "./health-test-input.fixture.ts";
import { healthTrend } from "./health-trend.ts";

const base = emptyHealthInput("2026-12-06");

const metric = metricOf;

const unpaid = (id: string, issueDate: string, dueDate: string, total: number): HealthInvoice => ({
  id,
  issueDate,
  dueDate,
  subtotal: total,
  total,
  balance: total,
});

describe("payment delay counts unpaid overdue invoices and late payments", () => {
  // Reported: "payment delay 0 d — good" while both invoices were unpaid and overdue.
  it("two unpaid invoices, 19 and 11 days past due on 2026-12-06: 15 days late (equal amounts), watch", () => {
    const input = {
      ...base,
      invoices: [
        unpaid("deposit", "2026-11-02", "2026-11-17", 190_859),
        unpaid("balance", "2026-10-26", "2026-11-25", 190_859),
      ],
    };
    const m = metric(input, "payment_delay");
    expect(m).toMatchObject({ value: 15, unit: "days", status: "watch" });
    expect(m.explanation.en).toBe(
      "2 invoices due (2 unpaid, 0 paid late): 15 days late on average (weighted by amount).",
    );
    expect(m.explanation.fr).toBe(
      "2 factures échues (2 impayées, 0 payée en retard) : 15 jours de retard en moyenne (pondérée par montant).",
    );
  });

  it("a payment 40 days after the due date counts 40 days; one paid on time counts 0; amounts weigh", () => {
    const late = { ...unpaid("late", "2026-09-01", "2026-10-01", 300_000), balance: 0, paidDate: "2026-11-10" };
    const onTime = { ...unpaid("on-time", "2026-10-01", "2026-10-31", 100_000), balance: 0, paidDate: "2026-10-20" };
    // (40 × 3 000 $ + 0 × 1 000 $) ÷ 4 000 $ = 30 days
    expect(metric({ ...base, invoices: [late, onTime] }, "payment_delay")).toMatchObject({
      value: 30,
      status: "watch",
    });
    expect(metric({ ...base, invoices: [onTime] }, "payment_delay")).toMatchObject({ value: 0, status: "good" });
  });

  it("an invoice not due yet says nothing yet: not enough data", () => {
    const m = metric({ ...base, invoices: [unpaid("new", "2026-12-01", "2026-12-31", 50_000)] }, "payment_delay");
    expect(m).toMatchObject({ value: null, status: "unknown" });
    expect(m.explanation.en).toBe("Not enough data yet: no invoice has reached its due date yet.");
  });
});

describe("rounds per mandate are counted per mandate", () => {
  // Reported: "1 list per mandate" when both lists were on the first mandate (the second had none yet).
  it("two lists on one mandate, none on the other: 2 per mandate", () => {
    const claim = (id: string, roundId: string, receivedOn: string) => ({
      id,
      roundId,
      mandateId: "mandate-1",
      receivedOn,
      triage: "in_scope" as const,
    });
    const input = {
      ...base,
      claims: [
        claim("c1", "round-1", "2026-11-12"),
        claim("c2", "round-1", "2026-11-12"),
        claim("c3", "round-2", "2026-11-20"),
      ],
    };
    const m = metric(input, "feedback_rounds_per_mandate");
    expect(m).toMatchObject({ value: 2, status: "good" });
    expect(m.explanation.en).toBe("2 feedback rounds received on 1 mandate: 2 per mandate.");
    expect(m.explanation.fr).toBe("2 listes de demandes reçues sur 1 mandat : 2 par mandat.");
  });
});

describe("a metric without enough data says so and weighs nothing", () => {
  // Reported: one warning signal turned a new client "0/100 critical".
  it("a new client with one serious warning: the signal is bad, but there is not enough data for a score", () => {
    const input = {
      ...base,
      signals: [{ id: "s", kind: "warning" as const, severity: 3 as const, occurredOn: "2026-12-06" }],
    };
    const health = computeClientHealth(input);
    expect(health.metrics.find((m) => m.key === "warning_signals")?.status).toBe("bad");
    expect(health.score).toMatchObject({ value: null, known: 1, required: 3 });
    expect(health.warning).toEqual({ level: "none", reasons: [] });
    const unknown = health.metrics.filter((m) => m.status === "unknown");
    expect(unknown).toHaveLength(11);
    for (const m of unknown) {
      expect(m.explanation.en.startsWith("Not enough data yet: ")).toBe(true);
      expect(m.explanation.fr.startsWith("Pas encore assez de données : ")).toBe(true);
    }
    expect(health.score.parts.map((p) => p.key)).toEqual(["warning_signals"]);
  });

  it("with three known metrics the score is their weighted mean, unknown ones left out", () => {
    const input: HealthInput = {
      ...base,
      signals: [{ id: "s", kind: "warning", severity: 3, occurredOn: "2026-12-06" }],
      valuesAlignment: [{ valueId: "v", weight: 3, rating: 5 }],
      timeEntries: [{ id: "t", date: "2026-11-20", minutes: 600, category: "billable", billableRate: 10_000 }],
      earnedRevenue: 100_000,
    };
    // rate 100 $/h good (×3) + goodwill 0 % good (×2) + values good (×2) + signals bad (×2) → 700 ÷ 9 = 78
    expect(computeClientHealth(input).score).toMatchObject({ value: 78, known: 4 });
  });
});

describe("the effective rate divides earned revenue, never an unearned deposit", () => {
  // Reported: "effective rate 142 $/h — good" because a deposit invoiced before any work counted as revenue.
  const deposit = unpaid("deposit", "2026-11-02", "2026-11-17", 190_859);

  it("a deposit alone, no work done: no effective rate (not enough data)", () => {
    const m = metric({ ...base, invoices: [deposit], earnedRevenue: 0 }, "effective_hourly_rate");
    expect(m).toMatchObject({ value: null, status: "unknown" });
  });

  it("a deposit and hours logged but nothing earned yet: still no rate, whatever was invoiced", () => {
    const input: HealthInput = {
      ...base,
      invoices: [deposit],
      timeEntries: [{ id: "t", date: "2026-11-20", minutes: 12 * 60, category: "billable", billableRate: 9_500 }],
      earnedRevenue: 0,
    };
    const m = metric(input, "effective_hourly_rate");
    expect(m).toMatchObject({ value: null, status: "unknown" });
    expect(m.explanation.fr).toBe(
      "Pas encore assez de données : aucun revenu gagné sur la période (travail fait et valorisé; un acompte n’en est pas).",
    );
  });

  it("once work is earned, the rate is earned ÷ hours: 1 140 $ for 12 h = 95 $/h", () => {
    const input: HealthInput = {
      ...base,
      invoices: [deposit],
      timeEntries: [{ id: "t", date: "2026-11-20", minutes: 12 * 60, category: "billable", billableRate: 9_500 }],
      earnedRevenue: 114_000,
    };
    expect(metric(input, "effective_hourly_rate")).toMatchObject({ value: 9_500, status: "good" });
  });
});

describe("the trend's last point is today's score", () => {
  it("same score and level as the headline, whatever the month", () => {
    const input: HealthInput = {
      ...base,
      invoices: [unpaid("a", "2026-10-26", "2026-11-25", 100_000)],
      timeEntries: [{ id: "t", date: "2026-10-20", minutes: 600, category: "billable", billableRate: 10_000 }],
      signals: [{ id: "s", kind: "warning", severity: 2, occurredOn: "2026-11-01" }],
      earnedRevenue: 100_000,
      workspaceRevenue: 400_000,
    };
    const today = computeClientHealth(input);
    const last = healthTrend(input, 6).at(-1);
    expect(last?.month).toBe("2026-12");
    expect(last?.health.score.value).toBe(today.score.value);
    expect(last?.health.warning.level).toBe(today.warning.level);
  });
});
