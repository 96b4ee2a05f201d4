/** The round reply in English: the same content as the French letter, written for an English reader. */
import { formatDate, formatList, formatMoney, formatNumber } from "../health/localized.ts";
import type { ReplyContext, RoundReply, RoundReplyClaim } from "./render-round-reply.ts";
import { asSentence } from "./render-round-reply.ts";

const q = (text: string) =>
  `“${text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/(?<!\.)\.$/u, "")}”`;
const hours = (h: number) => `${formatNumber(h, "en", 2)}\u00a0h`;
const join = (...parts: string[]) => parts.filter((p) => p !== "").join(" ");

function inScope(baseline: RoundReplyClaim["baseline"]): string {
  if (baseline?.kind === "deliverable") {
    return `We will do it: this is part of the deliverable ${q(baseline.text)} of the signed offer.`;
  }
  if (baseline?.kind === "change_order_item") {
    return `We will do it: this is part of the approved change order, under ${q(baseline.text)}.`;
  }
  if (baseline?.kind === "assumption")
    return `We will do it: the signed offer already provides for it (${q(baseline.text)}).`;
  return "We will do it: this is part of the signed offer.";
}

function outOfScope(baseline: RoundReplyClaim["baseline"]): string {
  if (!baseline) return "This is not part of the signed offer.";
  switch (baseline.kind) {
    case "exclusion":
      return `This is not part of the signed offer, which states: ${q(baseline.text)}.`;
    case "deliverable":
      return `This goes beyond the deliverable ${q(baseline.text)} of the signed offer.`;
    case "assumption":
      return `This falls outside the signed offer, which rested on the following assumption: ${q(baseline.text)}.`;
    case "change_order_item":
      return `This goes beyond the approved change order (${q(baseline.text)}).`;
  }
}

function changeOrder(c: RoundReplyClaim): string {
  const co = c.changeOrder;
  if (!co) return "We will send you a change order with its price and schedule.";
  const price = co.amount
    ? ` (${formatMoney(co.amount, "en")} before taxes)`
    : c.estimatedHours !== undefined
      ? ` (about ${hours(c.estimatedHours)} of work)`
      : "";
  const on = co.answeredOn ? ` on ${formatDate(co.answeredOn, "en")}` : "";
  switch (co.status) {
    case "rejected":
      return `We proposed to do it under change order ${co.number}${price}, which you rejected${on}. We remain available to do it under a change order.`;
    case "approved":
      return `It is part of change order ${co.number}${price}, which you approved${on}.`;
    case "withdrawn":
      return `Change order ${co.number}, which proposed it, was withdrawn${on}.`;
    default:
      break;
  }
  const link = co.portalUrl
    ? `, which you can review and approve here: ${co.portalUrl}`
    : co.status === "sent"
      ? ", which was sent for your approval"
      : ", which we will send for your approval";
  return `We propose to do it under change order ${co.number}${price}${link}.`;
}

function declinedClause(baseline: RoundReplyClaim["baseline"]): string {
  if (!baseline) return "";
  switch (baseline.kind) {
    case "exclusion":
      return `The signed offer explicitly excludes it: ${q(baseline.text)}.`;
    case "deliverable":
      return `The deliverable in the signed offer reads: ${q(baseline.text)}.`;
    case "assumption":
      return `The signed offer rests on the following assumption: ${q(baseline.text)}.`;
    case "change_order_item":
      return `The approved change order provides for: ${q(baseline.text)}.`;
  }
}

/** A point already answered or delivered: the earlier answer, restated. */
function repeated(r: NonNullable<RoundReplyClaim["repeat"]>): string {
  const on = formatDate(r.on, "en");
  const co = r.changeOrderNumber ? ` ${r.changeOrderNumber}` : "";
  switch (r.answer) {
    case "declined":
      return join(
        `We already answered this point on ${on}: we are unable to take it on.`,
        r.clause ? declinedClause(r.clause) : "",
      );
    case "alternative":
      return join(
        `We already answered this point on ${on}.`,
        r.clause ? declinedClause(r.clause) : "",
        r.alternative ? `We proposed instead: ${asSentence(r.alternative)} That proposal still stands.` : "",
      );
    case "goodwill":
      return `We already did this on ${on}, free of charge, as a one-time courtesy.`;
    case "change_order_rejected":
      return `This point was covered by change order${co}, which you declined on ${on}. We remain available to carry it out under a change order.`;
    case "change_order_approved":
      return `This point is part of change order${co}, approved on ${on}; it is handled there.`;
    case "delivered":
      return `This was delivered on ${on} (${q(r.text)}).`;
  }
}

