import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeClientHealth } from "./compute-client-health.ts";
import { foundingStoryHealthInput as story } from "./founding-story.fixture.ts";
import type { HealthInput, HealthInvoice } from "./health-input.ts";
import type { HealthMetricKey } from "./health-metric.ts";
import { emptyHealthInput, metricOf } from "./health-test-input.fixture.ts";

const empty = emptyHealthInput();

const metric = metricOf;

describe("computeClientHealth on the founding story (hand-computed)", () => {
  it("effective rate = 3 200 $ earned ÷ 47,5 h (32 included + 14 goodwill + 1,5 internal) = 67,37 $/h, bad against 95 $", () => {
    const m = metric(story, "effective_hourly_rate");
    expect(m).toMatchObject({ value: 6_737, unit: "money_per_hour", currency: "CAD", status: "bad" });
    expect(m.explanation.fr).toContain("3\u00a0200,00\u00a0$ gagnés pour 47,5 h");
    expect(m.explanation.fr).toContain("67,37\u00a0$/h");
    expect(m.explanation.en).toContain("$67.37/h against a target of $95.00/h");
    expect(m.sources).toEqual(["t1", "t2", "t3", "t4", "t5"].map((id) => ({ entity: "time_entry", id })));
  });

  it("goodwill = 14 h worth 1 400 $ at 100 $/h, 29,5 % of hours: bad", () => {
    const hours = metric(story, "goodwill_hours");
    const value = metric(story, "goodwill_value");
    expect(hours).toMatchObject({ value: 14, status: "bad" });
    expect(value).toMatchObject({ value: 140_000, unit: "money", status: "bad" });
    expect(hours.explanation.fr).toContain("14 h offertes gratuitement sur 47,5 h (29,5 %)");
    expect(hours.explanation.en).toContain("worth $1,400.00");
    expect(hours.sources).toEqual([
      { entity: "time_entry", id: "t4" },
      { entity: "time_entry", id: "t5" },
    ]);
  });

  it("scope creep = (5 change orders + 5 goodwill + 2 alternatives) ÷ 14 signed items = 0,857: bad", () => {
    const m = metric(story, "scope_creep_index");
    expect(m).toMatchObject({ value: 0.8571, status: "bad" });
    expect(m.explanation.en).toBe(
      "12 out-of-scope requests (5 change orders, 5 goodwill, 2 alternatives) for 14 signed deliverables: index 0.86.",
    );
    expect(m.sources.filter((s) => s.entity === "claim")).toHaveLength(12);
    expect(m.sources).toContainEqual({ entity: "offer", id: "offer-2" });
  });

  it("feedback rounds = 2 lists on 1 mandate: good (2 is the normal upper bound)", () => {
    const m = metric(story, "feedback_rounds_per_mandate");
    expect(m).toMatchObject({ value: 2, status: "good" });
    expect(m.explanation.fr).toBe("2 listes de demandes reçues sur 1 mandat : 2 par mandat.");
  });

  it("change-order acceptance = 0 of 1: bad", () => {
    const m = metric(story, "change_order_acceptance");
    expect(m).toMatchObject({ value: 0, status: "bad", sources: [{ entity: "change_order", id: "co-1" }] });
  });

  it("payment delay = 13 days (invoice 014 unpaid since 2026-10-08; 019 not due yet): watch", () => {
    const m = metric(story, "payment_delay");
    expect(m).toMatchObject({ value: 13, unit: "days", status: "watch" });
    expect(m.sources).toEqual([{ entity: "invoice", id: "inv-2026-014" }]);
    expect(m.explanation.en).toBe(
      "1 invoice due (1 unpaid, 0 paid late): 13 days late on average (weighted by amount).",
    );
    expect(m.explanation.fr).toBe(
      "1 facture échue (1 impayée, 0 payée en retard) : 13 jours de retard en moyenne (pondérée par montant).",
    );
  });

  it("overdue = 1 839,60 $ (invoice 014, 13 days late): watch", () => {
    const m = metric(story, "overdue_amount");
    expect(m).toMatchObject({ value: 183_960, status: "watch", sources: [{ entity: "invoice", id: "inv-2026-014" }] });
    expect(m.explanation.fr).toContain("1\u00a0839,60\u00a0$");
    expect(m.explanation.en).toContain("the oldest is 13 days late");
  });

  it("concentration = 3 200 $ ÷ 64 000 $ = 5 %: good", () => {
    expect(metric(story, "revenue_concentration")).toMatchObject({ value: 0.05, status: "good" });
  });

  it("warning signals = 3 × 0,5^(19/90) + 2 × 0,5^(1/90) = 4,58 points: bad", () => {
    const m = metric(story, "warning_signals");
    expect(m).toMatchObject({ value: 4.58, status: "bad" });
    expect(m.sources.map((s) => s.id)).toEqual(["sig-previous-dev", "sig-second-list"]);
  });

  it("values alignment = (5×0 + 4×0,25 + 5×0) ÷ 14 = 7,1 %: bad", () => {
    const m = metric(story, "values_alignment");
    expect(m).toMatchObject({ value: 0.0714, status: "bad" });
    expect(m.explanation.en).toBe("3 values rated, weighted by importance: 7.1% alignment.");
  });

  it("repeated points = 1 list of 2 asks again for 2 points answered with alternatives: watch, sourced by both pairs", () => {
    const m = metric(story, "repeated_points");
    expect(m).toMatchObject({ value: 1, unit: "rounds", status: "watch" });
    expect(m.explanation.fr).toBe(
      "1 liste de demandes sur 2 reprend des points déjà réglés (refusés, offerts, tranchés par avenant ou livrés) : 2 demandes confirmées comme redites.",
    );
    expect(m.explanation.en).toBe(
      "1 feedback round of 2 repeats points already settled (declined, given, decided by change order or delivered): 2 requests confirmed as repeats.",
    );
    expect(m.sources).toEqual(["c9", "c10", "c6", "c7"].map((id) => ({ entity: "claim", id })));
  });

  it("score = (rounds 100×1 + repeats 50×2 + delay 50×1 + concentration 100×1 + overdue 50×2) ÷ 19 = 24: critical warning", () => {
    const health = computeClientHealth(story);
    expect(health.score.value).toBe(24);
    expect(health.score).toMatchObject({ known: 11, required: 3 });
    expect(health.warning.level).toBe("critical");
    expect(health.warning.reasons[0]?.fr).toBe("Score de santé de 24/100, sous le seuil de 60.");
    expect(health.warning.reasons).toHaveLength(1 + 7); // headline + the seven bad metrics (goodwill counted twice)
  });

  it("every metric carries both sentences and never a NaN", () => {
    for (const m of computeClientHealth(story).metrics) {
      expect(m.explanation.fr.length).toBeGreaterThan(10);
      expect(m.explanation.en.length).toBeGreaterThan(10);
      expect(Number.isNaN(m.value)).toBe(false);
    }
  });
});

