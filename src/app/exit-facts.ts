/**
 * Gathers what an exit concerns, from the records: open offers (cancel; signed but not started too), mandates with the
 * C.c.Q. 2129 settlement inputs (agreed price, work done by checklist progress or hours, what was invoiced and paid),
 * unpaid invoices, and the jurisdiction whose rules apply (the client's province or country).
 */
import type { Client } from "../domain/client.ts";
import type { ExitFacts, ExitMandateFact, ExitOfferFact } from "../domain/exit/prepare-exit-plan.ts";
import { offerTotals } from "../domain/offer/offer-totals.ts";
import type { Workspace } from "../domain/workspace.ts";
import { openInvoicesOfClient } from "../store/decision-store.ts";
import { openOffersOfClient } from "../store/exit-facts-store.ts";
import type { AppContext } from "./context.ts";

/** The rules of the client's place: `CA-QC` for Québec, `FR` for France, else the studio's own jurisdiction. */
export function exitJurisdiction(client: Client, workspace: Workspace): string {
  if (client.address.country === "CA" && client.address.region) return `CA-${client.address.region}`;
  if (client.address.country === "FR") return "FR";
  return workspace.jurisdiction;
}

export interface ExitChoices {
  mandates?: Record<string, ExitMandateFact["action"]>;
  invoices?: Record<string, "collect" | "payment_plan" | "write_off">;
  /** Hours valuation instead of checklist progress, per mandate, with the rate (minor units per hour). */
  expenses?: Record<string, number>;
}

export async function gatherExitFacts(
  ctx: AppContext,
  input: {
    workspace: Workspace;
    client: Client;
    exitId: string;
    noticeDate: string;
    effectiveDate: string;
    choices: ExitChoices;
  },
): Promise<ExitFacts> {
  const { workspace, client, choices } = input;
  const [offers, invoices] = await Promise.all([
    openOffersOfClient(ctx.db, workspace.id, client.id),
    openInvoicesOfClient(ctx.db, workspace.id, client.id),
  ]);
  const offerFacts: ExitOfferFact[] = [];
  const mandateFacts: ExitMandateFact[] = [];
  for (const row of offers) {
    const { offer, mandate } = row;
    const started = !!mandate && (mandate.deliveries.length > 0 || mandate.checklist.some((i) => i.done));
    const total = offerTotals(offer.content).total;
    const signedOn = "signature" in offer && offer.signature ? offer.signature.signedAt.slice(0, 10) : undefined;
    const status = offer.status as "draft" | "sent" | "signed";
    offerFacts.push({
      id: offer.id,
      reference: offer.number || offer.id.slice(0, 8),
      title: offer.content.title,
      status,
      ...(signedOn ? { signedOn } : {}),
      started,
      amount: total,
    });
    if (!mandate || !started || (mandate.status !== "active" && mandate.status !== "delivered")) continue;
    const done = mandate.checklist.filter((i) => i.done).length;
    const pricing = offer.content.pricing;
    mandateFacts.push({
      id: mandate.id,
      reference: offer.number,
      title: offer.content.title,
      signedOn: signedOn ?? offer.createdAt.slice(0, 10),
      delivered: mandate.checklist.filter((i) => i.done).map((i) => i.title),
      remaining: mandate.checklist.filter((i) => !i.done).map((i) => i.title),
      pricingModel: pricing.model,
      agreedPrice: pricing.model === "capped" ? pricing.capAmount : pricing.model === "fixed" ? total : 0,
      valuation:
        pricing.model === "fixed"
          ? {
              method: "percent",
              percentComplete: mandate.checklist.length ? Math.round((done / mandate.checklist.length) * 100) : 0,
            }
          : { method: "hours", minutes: row.minutes, hourlyRate: workspace.targetHourlyRate },
      expenses: choices.expenses?.[mandate.id] ?? 0,
      usablePropertyValue: 0,
      invoicedToDate: row.invoiced,
      receivedToDate: row.received,
      ...(choices.mandates?.[mandate.id] ? { action: choices.mandates[mandate.id] } : {}),
    });
  }
  return {
    exitId: input.exitId,
    clientId: client.id,
    currency: workspace.currency,
    jurisdiction: exitJurisdiction(client, workspace),
    noticeDate: input.noticeDate,
    effectiveDate: input.effectiveDate,
    offers: offerFacts,
    mandates: mandateFacts,
    unpaidInvoices: invoices.map((i) => ({
      ...i,
      ...(choices.invoices?.[i.id] ? { action: choices.invoices[i.id] } : {}),
    })),
  };
}