function answer(c: RoundReplyClaim, index: number): string {
  const why = asSentence(c.rationale);
  switch (c.triage) {
    case "in_scope":
      return join(inScope(c.baseline), why);
    case "change_order":
      return join(outOfScope(c.baseline), why, changeOrder(c));
    case "goodwill": {
      const details = [
        c.estimatedHours !== undefined ? `about ${hours(c.estimatedHours)}` : "",
        // A value is stated only when there is one: time logged without a rate is worth nothing on record.
        c.value && c.value.amount > 0 ? `worth ${formatMoney(c.value, "en")}, which we will not invoice` : "",
      ].filter((s) => s !== "");
      return `We will do it free of charge, as a courtesy${details.length > 0 ? ` (${details.join(", ")})` : ""}.`;
    }
    case "alternative":
      return join(
        why,
        declinedClause(c.baseline),
        `Instead, we propose: ${asSentence(c.alternative) || "another approach, to be agreed together."}`,
      );
    case "declined":
      return join("Unfortunately, we will not be able to take this on.", why, declinedClause(c.baseline));
    case "duplicate":
      if (c.repeat) return repeated(c.repeat);
      return c.duplicateOf === undefined
        ? "This repeats a request from your previous list, which we have already answered."
        : `This repeats item ${c.duplicateOf}; our answer ${c.duplicateOf < index + 1 ? "above" : "below"} applies.`;
  }
}

/** Builds the English letter. */
export function englishReply(ctx: ReplyContext): RoundReply {
  const { input, claims } = ctx;
  const { offer } = input;
  const received = input.receivedAt ? ` of ${formatDate(input.receivedAt, "en")}` : "";
  const goodwill = claims.flatMap((c, i) => (c.triage === "goodwill" ? [String(i + 1)] : []));
  const proposed = [
    ...new Set(claims.flatMap((c) => (c.triage === "change_order" && c.changeOrder ? [c.changeOrder.number] : []))),
  ];
  const paragraphs = [
    formatDate(input.date, "en"),
    `Hello ${input.client.contactName?.trim() || input.client.name},`,
    `Thank you for your list${received}. We took the time to go through each item and compare it with offer ${offer.number} ${q(offer.title)}, signed on ${formatDate(ctx.signedOn, "en")} (fingerprint ${ctx.shortSha}…¹). Here is our answer, item by item.`,
    ...claims.map((c, i) => `${i + 1}. ${q(c.text)}\n${answer(c, i)}`),
    goodwill.length === 0
      ? ""
      : `${goodwill.length > 1 ? `Items ${formatList(goodwill, "en")} will be` : `Item ${goodwill[0]} will be`} done free of charge, as a one-time gesture. It does not change the signed offer and does not set a precedent: similar requests will be handled through a change order from now on.`,
    proposed.length === 0
      ? ""
      : `${proposed.length > 1 ? `Change orders ${formatList(proposed, "en")} commit` : `Change order ${proposed[0]} commits`} you to nothing until you approve ${proposed.length > 1 ? "them" : "it"}; the work starts as soon as it is approved.`,
    "If any item needs clarifying, write or call us: we would rather talk it through now than leave room for a misunderstanding.",
    `Kind regards,\n\n${input.signerName.trim()}\n${input.issuer.name}`,
    `¹ Full SHA-256 fingerprint of the signed offer: ${offer.sha256}. It lets anyone check at any time that the signed document has not changed.`,
  ];
  return {
    subject: `Our answer to your list${received} — offer ${offer.number}`,
    body: paragraphs.filter((p) => p !== "").join("\n\n"),
  };
}
