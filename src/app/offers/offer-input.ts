/**
 * What a user sends to write an offer: the offer content where ids and positions may be left out (they are assigned
 * here) and exclusions/assumptions may be plain sentences. Defaults come from the workspace (terms, currency) and
 * the client (document language: French for Québec, Charter art. 55).
 */
import type { Client } from "../../domain/client.ts";
import { defaultDocumentLanguage } from "../../domain/offer/document-language.ts";
import type { OfferContent } from "../../domain/offer/offer-content.ts";
import type { Workspace } from "../../domain/workspace.ts";

type Clause = string | { id?: string | undefined; text: string };

export interface OfferInput {
  title?: string | undefined;
  summary?: string | undefined;
  endClient?: OfferContent["endClient"];
  deliverables?: (Omit<OfferContent["deliverables"][number], "id" | "position" | "description"> & {
    id?: string | undefined;
    position?: number | undefined;
    description?: string | undefined;
  })[];
  exclusions?: Clause[] | undefined;
  assumptions?: Clause[] | undefined;
  pricing?: OfferContent["pricing"] | undefined;
  depositBps?: number | undefined;
  startDate?: string | undefined;
  deliveryDate?: string | undefined;
  terms?: Partial<OfferContent["terms"]> | undefined;
  contractKind?: OfferContent["contractKind"] | undefined;
  language?: OfferContent["language"] | undefined;
}

function clauses(list: Clause[] | undefined, newId: () => string) {
  return list?.map((c) => (typeof c === "string" ? { id: newId(), text: c } : { id: c.id ?? newId(), text: c.text }));
}

/** Applies an input on top of a base content (a new offer's defaults, or the current draft). Not yet validated. */
export function mergeOfferInput(base: Partial<OfferContent>, input: OfferInput, newId: () => string): unknown {
  const deliverables = input.deliverables?.map((d, i) => ({
    ...d,
    id: d.id ?? newId(),
    position: d.position ?? i,
    description: d.description ?? "",
  }));
  const defined = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  return {
    ...base,
    ...defined,
    ...(deliverables ? { deliverables } : {}),
    ...(input.exclusions ? { exclusions: clauses(input.exclusions, newId) } : {}),
    ...(input.assumptions ? { assumptions: clauses(input.assumptions, newId) } : {}),
    terms: { ...(base.terms ?? {}), ...(input.terms ?? {}) },
  };
}

/** Defaults of a new offer for this client in this workspace. */
export function offerDefaults(workspace: Workspace, client: Client, today: string): Partial<OfferContent> {
  const language = defaultDocumentLanguage({
    client: {
      country: client.address.country,
      province: client.address.region || undefined,
      documentLanguage: client.language,
    },
  }).language;
  return {
    clientId: client.id,
    summary: "",
    deliverables: [],
    exclusions: [],
    assumptions: [],
    pricing: { model: "fixed" },
    depositBps: 0,
    startDate: today,
    deliveryDate: today,
    terms: {
      paymentDays: workspace.terms.paymentDays,
      lateInterestAnnualBps: workspace.terms.lateInterestBp,
      noticeDays: workspace.terms.noticeDays,
      terminationClause: "",
      cancellationConditions: "",
    },
    contractKind: "enterprise",
    language,
    currency: workspace.currency,
  };
}
