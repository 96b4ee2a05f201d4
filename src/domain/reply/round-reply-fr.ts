/**
 * The round reply in Québec French. Written for a Québec reader, calm and cordial (« Nous nous en occupons »,
 * « à titre de courtoisie »), not translated from the English version. Quotes use « » with non-breaking spaces.
 */
import type { BaselineReferenceKind } from "../claim/claim.ts";
import { formatDate, formatList, formatMoney, formatNumber } from "../health/localized.ts";
import type { ReplyContext, RoundReply, RoundReplyClaim } from "./render-round-reply.ts";
import { asSentence } from "./render-round-reply.ts";

const q = (text: string) =>
  `«\u00a0${text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/(?<!\.)\.$/u, "")}\u00a0»`;
const hours = (h: number) => `${formatNumber(h, "fr", 2)}\u00a0h`;
const join = (...parts: string[]) => parts.filter((p) => p !== "").join(" ");

function inScope(baseline: RoundReplyClaim["baseline"]): string {
  const kind: BaselineReferenceKind | undefined = baseline?.kind;
  if (baseline && kind === "deliverable") {
    return `Nous nous en occupons : cette demande fait partie du livrable ${q(baseline.text)} de l’offre signée.`;
  }
  if (baseline && kind === "change_order_item") {
    return `Nous nous en occupons : cette demande fait partie de l’avenant approuvé, au point ${q(baseline.text)}.`;
  }
  if (baseline && kind === "assumption") {
    return `Nous nous en occupons : l’offre signée le prévoit déjà (${q(baseline.text)}).`;
  }
  return "Nous nous en occupons : cette demande fait partie de l’offre signée.";
}

function outOfScope(baseline: RoundReplyClaim["baseline"]): string {
  if (!baseline) return "Cette demande ne fait pas partie de l’offre signée.";
  switch (baseline.kind) {
    case "exclusion":
      return `Cette demande ne fait pas partie de l’offre signée, qui précise : ${q(baseline.text)}.`;
    case "deliverable":
      return `Cette demande va au-delà du livrable ${q(baseline.text)} prévu à l’offre signée.`;
    case "assumption":
      return `Cette demande sort du cadre de l’offre signée, qui reposait sur l’hypothèse suivante : ${q(baseline.text)}.`;
    case "change_order_item":
      return `Cette demande va au-delà de l’avenant approuvé (${q(baseline.text)}).`;
  }
}

function changeOrder(c: RoundReplyClaim): string {
  const co = c.changeOrder;
  if (!co) return "Nous vous ferons parvenir un avenant qui en précise le prix et le délai.";
  const price = co.amount
    ? ` (${formatMoney(co.amount, "fr")} avant taxes)`
    : c.estimatedHours !== undefined
      ? ` (environ ${hours(c.estimatedHours)} de travail)`
      : "";
  const on = co.answeredOn ? ` le ${formatDate(co.answeredOn, "fr")}` : "";
  switch (co.status) {
    case "rejected":
      return `Nous vous avons proposé de la réaliser par l’avenant ${co.number}${price}, que vous avez refusé${on}. Nous demeurons disponibles pour la réaliser par avenant.`;
    case "approved":
      return `Elle fait partie de l’avenant ${co.number}${price}, que vous avez approuvé${on}.`;
    case "withdrawn":
      return `L’avenant ${co.number} qui la proposait a été retiré${on}.`;
    default:
      break;
  }
  const link = co.portalUrl
    ? `, que vous pouvez consulter et approuver ici : ${co.portalUrl}`
    : co.status === "sent"
      ? ", qui vous a été transmis pour approbation"
      : ", qui vous sera transmis pour approbation";
  return `Nous vous proposons de la réaliser par l’avenant ${co.number}${price}${link}.`;
}

function declinedClause(baseline: RoundReplyClaim["baseline"]): string {
  if (!baseline) return "";
  switch (baseline.kind) {
    case "exclusion":
      return `L’offre signée l’exclut expressément : ${q(baseline.text)}.`;
    case "deliverable":
      return `Le livrable prévu à l’offre signée est le suivant : ${q(baseline.text)}.`;
    case "assumption":
      return `L’offre signée repose sur l’hypothèse suivante : ${q(baseline.text)}.`;
    case "change_order_item":
      return `L’avenant approuvé prévoit : ${q(baseline.text)}.`;
  }
}

