/**
 * Test fixture built from the founding story (shared/founding-story.fr.txt): a Québec web collective, an agency
 * client, a first mandate delivered, a second offer signed a week before the second list, two unpaid invoices,
 * a warning from the previous developer, and hours of unpaid adjustments. Names and amounts are invented; the
 * sequence of events follows the story. Dates: mandate 1 signed 2026-09-08, warning 2026-10-02, delivery
 * 2026-10-09, first list 2026-10-12, offer 2 signed 2026-10-13, second list 2026-10-20, decision 2026-10-21.
 */
import type { HealthClaim, HealthInput } from "./health-input.ts";

const round1: HealthClaim[] = [
  ...["c1", "c2", "c3", "c4", "c5"].map((id) => ({ id, triage: "goodwill" as const })),
  { id: "c6", triage: "alternative" as const },
  { id: "c7", triage: "alternative" as const },
  { id: "c8", triage: "change_order" as const },
].map((c) => ({ ...c, roundId: "round-1", mandateId: "mandate-1", receivedOn: "2026-10-12" }));

// The second list asks again for the two complex items already answered with alternatives: confirmed repeats.
const round2: HealthClaim[] = [
  { id: "c9", triage: "duplicate" as const, repeatOf: { kind: "claim" as const, id: "c6" } },
  { id: "c10", triage: "duplicate" as const, repeatOf: { kind: "claim" as const, id: "c7" } },
  ...["c11", "c12", "c13", "c14"].map((id) => ({ id, triage: "change_order" as const })),
].map((c) => ({ ...c, roundId: "round-2", mandateId: "mandate-1", receivedOn: "2026-10-20" }));

/** Health input for the agency client on the day the collective decides (2026-10-21). */
export const foundingStoryHealthInput: HealthInput = {
  clientId: "client-agence",
  currency: "CAD",
  asOf: "2026-10-21",
  from: "2026-01-01",
  // Mandate 1 at a fixed price of 3,200 $ (32 h estimated at 100 $/h), then 14 h of free adjustments by Alexandre.
  timeEntries: [
    { id: "t1", date: "2026-09-15", minutes: 16 * 60, category: "included", billableRate: 10_000 },
    { id: "t2", date: "2026-10-06", minutes: 16 * 60, category: "included", billableRate: 10_000 },
    { id: "t3", date: "2026-10-13", minutes: 90, category: "internal", billableRate: 10_000 },
    { id: "t4", date: "2026-10-15", minutes: 8 * 60, category: "goodwill", billableRate: 10_000 },
    { id: "t5", date: "2026-10-19", minutes: 6 * 60, category: "goodwill", billableRate: 10_000 },
  ],
  // Two invoices of 1,600 $ + GST 80,00 $ + QST 159,60 $ = 1 839,60 $, both unpaid; the first is overdue.
  invoices: [
    {
      id: "inv-2026-014",
      issueDate: "2026-09-08",
      dueDate: "2026-10-08",
      subtotal: 160_000,
      total: 183_960,
      balance: 183_960,
    },
    {
      id: "inv-2026-019",
      issueDate: "2026-10-09",
      dueDate: "2026-11-08",
      subtotal: 160_000,
      total: 183_960,
      balance: 183_960,
    },
  ],
  claims: [...round1, ...round2],
  signedOffers: [
    { offerId: "offer-1", signedAt: "2026-09-08", deliverableCount: 6 },
    { offerId: "offer-2", signedAt: "2026-10-13", deliverableCount: 8 },
  ],
  // « Il faudra considérer de nouveaux délais et un supplément facturable. » — « Non, on n’accepte pas ça. »
  changeOrders: [{ id: "co-1", date: "2026-10-12", status: "rejected" }],
  signals: [
    // « Je voudrais te prévenir, ils vont te mener la vie dure, t’as aucune idée. »
    { id: "sig-previous-dev", kind: "warning", severity: 3, occurredOn: "2026-10-02" },
    // The second list repeats the complex items already answered with alternatives.
    { id: "sig-second-list", kind: "warning", severity: 2, occurredOn: "2026-10-20" },
  ],
  // « Ce partenaire ne rejoint pas nos valeurs de collaboration et de consensus. »
  valuesAlignment: [
    { valueId: "value-collaboration", weight: 5, rating: 1 },
    { valueId: "value-social-impact", weight: 4, rating: 2 },
    { valueId: "value-self-respect", weight: 5, rating: 1 },
  ],
  // Mandate 1 (fixed price, 3 200 $) was delivered on 2026-10-09: all of it is earned, half of the work in each month.
  earnedRevenue: 320_000,
  earnedRevenueByMonth: { "2026-09": 160_000, "2026-10": 160_000 },
  workspaceRevenue: 6_400_000,
  workspaceRevenueByMonth: { "2026-08": 700_000, "2026-09": 800_000, "2026-10": 500_000 },
  targetHourlyRate: 9_500,
};
