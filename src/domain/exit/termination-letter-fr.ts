/**
 * The termination letter in French. Written for a Québec reader (« la présente », « nº », « d’ici le », « avant
 * taxes »), not translated from the English version; a client in France reads France's wording (HT, TTC).
 */
import { countOf, formatDate, formatList, formatMoney } from "../health/localized.ts";
import type { ExitPlan } from "./prepare-exit-plan.ts";
import type { LetterContext, LetterParts, SectionKey } from "./render-termination-letter.ts";

/** Builds the French letter. */
export function frenchLetter(ctx: LetterContext): LetterParts {
  const { input, ruleSet, contracts, citedNotice } = ctx;
  const { plan, tone, provider, client, basis } = input;
  const cordial = tone === "cordial";
  const m = (amount: number) => formatMoney({ amount, currency: plan.currency }, "fr");
  /** Amounts before taxes, and taxes included: « HT » / « TTC » in France, « avant taxes » in Québec. */
  const ht = ctx.france ? "HT" : "avant taxes";
  const ttc = ctx.france ? " TTC" : "";
  const days = (n: number) => countOf(n, "fr", { fr: ["jour", "jours"], en: ["day", "days"] });
  const d = (date: string) => formatDate(date, "fr");
  const list = (items: readonly string[]) => formatList(items, "fr");
  const effective = d(plan.effectiveDate);
  const refs = list(
    contracts.map((c) => `l’offre de service ${c.reference} « ${c.title} », signée le ${d(c.signedOn)}`),
  );
  const contractWord = contracts.length > 1 ? "les contrats" : "le contrat";

  // A formal notice is mentioned only when it is recorded and its delay has run (ctx.citedNotice).
  const noticeUnanswered = citedNotice
    ? `, notre mise en demeure du ${d(citedNotice.sentOn)} étant restée sans effet à l’expiration du délai de ${days(citedNotice.cureDays)} qu’elle accordait`
    : "";
  const legalBasis = basis.clause
    ? `conformément à la clause ${basis.clause} de notre entente${basis.kind === "cause" ? noticeUnanswered : ""}`
    : ruleSet === "CA-QC"
      ? `conformément à l’article 2126 du Code civil du Québec${basis.kind === "cause" ? noticeUnanswered : ""}`
      : ruleSet === "FR"
        ? basis.kind === "cause"
          ? `conformément aux articles 1224 et 1226 du Code civil${noticeUnanswered}`
          : `conformément à l’article 1211 du Code civil${ctx.relationshipNoticeSufficient ? ", avec un préavis écrit qui tient compte de la durée de notre relation commerciale (article L442-1 du Code de commerce)" : ""}`
        : basis.kind === "cause"
          ? citedNotice
            ? `à la suite de notre avis de manquement du ${d(citedNotice.sentOn)}, le délai de ${days(citedNotice.cureDays)} pour y remédier étant expiré`
            : "pour manquement à ses obligations"
          : "moyennant le préavis prévu à notre entente";

  const work = plan.mandates.map((mandate) => {
    const none = "aucun";
    return `Pour le mandat « ${mandate.title} » (${mandate.reference}) — travaux livrés : ${list(mandate.delivered) || none}; travaux que nous livrerons d’ici le ${effective} : ${list(mandate.toDeliver) || none}; travaux qui ne seront pas réalisés : ${list(mandate.notDelivered) || none}.`;
  });

  const depositText = (o: ExitPlan["offers"][number]) => {
    const dep = o.deposit;
    if (!dep) return "Les travaux n’ayant pas commencé, aucun montant ne vous sera facturé à ce titre.";
    const numbers = list(dep.lines.map((l) => `nº ${l.invoiceNumber}`));
    if (dep.action === "keep_against_costs") {
      const terms = dep.cancellationConditions.trim();
      return `L’acompte de ${m(dep.invoiced)} ${ht} (facture ${numbers}) est conservé en compensation des frais engagés${terms ? `, comme le prévoient les conditions d’annulation de l’offre : « ${terms} »` : ""}; rien d’autre ne vous sera facturé à ce titre.`;
    }
    return `Les travaux n’ayant pas commencé, l’acompte de ${m(dep.invoiced)} ${ht} (facture ${numbers}) sera annulé par une note de crédit${dep.refund > 0 ? ` et la somme de ${m(dep.refund)} déjà versée vous sera remboursée d’ici le ${effective}` : ""}; aucun montant ne vous sera facturé à ce titre.`;
  };
  const cancelled = plan.offers.map((o) =>
    o.status === "signed"
      ? `Nous annulons également l’offre de service ${o.reference} « ${o.title} », signée le ${d(o.signedOn ?? plan.noticeDate)} (${m(o.amount)} ${ht}). ${depositText(o)}`
      : `Nous retirons aussi notre proposition ${o.reference} « ${o.title} ».`,
  );

  const invoiceText = (i: LetterContext["payable"][number]) =>
    `nº ${i.number} de ${m(i.balance)}${ttc} (${i.dueDate < plan.noticeDate ? "échue le" : "échéance le"} ${d(i.dueDate)})${i.action === "payment_plan" ? ", pour laquelle nous vous proposerons une entente de paiement" : ""}`;
  const invoices = [
    ctx.payable.length > 0
      ? `${ctx.payable.length > 1 ? "Les factures suivantes demeurent payables selon leurs conditions" : "La facture suivante demeure payable selon ses conditions"} : ${list(ctx.payable.map(invoiceText))}.`
      : "Aucune facture antérieure ne reste impayée.",
    ctx.interestTerms,
    ctx.writtenOff.length > 0
      ? `Nous renonçons à ${list(ctx.writtenOff.map((i) => `la facture nº ${i.number}`))}, qui sera annulée par une note de crédit.`
      : "",
    plan.totals.finalInvoice > 0
      ? `Une facture finale de ${m(plan.totals.finalInvoice)} ${ht} vous sera transmise pour les travaux réalisés jusqu’à la date de prise d’effet, en proportion du prix convenu${ruleSet === "CA-QC" ? " (article 2129 du Code civil du Québec)" : ""}.`
      : "Aucune facture finale ne sera émise : les travaux réalisés sont déjà facturés.",
    plan.totals.creditNote > 0
      ? `Une note de crédit de ${m(plan.totals.creditNote)} annulera la partie facturée qui dépasse la valeur des travaux réalisés.`
      : "",
  ].filter((s) => s !== "");

  const { handover } = ctx;
  const surviving = [
    ctx.surviving.includes("confidentiality")
      ? "Nos obligations de confidentialité demeurent en vigueur après la fin du contrat."
      : "",
    ctx.surviving.includes("ip_on_payment")
      ? "Les droits de propriété intellectuelle sur les livrables vous seront cédés à la réception du paiement complet des sommes dues."
      : "",
  ].filter((s) => s !== "");

  const sections: Record<SectionKey, string> = {
    parties: cordial
      ? `Nous vous écrivons au nom de l’équipe de ${provider.name} au sujet de notre collaboration avec ${client.name}, encadrée par ${refs}. Merci d’abord pour la confiance que vous nous avez accordée.`
      : `La présente concerne ${contractWord} qui lie ${provider.name} et ${client.name}, soit ${refs}.`,
    basis: cordial
      ? `Après mûre réflexion, nous avons pris la décision de ne pas poursuivre notre collaboration. Nous résilions donc ${contractWord} ${legalBasis}.`
      : `Par la présente, ${provider.name} résilie ${contractWord} ${legalBasis}.`,
    reasons: ctx.includeReasons
      ? cordial
        ? `Par souci de transparence, voici brièvement ce qui a motivé notre décision : ${input.reasons?.fr.trim()}`
        : `Cette décision repose sur le motif suivant : ${input.reasons?.fr.trim()}`
      : "",
    effectiveDate:
      plan.noticeDays > 0
        ? `La résiliation prendra effet le ${effective}, soit ${days(plan.noticeDays)} après la date de la présente (${d(plan.noticeDate)}).`
        : `La résiliation prend effet dès aujourd’hui, le ${effective}.`,
    workStatus: work.length > 0 ? work.join(" ") : "Aucun travail n’a encore été réalisé.",
    cancelled: cancelled.length > 0 ? cancelled.join(" ") : "Aucune autre offre de service n’est en cours.",
    invoices: invoices.join(" "),
    refund:
      plan.totals.refund > 0
        ? `Les avances reçues dépassent la valeur des travaux réalisés : nous vous rembourserons ${m(plan.totals.refund)} au plus tard le ${effective}.`
        : ctx.received === 0
          ? "Nous n’avons reçu aucune avance; aucun remboursement n’est dû."
          : "Les sommes reçues ne dépassent pas la valeur des travaux réalisés; aucun remboursement d’avance n’est dû.",
    handover:
      handover.length > 0
        ? `${cordial ? "Pour que la transition se fasse sans perte de votre côté, nous vous remettrons" : "Avant la date de prise d’effet, nous vous remettrons"} : ${list(handover.map((h) => `${h.label.fr} d’ici le ${d(h.dueDate)}`))}. Merci de nous indiquer la personne qui recevra ces accès.`
        : "Aucun élément n’est à vous remettre.",
    surviving: surviving.join(" "),
    referral: input.referral
      ? `Si vous cherchez une équipe pour prendre le relais, nous vous recommandons ${input.referral.name}${input.referral.contact ? ` (${input.referral.contact})` : ""}.`
      : "",
    closing: cordial
      ? `Nous vous remercions sincèrement pour cette collaboration et vous souhaitons le meilleur pour la suite de vos projets. Nous restons disponibles d’ici le ${effective} pour que tout se passe en douceur.`
      : "Nous vous prions de prendre acte de la présente. Nous demeurons disponibles pour toute question liée à la passation.",
  };

  return {
    subject: `${cordial ? "Fin de notre collaboration" : "Avis de résiliation"} — ${list(contracts.map((c) => c.reference))}`,
    greeting: cordial ? `Bonjour${client.contactName ? ` ${client.contactName}` : ""},` : "Madame, Monsieur,",
    sections,
    signOff: cordial
      ? `Cordialement,\n${provider.signatory}\n${provider.name}`
      : `Veuillez agréer, Madame, Monsieur, nos salutations distinguées.\n${provider.signatory}\n${provider.name}`,
  };
}