/** Un point déjà traité ou livré : la réponse donnée alors, rappelée. */
function repeated(r: NonNullable<RoundReplyClaim["repeat"]>): string {
  const on = formatDate(r.on, "fr");
  const co = r.changeOrderNumber ? ` ${r.changeOrderNumber}` : "";
  switch (r.answer) {
    case "declined":
      return join(
        `Nous avons déjà répondu à ce point le ${on} : nous ne pouvons malheureusement pas y donner suite.`,
        r.clause ? declinedClause(r.clause) : "",
      );
    case "alternative":
      return join(
        `Nous avons déjà répondu à ce point le ${on}.`,
        r.clause ? declinedClause(r.clause) : "",
        r.alternative
          ? `Nous vous avions proposé ceci : ${asSentence(r.alternative)} Cette proposition tient toujours.`
          : "",
      );
    case "goodwill":
      return `Nous l’avons déjà fait le ${on}, sans frais, à titre de courtoisie et une seule fois.`;
    case "change_order_rejected":
      return `Ce point faisait l’objet de l’avenant${co}, que vous avez refusé le ${on}. Nous demeurons disponibles pour le réaliser par avenant.`;
    case "change_order_approved":
      return `Ce point fait partie de l’avenant${co}, approuvé le ${on}; il y est pris en charge.`;
    case "delivered":
      return `Ce point a été livré le ${on} (${q(r.text)}).`;
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
        c.estimatedHours !== undefined ? `environ ${hours(c.estimatedHours)}` : "",
        c.value && c.value.amount > 0
          ? `d’une valeur de ${formatMoney(c.value, "fr")} que nous ne facturerons pas`
          : "",
      ].filter((s) => s !== "");
      return `Nous le ferons sans frais, à titre de courtoisie${details.length > 0 ? ` (${details.join(", ")})` : ""}.`;
    }
    case "alternative":
      return join(
        why,
        declinedClause(c.baseline),
        `Nous vous proposons plutôt ceci : ${asSentence(c.alternative) || "une autre approche, à convenir ensemble."}`,
      );
    case "declined":
      return join(
        "Nous ne pourrons malheureusement pas donner suite à cette demande.",
        why,
        declinedClause(c.baseline),
      );
    case "duplicate":
      if (c.repeat) return repeated(c.repeat);
      return c.duplicateOf === undefined
        ? "Ce point reprend une demande de votre liste précédente, à laquelle nous avons déjà répondu."
        : `Ce point reprend le point ${c.duplicateOf}; notre réponse ${c.duplicateOf < index + 1 ? "ci-dessus" : "ci-dessous"} s’applique.`;
  }
}

/** Builds the French letter. */
export function frenchReply(ctx: ReplyContext): RoundReply {
  const { input, claims } = ctx;
  const { offer } = input;
  const received = input.receivedAt ? ` du ${formatDate(input.receivedAt, "fr")}` : "";
  const goodwill = claims.flatMap((c, i) => (c.triage === "goodwill" ? [String(i + 1)] : []));
  const proposed = [
    ...new Set(claims.flatMap((c) => (c.triage === "change_order" && c.changeOrder ? [c.changeOrder.number] : []))),
  ];
  const paragraphs = [
    `Le ${formatDate(input.date, "fr")}`,
    `Bonjour ${input.client.contactName?.trim() || input.client.name},`,
    `Merci pour votre liste${received}. Nous avons pris le temps de relire chaque point en le comparant à l’offre de service ${offer.number} ${q(offer.title)}, signée le ${formatDate(ctx.signedOn, "fr")} (empreinte ${ctx.shortSha}…¹). Voici notre réponse, point par point.`,
    ...claims.map((c, i) => `${i + 1}. ${q(c.text)}\n${answer(c, i)}`),
    goodwill.length === 0
      ? ""
      : `${goodwill.length > 1 ? `Les points ${formatList(goodwill, "fr")} seront réalisés` : `Le point ${goodwill[0]} sera réalisé`} gracieusement, une seule fois. Ce geste ne modifie pas l’offre signée et ne constitue pas un précédent : les demandes semblables feront dorénavant l’objet d’un avenant.`,
    proposed.length === 0
      ? ""
      : proposed.length > 1
        ? `Les avenants ${formatList(proposed, "fr")} ne vous engagent à rien tant que vous ne les avez pas approuvés; les travaux correspondants commenceront dès votre approbation.`
        : `L’avenant ${proposed[0]} ne vous engage à rien tant que vous ne l’avez pas approuvé; les travaux correspondants commenceront dès votre approbation.`,
    "Si un point mérite d’être précisé, écrivez-nous ou appelez-nous : nous préférons en discuter maintenant plutôt que de laisser place à un malentendu.",
    `Cordialement,\n\n${input.signerName.trim()}\n${input.issuer.name}`,
    `¹ Empreinte SHA-256 complète de l’offre signée : ${offer.sha256}. Elle permet de vérifier en tout temps que le document signé n’a pas été modifié.`,
  ];
  return {
    subject: `Réponse à votre liste${received} — offre de service ${offer.number}`,
    body: paragraphs.filter((p) => p !== "").join("\n\n"),
  };
}
