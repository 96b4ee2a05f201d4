/**
 * Exit facts of the founding story: the collective ends the collaboration with the agency on 2026-10-22, two weeks'
 * notice, cancels offer 2 (signed 2026-10-13, not started, 7 800 $), stops work on the delivered first mandate
 * (the complex fixes on the previous developer's code will not be done) and keeps both unpaid invoices payable.
 * Names and amounts are invented; the sequence follows shared/founding-story.fr.txt.
 */
import type { CheckExitInput } from "./exit-check.ts";
import { type ExitFacts, prepareExitPlan } from "./prepare-exit-plan.ts";

export const foundingStoryExitFacts: ExitFacts = {
  exitId: "exit-1",
  clientId: "client-agence",
  currency: "CAD",
  jurisdiction: "CA-QC",
  noticeDate: "2026-10-22",
  effectiveDate: "2026-11-05",
  offers: [
    {
      id: "offer-1",
      reference: "OS-2026-004",
      title: "Intégration de contenu — site existant",
      status: "signed",
      signedOn: "2026-09-08",
      started: true,
      amount: 320_000,
    },
    {
      id: "offer-2",
      reference: "OS-2026-007",
      title: "Nouveau site web (2e mandat)",
      status: "signed",
      signedOn: "2026-10-13",
      started: false,
      amount: 780_000,
    },
  ],
  mandates: [
    {
      id: "mandate-1",
      reference: "OS-2026-004",
      title: "Intégration de contenu — site existant",
      signedOn: "2026-09-08",
      pricingModel: "fixed",
      agreedPrice: 320_000,
      valuation: { method: "percent", percentComplete: 100 },
      expenses: 0,
      usablePropertyValue: 0,
      invoicedToDate: 320_000,
      receivedToDate: 0,
      delivered: ["Intégration du contenu des 12 pages", "Ajustements demandés le 12 octobre (non complexes)"],
      remaining: ["Corrections complexes dans le code de l’ancien développeur"],
    },
  ],
  unpaidInvoices: [
    {
      id: "inv-2026-014",
      number: "2026-014",
      issueDate: "2026-09-08",
      dueDate: "2026-10-08",
      total: 183_960,
      balance: 183_960,
    },
    {
      id: "inv-2026-019",
      number: "2026-019",
      issueDate: "2026-10-09",
      dueDate: "2026-11-08",
      total: 183_960,
      balance: 183_960,
    },
  ],
  // The agency hosts its own client's site: no DNS or hosting to transfer (the default: no signed deliverable is about
  // hosting). The collective kept a full copy of the site it integrated and hands it over, ticked by hand.
  handover: [{ key: "backups", applicable: true }],
};

export const foundingStoryExitPlan = prepareExitPlan(foundingStoryExitFacts);

/** The collective's position: the agency demands work outside the signed offer and refuses every change order. */
export const foundingStoryCheckInput: CheckExitInput = {
  jurisdiction: "CA-QC",
  plan: foundingStoryExitPlan,
  asOf: "2026-10-22",
  initiatedBy: "provider",
  basis: "cause",
  reason: {
    category: "unilateralChangeOfTerms",
    description:
      "L’agence exige de compléter le site selon des attentes qui dépassent l’offre signée et refuse tout avenant.",
    evidence: [
      { kind: "round", id: "round-1", label: { fr: "Liste du client du 3 octobre", en: "Client's list of October 3" } },
      {
        kind: "round",
        id: "round-2",
        label: { fr: "Liste du client du 16 octobre", en: "Client's list of October 16" },
      },
      {
        kind: "change_order",
        id: "co-1",
        label: { fr: "Avenant refusé OS-2026-004-A1", en: "Rejected change order OS-2026-004-A1" },
      },
    ],
  },
  client: { isConsumer: false },
  contract: { duration: "project" },
  finalInvoiceIssued: false,
};
