/**
 * The offer editor's form state: numbers as the user types them (1.5 units, 125.00 $, 30 %), converted to the API's
 * integers (1500 thousandths, 12500 minor units, 3000 basis points) only when saving or totalling.
 */
import type { Client, Workspace } from "../api-types.ts";
import { today } from "../components/today.ts";
import {
  type Clause,
  type ContractKind,
  type Deliverable,
  isQuebecAddress,
  type Language,
  type OfferContent,
  type OfferInput,
  type PricingModel,
  toMinor,
} from "./offers-api.ts";

export type NumberField = number | "";

export interface DeliverableForm {
  /** Stable React key (the id once saved). */
  key: string;
  id?: string;
  title: string;
  description: string;
  quantity: NumberField;
  unit: string;
  priceKind: "unit" | "fixed";
  price: NumberField;
  estimatedHours: NumberField;
}

export interface ClauseForm {
  key: string;
  id?: string;
  text: string;
}

export interface OfferForm {
  title: string;
  summary: string;
  endClientId: string;
  endClientName: string;
  deliverables: DeliverableForm[];
  exclusions: ClauseForm[];
  assumptions: ClauseForm[];
  pricingModel: PricingModel;
  capAmount: NumberField;
  depositPercent: NumberField;
  startDate: string;
  deliveryDate: string;
  paymentDays: NumberField;
  lateInterestPercent: NumberField;
  noticeDays: NumberField;
  terminationClause: string;
  cancellationConditions: string;
  contractKind: ContractKind;
  language: Language;
}

let counter = 0;
/** A key for a row that has no id yet. */
export function newKey(): string {
  counter += 1;
  return `new-${counter}`;
}

const num = (v: NumberField, fallback = 0) => (v === "" ? fallback : v);

export { today };

export function blankDeliverable(): DeliverableForm {
  return {
    key: newKey(),
    title: "",
    description: "",
    quantity: 1,
    unit: "",
    priceKind: "fixed",
    price: "",
    estimatedHours: "",
  };
}

/** The default document language for this client, and why (Charter of the French language, art. 55). */
export function defaultLanguage(client: Pick<Client, "address" | "language">): {
  language: Language;
  quebec: boolean;
} {
  const quebec = isQuebecAddress(client.address);
  return { language: quebec ? "fr" : client.language, quebec };
}

export function blankOfferForm(workspace: Workspace, client: Client | undefined): OfferForm {
  const date = today();
  return {
    title: "",
    summary: "",
    endClientId: "",
    endClientName: "",
    deliverables: [blankDeliverable()],
    exclusions: [],
    assumptions: [],
    pricingModel: "fixed",
    capAmount: "",
    depositPercent: 0,
    startDate: date,
    deliveryDate: date,
    paymentDays: workspace.terms.paymentDays,
    lateInterestPercent: workspace.terms.lateInterestBp / 100,
    noticeDays: workspace.terms.noticeDays,
    terminationClause: "",
    cancellationConditions: "",
    contractKind: "enterprise",
    language: client ? defaultLanguage(client).language : "fr",
  };
}

function clauseForm(c: Clause, keepIds: boolean): ClauseForm {
  return keepIds ? { key: c.id, id: c.id, text: c.text } : { key: newKey(), text: c.text };
}

function deliverableForm(d: Deliverable, perMajor: number, keepIds: boolean): DeliverableForm {
  return {
    key: keepIds ? d.id : newKey(),
    ...(keepIds ? { id: d.id } : {}),
    title: d.title,
    description: d.description,
    quantity: d.quantity / 1000,
    unit: d.unit,
    priceKind: d.price.kind,
    price: (d.price.kind === "unit" ? d.price.unitPrice : d.price.amount) / perMajor,
    estimatedHours: d.estimatedHours ?? "",
  };
}

