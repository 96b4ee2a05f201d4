/**
 * The termination letter in Canadian English.
 */
import { countOf, formatDate, formatList, formatMoney } from "../health/localized.ts";
import type { ExitPlan } from "./prepare-exit-plan.ts";
import type { LetterContext, LetterParts, SectionKey } from "./render-termination-letter.ts";

/** Builds the English letter. */
export function englishLetter(ctx: LetterContext): LetterParts {
  const { input, ruleSet, contracts, citedNotice } = ctx;
  const { plan, tone, provider, client, basis } = input;
  const cordial = tone === "cordial";
  const m = (amount: number) => formatMoney({ amount, currency: plan.currency }, "en");
  const ht = ctx.france ? "excluding VAT" : "before taxes";
  const ttc = ctx.france ? " including VAT" : "";
  const days = (n: number) => countOf(n, "en", { fr: ["jour", "jours"], en: ["day", "days"] });
  const d = (date: string) => formatDate(date, "en");
  const list = (items: readonly string[]) => formatList(items, "en");
  const effective = d(plan.effectiveDate);
  const refs = list(contracts.map((c) => `service offer ${c.reference} “${c.title}”, signed on ${d(c.signedOn)}`));
  const contractWord = contracts.length > 1 ? "the contracts" : "the contract";

  // A formal notice is mentioned only when it is recorded and its delay has run (ctx.citedNotice).
  const noticeUnanswered = citedNotice
    ? `, our formal notice of ${d(citedNotice.sentOn)} having gone unanswered when the ${days(citedNotice.cureDays)} it gave ran out`
    : "";
  const legalBasis = basis.clause
    ? `under clause ${basis.clause} of our agreement${basis.kind === "cause" ? noticeUnanswered : ""}`
    : ruleSet === "CA-QC"
      ? `under article 2126 of the Civil Code of Québec${basis.kind === "cause" ? noticeUnanswered : ""}`
      : ruleSet === "FR"
        ? basis.kind === "cause"
          ? `under articles 1224 and 1226 of the French Civil Code${noticeUnanswered}`
          : `under article 1211 of the French Civil Code${ctx.relationshipNoticeSufficient ? ", with written notice that reflects the length of our business relationship (article L442-1 of the Commercial Code)" : ""}`
        : basis.kind === "cause"
          ? citedNotice
            ? `following our breach notice of ${d(citedNotice.sentOn)}, the ${days(citedNotice.cureDays)} to cure having expired`
            : "for breach of its obligations"
          : "on the notice provided for in our agreement";

  const work = plan.mandates.map(
    (mandate) =>
      `For “${mandate.title}” (${mandate.reference}) — delivered: ${list(mandate.delivered) || "nothing"}; still to be delivered by ${effective}: ${list(mandate.toDeliver) || "nothing"}; will not be delivered: ${list(mandate.notDelivered) || "nothing"}.`,
  );

  const depositText = (o: ExitPlan["offers"][number]) => {
    const dep = o.deposit;
    if (!dep) return "As the work has not started, nothing will be invoiced for it.";
    const numbers = list(dep.lines.map((l) => `no. ${l.invoiceNumber}`));
    if (dep.action === "keep_against_costs") {
      const terms = dep.cancellationConditions.trim();
      return `The deposit of ${m(dep.invoiced)} ${ht} (invoice ${numbers}) is kept against the costs incurred${terms ? `, as the offer's cancellation terms provide: “${terms}”` : ""}; nothing else will be invoiced for it.`;
    }
    return `As the work has not started, the deposit of ${m(dep.invoiced)} ${ht} (invoice ${numbers}) will be cancelled by a credit note${dep.refund > 0 ? ` and the ${m(dep.refund)} already paid will be refunded by ${effective}` : ""}; nothing will be invoiced for it.`;
  };
  const cancelled = plan.offers.map((o) =>
    o.status === "signed"
      ? `We are also cancelling service offer ${o.reference} “${o.title}”, signed on ${d(o.signedOn ?? plan.noticeDate)} (${m(o.amount)} ${ht}). ${depositText(o)}`
      : `We are also withdrawing our proposal ${o.reference} “${o.title}”.`,
  );

  const invoiceText = (i: LetterContext["payable"][number]) =>
    `no. ${i.number} for ${m(i.balance)}${ttc} (${i.dueDate < plan.noticeDate ? "due since" : "due on"} ${d(i.dueDate)})${i.action === "payment_plan" ? ", for which we will propose a payment plan" : ""}`;
  const invoices = [
    ctx.payable.length > 0
      ? `${ctx.payable.length > 1 ? "The following invoices remain payable on their terms" : "The following invoice remains payable on its terms"}: ${list(ctx.payable.map(invoiceText))}.`
      : "No earlier invoice remains unpaid.",
    ctx.interestTerms,
    ctx.writtenOff.length > 0
      ? `We are writing off ${list(ctx.writtenOff.map((i) => `invoice no. ${i.number}`))}, which will be cancelled by a credit note.`
      : "",
    plan.totals.finalInvoice > 0
      ? `A final invoice of ${m(plan.totals.finalInvoice)} ${ht} will follow for the work done up to the effective date, in proportion to the agreed price${ruleSet === "CA-QC" ? " (article 2129 of the Civil Code of Québec)" : ""}.`
      : "No final invoice will be issued: the work done is already invoiced.",
    plan.totals.creditNote > 0
      ? `A credit note of ${m(plan.totals.creditNote)} will cancel the invoiced amount that exceeds the value of the work done.`
      : "",
  ].filter((s) => s !== "");

  const { handover } = ctx;
  const surviving = [
    ctx.surviving.includes("confidentiality")
      ? "Our confidentiality obligations continue after the contract ends."
      : "",
    ctx.surviving.includes("ip_on_payment")
      ? "Intellectual property rights in the deliverables will be assigned to you upon full payment of the amounts owed."
      : "",
  ].filter((s) => s !== "");

  const sections: Record<SectionKey, string> = {
    parties: cordial
      ? `We are writing on behalf of the ${provider.name} team about our collaboration with ${client.name} under ${refs}. First, thank you for the trust you have placed in us.`
      : `This letter concerns ${contractWord} between ${provider.name} and ${client.name}: ${refs}.`,
    basis: cordial
      ? `After careful thought, we have decided not to continue our collaboration. We are therefore ending ${contractWord} ${legalBasis}.`
      : `${provider.name} hereby terminates ${contractWord} ${legalBasis}.`,
    reasons: ctx.includeReasons
      ? cordial
        ? `In the interest of transparency, here briefly is what led to our decision: ${input.reasons?.en.trim()}`
        : `This decision rests on the following ground: ${input.reasons?.en.trim()}`
      : "",
    effectiveDate:
      plan.noticeDays > 0
        ? `The termination takes effect on ${effective}, ${days(plan.noticeDays)} after the date of this letter (${d(plan.noticeDate)}).`
        : `The termination takes effect today, ${effective}.`,
    workStatus: work.length > 0 ? work.join(" ") : "No work has been carried out yet.",
    cancelled: cancelled.length > 0 ? cancelled.join(" ") : "No other service offer is pending.",
    invoices: invoices.join(" "),
    refund:
      plan.totals.refund > 0
        ? `The advances received exceed the value of the work done: we will refund ${m(plan.totals.refund)} by ${effective}.`
        : ctx.received === 0
          ? "We have received no advance; nothing is to be refunded."
          : "The amounts received do not exceed the value of the work done; no advance is to be refunded.",
    handover:
      handover.length > 0
        ? `${cordial ? "So that the transition happens without loss on your side, we will hand over" : "Before the effective date, we will hand over"}: ${list(handover.map((h) => `${h.label.en} by ${d(h.dueDate)}`))}. Please let us know who should receive these accesses.`
        : "There is nothing to hand over.",
    surviving: surviving.join(" "),
    referral: input.referral
      ? `If you are looking for a team to take over, we recommend ${input.referral.name}${input.referral.contact ? ` (${input.referral.contact})` : ""}.`
      : "",
    closing: cordial
      ? `Thank you sincerely for this collaboration; we wish you all the best with your projects. We remain available until ${effective} to make the transition smooth.`
      : "Please take note of this letter. We remain available for any question about the handover.",
  };

  return {
    subject: `${cordial ? "Ending our collaboration" : "Notice of termination"} — ${list(contracts.map((c) => c.reference))}`,
    greeting: cordial ? `Hello${client.contactName ? ` ${client.contactName}` : ""},` : "Dear Sir or Madam,",
    sections,
    signOff: cordial
      ? `Kind regards,\n${provider.signatory}\n${provider.name}`
      : `Yours truly,\n${provider.signatory}\n${provider.name}`,
  };
}
