/**
 * The founding story, invoicing part: the deposit invoice of the second offer, issued the day it was signed, and the
 * first mandate's invoice, issued on delivery for the balance of the signed offer (billed from the offer, so nothing
 * can bill it again), payable in 15 days and still unpaid — now overdue.
 */
import type { Actor } from "../../domain/permissions.ts";
import { createInvoiceDraft } from "../invoices/invoice-drafts.ts";
import { issueInvoiceById } from "../invoices/issue-invoice.ts";
import type { AppContext } from "../shared/context.ts";
import { getOfferRecord } from "../shared/load-records.ts";

export interface InvoiceStoryInput {
  ctx: AppContext;
  on: (daysAgo: number) => AppContext;
  actor: Actor;
  agencyId: string;
  firstOfferId: string;
  secondOfferId: string;
  /** Days ago the second offer was signed and the first mandate delivered. */
  secondSignedDaysAgo: number;
  deliveredDaysAgo: number;
}

export async function playInvoiceStory(s: InvoiceStoryInput): Promise<void> {
  const { on, actor } = s;
  const deposit = await createInvoiceDraft(on(s.secondSignedDaysAgo), actor, {
    clientId: s.agencyId,
    sources: { depositOfferIds: [s.secondOfferId] },
  });
  await issueInvoiceById(on(s.secondSignedDaysAgo), actor, deposit.invoice.id);

  const { offer } = await getOfferRecord(s.ctx.db, actor.workspaceId, s.firstOfferId);
  const final = await createInvoiceDraft(on(s.deliveredDaysAgo), actor, {
    clientId: s.agencyId,
    // The balance of a work is due on its acceptance (C.c.Q. 2111): 15 days after delivery here.
    paymentDays: 15,
    reference: `Offre ${offer.number ?? ""} — ${offer.content.title}`,
    // Billed from the signed offer itself, so its ledger, the exit and the letter know it is billed.
    sources: { offers: [{ offerId: s.firstOfferId, target: "balance" }] },
  });
  await issueInvoiceById(on(s.deliveredDaysAgo), actor, final.invoice.id);
}