/** The form of a saved offer (`keepIds`), or of a previous offer used as a starting point (new ids). */
export function offerToForm(c: OfferContent, perMajor: number, keepIds = true): OfferForm {
  return {
    title: c.title,
    summary: c.summary,
    endClientId: c.endClient?.id ?? "",
    endClientName: c.endClient?.name ?? "",
    deliverables: [...c.deliverables]
      .sort((a, b) => a.position - b.position)
      .map((d) => deliverableForm(d, perMajor, keepIds)),
    exclusions: c.exclusions.map((x) => clauseForm(x, keepIds)),
    assumptions: c.assumptions.map((x) => clauseForm(x, keepIds)),
    pricingModel: c.pricing.model,
    capAmount: c.pricing.model === "capped" ? c.pricing.capAmount / perMajor : "",
    depositPercent: c.depositBps / 100,
    startDate: c.startDate,
    deliveryDate: c.deliveryDate,
    paymentDays: c.terms.paymentDays,
    lateInterestPercent: c.terms.lateInterestAnnualBps / 100,
    noticeDays: c.terms.noticeDays,
    terminationClause: c.terms.terminationClause,
    cancellationConditions: c.terms.cancellationConditions,
    contractKind: c.contractKind,
    language: c.language,
  };
}

function clausesForApi(list: ClauseForm[]) {
  return list
    .filter((c) => c.text.trim() !== "")
    .map((c) => (c.id ? { id: c.id, text: c.text.trim() } : { text: c.text.trim() }));
}

/** The API body: integers everywhere, blank clauses dropped, positions in display order. */
export function formToInput(form: OfferForm, perMajor: number): OfferInput {
  const endClientName = form.endClientName.trim();
  return {
    title: form.title.trim(),
    summary: form.summary,
    ...(endClientName
      ? { endClient: { ...(form.endClientId ? { id: form.endClientId } : {}), name: endClientName } }
      : {}),
    deliverables: form.deliverables.map((d, position) => ({
      ...(d.id ? { id: d.id } : {}),
      position,
      title: d.title.trim(),
      description: d.description,
      quantity: Math.round(num(d.quantity) * 1000),
      unit: d.unit.trim(),
      price:
        d.priceKind === "unit"
          ? { kind: "unit" as const, unitPrice: toMinor(num(d.price), perMajor) }
          : { kind: "fixed" as const, amount: toMinor(num(d.price), perMajor) },
      ...(d.estimatedHours === "" ? {} : { estimatedHours: d.estimatedHours }),
    })),
    exclusions: clausesForApi(form.exclusions),
    assumptions: clausesForApi(form.assumptions),
    pricing:
      form.pricingModel === "capped"
        ? { model: "capped", capAmount: toMinor(num(form.capAmount), perMajor) }
        : { model: form.pricingModel },
    depositBps: Math.round(num(form.depositPercent) * 100),
    startDate: form.startDate,
    deliveryDate: form.deliveryDate,
    terms: {
      paymentDays: num(form.paymentDays),
      lateInterestAnnualBps: Math.round(num(form.lateInterestPercent) * 100),
      noticeDays: num(form.noticeDays),
      terminationClause: form.terminationClause,
      cancellationConditions: form.cancellationConditions,
    },
    contractKind: form.contractKind,
    language: form.language,
  };
}

const topPaths = new Set([
  "title",
  "summary",
  "endClient",
  "endClient.name",
  "deliverables",
  "exclusions",
  "assumptions",
  "pricing",
  "pricing.model",
  "pricing.capAmount",
  "depositBps",
  "startDate",
  "deliveryDate",
  "terms.paymentDays",
  "terms.lateInterestAnnualBps",
  "terms.noticeDays",
  "terms.terminationClause",
  "terms.cancellationConditions",
  "contractKind",
  "language",
]);

/** The API paths the editor shows beside an input (everything else becomes a notification). */
export function isOfferPath(path: string): boolean {
  return (
    topPaths.has(path) ||
    /^deliverables\.\d+(\.(title|description|quantity|unit|estimatedHours|price(\.(unitPrice|amount|kind))?))?$/.test(
      path,
    ) ||
    /^(exclusions|assumptions)\.\d+(\.text)?$/.test(path)
  );
}

/** The first error among several paths that belong to one input. */
export function firstError(errors: Record<string, string>, ...paths: string[]): string | undefined {
  for (const p of paths) if (errors[p]) return errors[p];
  return undefined;
}
