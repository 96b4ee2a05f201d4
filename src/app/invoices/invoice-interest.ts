/**
 * Late interest on an unpaid invoice, shown on demand and invoiceable when the user chooses, under the contract's
 * governing law (src/app/offers/contract-law.ts: the offer's choice of law, else the studio's residence). Canada (Québec rules,
 * C.c.Q. 1617 and the Interest Act): the annual rate of the terms, else the 5% legal rate, from the debtor's default
 * (lapse of time when the terms say interest runs from the due date, else after a mise en demeure). France
 * (L441-10, D441-5): ECB refi + 10 points by half-year (or the agreed rate) and the 40 € indemnity, B2B only.
 */

import { DomainError } from "../../domain/errors.ts";
import { franceLatePenalty } from "../../domain/invoice/france-late-penalty.ts";
import { invoiceBalance } from "../../domain/invoice/invoice-balance.ts";
import { type Demeure, quebecLateInterest } from "../../domain/invoice/quebec-late-interest.ts";
import { money } from "../../domain/money.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { invoicedInterest } from "../../store/invoice-source-store.ts";
import type { StoredInvoice } from "../../store/invoice-store.ts";
import { findOffer } from "../../store/offer-store.ts";
import { contractLaw } from "../offers/contract-law.ts";
import type { AppContext } from "../shared/context.ts";
import { getClientRecord, getWorkspaceRecord } from "../shared/load-records.ts";
import { studioTodayOf } from "../shared/studio-day.ts";
import { createInvoiceDraft, type ManualLine } from "./invoice-drafts.ts";
import { INVOICE_ECB_RATES } from "./invoice-ecb-rates.ts";
import { getStoredInvoice } from "./invoice-queries.ts";

export interface InterestQuery {
  asOf?: string | undefined;
  demeure?: "none" | "lapse_of_time" | "formal_notice" | undefined;
  noticeDate?: string | undefined;
  deadline?: string | undefined;
}

function demeureOf(stored: StoredInvoice, q: InterestQuery): Demeure {
  const kind = q.demeure ?? (stored.details.lateInterestBps > 0 ? "lapse_of_time" : "none");
  if (kind === "formal_notice") {
    if (!q.noticeDate || !q.deadline) {
      throw new DomainError("validation", "a formal notice needs its date and deadline", {
        fields: [{ path: "deadline", issue: "required", message: "noticeDate and deadline are required" }],
      });
    }
    return { kind, noticeDate: q.noticeDate, deadline: q.deadline };
  }
  return { kind };
}

/** Computes the interest (and the French indemnity) owed on the invoice's unpaid balance up to `asOf`. */
export async function computeLateInterest(ctx: AppContext, actor: Actor, id: string, q: InterestQuery) {
  requirePermission(actor, "read");
  const asOf = q.asOf ?? (await studioTodayOf(ctx, actor.workspaceId));
  const stored = await getStoredInvoice(ctx.db, actor.workspaceId, id);
  const invoice = stored.invoice;
  if (invoice.status === "draft") throw new DomainError("invalid_state", "a draft bears no interest");
  const [workspace, client] = await Promise.all([
    getWorkspaceRecord(ctx.db, actor.workspaceId),
    getClientRecord(ctx.db, actor.workspaceId, invoice.clientId),
  ]);
  const open = invoice.status === "issued" || invoice.status === "partially_paid";
  const principal = open ? invoiceBalance(invoice).balance : money(0, invoice.currency);
  const base = { invoiceId: id, number: invoice.number, dueDate: invoice.dueDate, asOf, principal };
  // The contract's governing law decides (its choice-of-law clause, else the studio's residence), as for exits.
  const offerIds = [...new Set(stored.details.lines.flatMap((l) => (l.offerId ? [l.offerId] : [])))];
  const offers = await Promise.all(offerIds.map((o) => findOffer(ctx.db, actor.workspaceId, o)));
  const law = contractLaw(
    workspace,
    client,
    offers.map((o) => o?.offer.content.terms.governingLaw),
  );
  if (law.jurisdiction === "FR") {
    const p = franceLatePenalty({
      principal,
      dueDate: invoice.dueDate,
      asOf,
      isConsumer: client.isConsumer,
      ...(stored.details.lateInterestBps > 0 ? { contractRatePpm: stored.details.lateInterestBps * 100 } : {}),
      ecbRefiRates: INVOICE_ECB_RATES,
    });
    return {
      ...base,
      rules: "france" as const,
      interest: p.penalty,
      indemnity: p.indemnity,
      total: p.total,
      days: p.days,
      france: p,
    };
  }
  const qc = quebecLateInterest({
    principal,
    dueDate: invoice.dueDate,
    asOf,
    demeure: demeureOf(stored, q),
    ...(stored.details.lateInterestBps > 0
      ? {
          contractRate: {
            period: "year" as const,
            ratePpm: stored.details.lateInterestBps * 100,
            annualEquivalentStated: true,
          },
        }
      : {}),
  });
  return {
    ...base,
    rules: "quebec" as const,
    interest: qc.interest,
    indemnity: money(0, invoice.currency),
    total: qc.interest,
    days: qc.days,
    quebec: qc,
  };
}

/**
 * Creates a draft invoice for the interest (and indemnity) owed so far, less what earlier interest invoices for the
 * same invoice already charged (so asking twice never charges twice); the lines carry no tax.
 */
export async function createInterestInvoice(ctx: AppContext, actor: Actor, id: string, q: InterestQuery) {
  requirePermission(actor, "write");
  const r = await computeLateInterest(ctx, actor, id, q);
  const [stored, already] = await Promise.all([
    getStoredInvoice(ctx.db, actor.workspaceId, id),
    invoicedInterest(ctx.db, actor.workspaceId, id),
  ]);
  const interest = r.interest.amount - already.interest;
  const indemnity = r.indemnity.amount - already.indemnity;
  if (interest <= 0 && indemnity <= 0) {
    throw new DomainError(
      "invalid_state",
      "no late interest is owed on this invoice beyond what was already invoiced",
      {
        alreadyInvoiced: already,
      },
    );
  }
  const fr = stored.details.language === "fr";
  const lines: ManualLine[] = [];
  if (interest > 0) {
    lines.push({
      description: fr
        ? `Intérêts de retard sur la facture ${r.number} (${r.days} ${r.days > 1 ? "jours" : "jour"} au ${r.asOf})`
        : `Late interest on invoice ${r.number} (${r.days} ${r.days === 1 ? "day" : "days"} to ${r.asOf})`,
      ...(already.interest > 0
        ? { detail: fr ? "Moins les intérêts déjà facturés" : "Less interest already invoiced" }
        : {}),
      quantityMilli: 1000,
      unitPrice: interest,
      taxable: false,
      source: { kind: "interest", id: `${id}:${r.asOf}` },
    });
  }
  if (indemnity > 0) {
    lines.push({
      description: fr
        ? `Indemnité forfaitaire pour frais de recouvrement — facture ${r.number} (C. com. art. D441-5)`
        : `Fixed recovery indemnity — invoice ${r.number} (C. com. art. D441-5)`,
      quantityMilli: 1000,
      unitPrice: indemnity,
      taxable: false,
      source: { kind: "interest", id: `${id}:${r.asOf}:indemnity` },
    });
  }
  return createInvoiceDraft(ctx, actor, {
    clientId: stored.invoice.clientId,
    lines,
    reference: fr ? `Facture ${r.number}` : `Invoice ${r.number}`,
  });
}
