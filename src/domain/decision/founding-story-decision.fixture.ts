/**
 * Decision facts of the founding story on 2026-10-21, the day after the second list: offer 2 (7 800 $, signed a
 * week earlier, not started), two unpaid invoices, 14 h of free adjustments, and the collective's values
 * (collaboration and consensus, work with human or social value, respect for the team). Amounts are invented.
 */
import { computeClientHealth } from "../health/compute-client-health.ts";
import { foundingStoryHealthInput } from "../health/founding-story.fixture.ts";
import type { DecisionFacts } from "./prefill-decision.ts";

export const foundingStoryDecisionFacts: DecisionFacts = {
  decisionId: "decision-1",
  clientId: "client-agence",
  currency: "CAD",
  asOf: "2026-10-21",
  signedNotStarted: [{ offerId: "offer-2", title: "Nouveau site web (2e mandat)", amount: 780_000 }],
  // « Nous aurons sûrement d’autres mandats de leur part. »
  expectedFutureWork: [
    { id: "future-1", description: "Autres mandats promis par l’agence", amount: 1_500_000, probabilityPercent: 30 },
  ],
  openInvoices: [
    { id: "inv-2026-014", number: "2026-014", dueDate: "2026-10-08", balance: 183_960 },
    { id: "inv-2026-019", number: "2026-019", dueDate: "2026-11-08", balance: 183_960 },
  ],
  timeEntries: foundingStoryHealthInput.timeEntries,
  health: computeClientHealth(foundingStoryHealthInput),
  values: [
    { id: "value-collaboration", statement: "Collaboration et consensus", weight: 5 },
    { id: "value-social-impact", statement: "Des projets à valeur humaine ou sociale", weight: 4 },
    { id: "value-self-respect", statement: "Le respect de nous-mêmes et de l’équipe", weight: 5 },
  ],
};