describe("threshold and weights", () => {
  it("a workspace that lowers the threshold under the score sees no warning", () => {
    const health = computeClientHealth({ ...story, settings: { threshold: 20, criticalThreshold: 10 } });
    expect(health.warning).toEqual({ level: "none", reasons: [] });
  });

  it("a score between the critical threshold and the threshold is a plain warning", () => {
    const health = computeClientHealth({ ...story, settings: { threshold: 30, criticalThreshold: 20 } });
    expect(health.warning.level).toBe("warning");
  });

  it("weights change the score: only the overdue metric weighted → 50", () => {
    const weights = Object.fromEntries(
      computeClientHealth(story).metrics.map((m) => [m.key, m.key === "overdue_amount" ? 1 : 0]),
    ) as Record<HealthMetricKey, number>;
    expect(computeClientHealth({ ...story, settings: { weights } }).score.value).toBe(50);
  });

  it("a healthy client scores 100 with no warning", () => {
    const healthy: HealthInput = {
      ...empty,
      timeEntries: [{ id: "t", date: "2026-10-01", minutes: 600, category: "billable", billableRate: 10_000 }],
      claims: [{ id: "c", roundId: "r", mandateId: "m", receivedOn: "2026-10-03", triage: "in_scope" }],
      earnedRevenue: 100_000,
      invoices: [
        {
          id: "i",
          issueDate: "2026-10-02",
          dueDate: "2026-11-01",
          subtotal: 100_000,
          total: 114_975,
          balance: 0,
          paidDate: "2026-10-20",
        },
      ],
      signedOffers: [{ offerId: "o", signedAt: "2026-09-01", deliverableCount: 4 }],
      changeOrders: [{ id: "co", date: "2026-10-05", status: "approved" }],
      signals: [{ id: "s", kind: "praise", severity: 1, occurredOn: "2026-10-10" }],
      valuesAlignment: [{ valueId: "v", weight: 3, rating: 5 }],
      workspaceRevenue: 1_000_000,
    };
    const health = computeClientHealth(healthy);
    expect(health.metrics.every((m) => m.status === "good")).toBe(true);
    expect(health.score.value).toBe(100);
    expect(health.warning.level).toBe("none");
  });
});

