/**
 * The content of an offer of service (offre de service): what the client reads and signs. Money is integer minor
 * units in the offer's currency; quantities are integer thousandths (1.5 pages = 1500); percentages and rates are
 * integer basis points (30 % = 3000); dates are calendar dates `YYYY-MM-DD`.
 */
import { z } from "zod";
import { CURRENCIES } from "../money.ts";

/** Minor units (cents), a safe non-negative integer. */
export const AmountSchema = z.int().min(0).max(Number.MAX_SAFE_INTEGER);

/** Basis points between 0 and 100 % (0–10 000). */
export const BasisPointsSchema = z.int().min(0).max(10_000);

/** A calendar date `YYYY-MM-DD` (leap years checked). */
export const CalendarDateSchema = z.iso.date();

/** Hours of work, non-negative, at most two decimals (a quarter hour is 0.25). */
export const HoursSchema = z
  .number()
  .min(0)
  .max(100_000)
  .refine((h) => Math.abs(h * 100 - Math.round(h * 100)) < 1e-6, { message: "at most two decimals" });

/** Document language. */
export const LanguageSchema = z.enum(["fr", "en"]);
export type Language = z.infer<typeof LanguageSchema>;

export const CurrencySchema = z.enum(CURRENCIES);

/**
 * Contract kind under the Civil Code of Québec (art. 2098 ff.): `enterprise` = contrat d'entreprise (a work, *ouvrage*:
 * a site or an app), `service` = contrat de service (hosting, maintenance, support), `mixed` = both.
 */
export const ContractKindSchema = z.enum(["enterprise", "service", "mixed"]);
export type ContractKind = z.infer<typeof ContractKindSchema>;

/** How a deliverable is priced: `unit` price × quantity, or one `fixed` amount whatever the quantity. */
export const DeliverablePriceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("unit"), unitPrice: AmountSchema }),
  z.object({ kind: z.literal("fixed"), amount: AmountSchema }),
]);
export type DeliverablePrice = z.infer<typeof DeliverablePriceSchema>;

/** One deliverable (an offer item): the baseline that later claims are triaged against. */
export const DeliverableSchema = z.object({
  id: z.string().min(1),
  position: z.int().min(0),
  title: z.string().trim().min(1).max(200),
  description: z.string().max(5_000),
  /** Thousandths of a unit: 1 = 1000. */
  quantity: z.int().min(1).max(1_000_000_000),
  /** Free unit label shown to the client ("page", "heure", "forfait"). */
  unit: z.string().trim().min(1).max(40),
  price: DeliverablePriceSchema,
  estimatedHours: HoursSchema.optional(),
});
export type Deliverable = z.infer<typeof DeliverableSchema>;

/** One exclusion or assumption: a single sentence, with an id so that a triage can point at it. */
export const ClauseSchema = z.object({ id: z.string().min(1), text: z.string().trim().min(1).max(2_000) });
export type Clause = z.infer<typeof ClauseSchema>;

/**
 * Pricing model. `fixed`: the total is the price (CCQ 2107: changed only by a signed change order). `hourly`: the
 * total is an estimate (CCQ 2107, 2109: going above needs justification and prompt notice). `capped`: billed by the
 * hour up to `capAmount`, never above it.
 */
export const PricingSchema = z.discriminatedUnion("model", [
  z.object({ model: z.literal("fixed") }),
  z.object({ model: z.literal("hourly") }),
  z.object({ model: z.literal("capped"), capAmount: AmountSchema }),
]);
export type Pricing = z.infer<typeof PricingSchema>;
export type PricingModel = Pricing["model"];

/** Terms printed on the offer. */
export const OfferTermsSchema = z.object({
  paymentDays: z.int().min(0).max(365),
  /** Annual late interest in basis points (5 % = 500); always annual (Interest Act s. 4). */
  lateInterestAnnualBps: BasisPointsSchema,
  noticeDays: z.int().min(0).max(365),
  terminationClause: z.string().max(5_000),
  cancellationConditions: z.string().max(5_000),
  /**
   * The choice-of-law clause (a jurisdiction code: `CA-QC`, `CA-ON`, `FR`…); without one the law of the provider's
   * residence governs (C.c.Q. art. 3113; Rome I art. 4(1)(b)), see `src/domain/governing-law.ts`.
   */
  governingLaw: z
    .string()
    .regex(/^(CA-[A-Z]{2}|[A-Z]{2}|OTHER)$/)
    .optional(),
});
export type OfferTerms = z.infer<typeof OfferTermsSchema>;

/** The end client when the client is an agency subcontracting the work. */
export const EndClientSchema = z.object({
  /** The client's end-client record, when there is one. */
  id: z.string().min(1).optional(),
  name: z.string().trim().min(1).max(200),
  reference: z.string().max(200).optional(),
});
export type EndClient = z.infer<typeof EndClientSchema>;

/** Everything an offer says. Ids are given by the caller; positions order the deliverables. */
export const OfferContentSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    summary: z.string().max(10_000),
    clientId: z.string().min(1),
    endClient: EndClientSchema.optional(),
    deliverables: z.array(DeliverableSchema).max(500),
    exclusions: z.array(ClauseSchema).max(500),
    assumptions: z.array(ClauseSchema).max(500),
    pricing: PricingSchema,
    depositBps: BasisPointsSchema,
    startDate: CalendarDateSchema,
    deliveryDate: CalendarDateSchema,
    terms: OfferTermsSchema,
    contractKind: ContractKindSchema,
    language: LanguageSchema,
    currency: CurrencySchema,
  })
  .superRefine((c, ctx) => {
    if (c.deliveryDate < c.startDate) {
      ctx.addIssue({ code: "custom", path: ["deliveryDate"], message: "delivery date is before the start date" });
    }
    const ids = [...c.deliverables, ...c.exclusions, ...c.assumptions].map((x) => x.id);
    const seen = new Set<string>();
    ids.forEach((id) => {
      if (seen.has(id)) ctx.addIssue({ code: "custom", path: ["deliverables"], message: `duplicate id ${id}` });
      seen.add(id);
    });
  });
export type OfferContent = z.infer<typeof OfferContentSchema>;

/** Deliverables sorted by position (then id, so the order is total). Does not mutate. */
export function sortedDeliverables(content: Pick<OfferContent, "deliverables">): Deliverable[] {
  return [...content.deliverables].sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