describe("empty data", () => {
  it("every metric says it has not enough data yet, with a null value and no source; the score is null; no warning", () => {
    const health = computeClientHealth(empty);
    for (const m of health.metrics) {
      expect(m).toMatchObject({ value: null, status: "unknown", sources: [] });
      expect(m.explanation.fr).toMatch(/^Pas encore assez de données : ./);
      expect(m.explanation.en).toMatch(/^Not enough data yet: ./);
    }
    expect(health.score.value).toBeNull();
    expect(health.warning.level).toBe("none");
  });

  it("hours with nothing earned yet give no rate (not enough data), not 0 $/h nor a division error", () => {
    const input = {
      ...empty,
      timeEntries: [{ id: "t", date: "2026-10-01", minutes: 60, category: "goodwill" as const, billableRate: 9_000 }],
    };
    expect(metric(input, "effective_hourly_rate")).toMatchObject({ value: null, status: "unknown" });
    expect(metric(input, "effective_hourly_rate").explanation.en).toBe(
      "Not enough data yet: no revenue earned in the period (work done and valued; a deposit is not).",
    );
  });

  it("refuses a studio revenue lower than the client's and out-of-range value ratings", () => {
    expect(() => computeClientHealth({ ...story, workspaceRevenue: 100 })).toThrow(/studio/);
    expect(() =>
      computeClientHealth({ ...story, valuesAlignment: [{ valueId: "v", weight: 6, rating: 1 }] }),
    ).toThrowError(expect.objectContaining({ code: "validation" }));
  });

  it("never returns NaN or Infinity, whatever the records (property)", () => {
    const date = fc.integer({ min: 0, max: 60 }).map((d) => `2026-09-${String((d % 30) + 1).padStart(2, "0")}`);
    fc.assert(
      fc.property(
        fc.array(fc.record({ minutes: fc.integer({ min: 0, max: 600 }), date }), { maxLength: 5 }),
        fc.array(fc.record({ subtotal: fc.integer({ min: 0, max: 100_000 }), date }), { maxLength: 3 }),
        fc.integer({ min: 0, max: 5 }),
        (entries, invoices, items) => {
          const input: HealthInput = {
            ...empty,
            timeEntries: entries.map((e, i) => ({ id: `t${i}`, ...e, category: "billable", billableRate: 10_000 })),
            invoices: invoices.map((v, i) => ({
              id: `i${i}`,
              issueDate: v.date,
              dueDate: v.date,
              subtotal: v.subtotal,
              total: v.subtotal,
              balance: v.subtotal,
            })),
            signedOffers: [{ offerId: "o", signedAt: "2026-09-01", deliverableCount: items }],
            earnedRevenue: invoices.reduce((s, v) => s + v.subtotal, 0),
            workspaceRevenue: 10_000_000,
          };
          for (const m of computeClientHealth(input).metrics) {
            expect(m.value === null || Number.isFinite(m.value)).toBe(true);
          }
        },
      ),
    );
  });
});

describe("time summed before health (what a list of every client reads)", () => {
  it("gives the same health as the entries, with no entry named as a source", () => {
    const entry = fc.record({
      id: fc.uuid(),
      date: fc.constantFrom("2026-01-05", "2026-06-30", "2026-10-21", "2026-11-02"),
      minutes: fc.integer({ min: 1, max: 600 }),
      category: fc.constantFrom("billable", "included", "goodwill", "internal" as const),
      billableRate: fc.integer({ min: 0, max: 30_000 }),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), fc.integer({ min: 0, max: 500_000 }), (entries, earned) => {
        const input: HealthInput = { ...story, timeEntries: entries, earnedRevenue: earned };
        const upToAsOf = entries.filter((e) => e.date <= input.asOf);
        const goodwill = upToAsOf.filter((e) => e.category === "goodwill");
        const summed: HealthInput = {
          ...input,
          timeEntries: [],
          timeTotals: {
            minutes: upToAsOf.reduce((s, e) => s + e.minutes, 0),
            goodwillMinutes: goodwill.reduce((s, e) => s + e.minutes, 0),
            // each entry rounded half-up alone, as SQL does it: (minutes × rate + 30) div 60
            goodwillValue: goodwill.reduce((s, e) => s + Math.floor((e.minutes * e.billableRate + 30) / 60), 0),
          },
        };
        const full = computeClientHealth(input);
        const fast = computeClientHealth(summed);
        const strip = (h: typeof full) =>
          h.metrics.map((m) => ({
            ...m,
            sources: m.sources.filter((x) => x.entity !== "time_entry"),
          }));
        expect(strip(fast)).toEqual(strip(full));
        expect(fast.score).toEqual(full.score);
        expect(fast.warning).toEqual(full.warning);
        expect(fast.metrics.flatMap((m) => m.sources).some((x) => x.entity === "time_entry")).toBe(false);
      }),
    );
  });
});

describe("settled invoices summed and signals counted before health (what a list of every client reads)", () => {
  const date = fc.constantFrom("2026-06-30", "2026-09-01", "2026-10-01", "2026-10-08", "2026-10-20", "2026-10-21");
  const invoice = fc.record({
    id: fc.uuid(),
    issueDate: date,
    dueDays: fc.integer({ min: 0, max: 45 }),
    subtotal: fc.integer({ min: 0, max: 500_000 }),
    // settled: paid on a day (maybe late), or credited / written off (nothing left, no payment date); else open
    state: fc.constantFrom("paid", "closed", "open", "partly"),
    paidDays: fc.integer({ min: 0, max: 90 }),
  });
  const signal = fc.record({
    id: fc.uuid(),
    kind: fc.constantFrom("warning", "praise", "note" as const),
    severity: fc.constantFrom(1, 2, 3 as const),
    occurredOn: fc.constantFrom("2025-01-10", "2026-03-01", "2026-10-02", "2026-10-20"),
  });
  const plus = (day: string, n: number) => new Date(Date.parse(day) + n * 86_400_000).toISOString().slice(0, 10);
  const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

  it("gives the same health as the records, naming only the open invoices", () => {
    fc.assert(
      fc.property(fc.array(invoice, { maxLength: 12 }), fc.array(signal, { maxLength: 8 }), (rows, signals) => {
        const invoices: HealthInvoice[] = rows.map((r) => {
          const total = Math.round(r.subtotal * 1.14975);
          const dueDate = plus(r.issueDate, r.dueDays);
          const paidDate = plus(r.issueDate, r.paidDays);
          if (r.state === "paid" && paidDate <= story.asOf) {
            return { id: r.id, issueDate: r.issueDate, dueDate, subtotal: r.subtotal, total, balance: 0, paidDate };
          }
          const balance = r.state === "closed" ? 0 : r.state === "partly" ? Math.floor(total / 2) : total;
          return { id: r.id, issueDate: r.issueDate, dueDate, subtotal: r.subtotal, total, balance };
        });
        const input: HealthInput = { ...story, from: undefined, invoices, signals };
        // What the rollup's triggers sum (see the health-rollup migration), and what stays a row.
        const settled = invoices.filter((i) => i.balance === 0);
        const due = settled.filter((i) => i.total > 0);
        const late = (i: HealthInvoice) => (i.paidDate ? Math.max(0, days(i.dueDate, i.paidDate)) : 0);
        const summed: HealthInput = {
          ...input,
          invoices: invoices.filter((i) => i.balance !== 0),
          settledInvoices: {
            count: settled.length,
            dueCount: due.length,
            dueTotal: due.reduce((s, i) => s + i.total, 0),
            lateWeighted: due.reduce((s, i) => s + late(i) * i.total, 0),
            paidLateCount: due.filter((i) => late(i) > 0).length,
            subtotal: settled.reduce((s, i) => s + i.subtotal, 0),
          },
          signals: signals.filter((x) => x.kind === "warning"),
          signalCounts: {
            all: signals.filter((x) => x.occurredOn <= story.asOf).length,
            praise: signals.filter((x) => x.kind === "praise" && x.occurredOn <= story.asOf).length,
          },
        };
        const full = computeClientHealth(input);
        const fast = computeClientHealth(summed);
        const open = new Set(summed.invoices.map((i) => i.id));
        const strip = (h: typeof full) =>
          h.metrics.map((m) => ({
            ...m,
            sources: m.sources.filter((x) => x.entity !== "invoice" || open.has(x.id)),
          }));
        expect(strip(fast)).toEqual(strip(full));
        expect(fast.score).toEqual(full.score);
        expect(fast.warning).toEqual(full.warning);
        // what the dashboard computes: the same grades and score, no sentence written
        const unsaid = computeClientHealth(summed, { sentences: false });
        expect(unsaid.metrics.map((m) => [m.key, m.value, m.status])).toEqual(
          fast.metrics.map((m) => [m.key, m.value, m.status]),
        );
        expect(unsaid.score).toEqual(fast.score);
        expect(unsaid.warning.level).toBe(fast.warning.level);
        expect(unsaid.metrics.every((m) => m.status === "unknown" || m.explanation.en === "")).toBe(true);
      }),
    );
  });
});
