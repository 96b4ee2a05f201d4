import { DomainError, fieldError } from "../errors.ts";
import type { Clause, Deliverable, OfferContent } from "./offer-content.ts";
import { sortedDeliverables } from "./offer-content.ts";

function renumber(deliverables: readonly Deliverable[]): Deliverable[] {
  return deliverables.map((d, position) => ({ ...d, position }));
}

/**
 * Reorders the deliverables: `orderedIds` must list every deliverable id exactly once. Positions become 0…n−1.
 * Throws `validation` otherwise.
 */
export function reorderDeliverables(content: OfferContent, orderedIds: readonly string[]): OfferContent {
  const byId = new Map(content.deliverables.map((d) => [d.id, d]));
  const unique = new Set(orderedIds);
  if (unique.size !== orderedIds.length || orderedIds.length !== byId.size || orderedIds.some((id) => !byId.has(id))) {
    throw fieldError("deliverables", "order_mismatch", "the new order must list every deliverable exactly once");
  }
  return { ...content, deliverables: renumber(orderedIds.map((id) => byId.get(id)!)) };
}

export interface DuplicateDeliverableInput {
  content: OfferContent;
  sourceId: string;
  /** Id of the copy, chosen by the caller; must be unused in the offer. */
  newId: string;
}

/** Copies one deliverable right after itself; positions are renumbered 0…n−1. */
export function duplicateDeliverable(input: DuplicateDeliverableInput): OfferContent {
  const { content, sourceId, newId } = input;
  const sorted = sortedDeliverables(content);
  const index = sorted.findIndex((d) => d.id === sourceId);
  if (index < 0) throw new DomainError("not_found", `no deliverable ${sourceId}`);
  assertUnused(content, [newId]);
  const copy = { ...sorted[index]!, id: newId };
  return { ...content, deliverables: renumber([...sorted.slice(0, index + 1), copy, ...sorted.slice(index + 1)]) };
}

/** New ids for a duplicated offer, matched by position with the source's deliverables, exclusions, assumptions. */
export interface DuplicateOfferIds {
  deliverables: readonly string[];
  exclusions: readonly string[];
  assumptions: readonly string[];
}

/**
 * Copies the content of an offer (to start a new offer from an old one, signed or not): same text and prices, new
 * ids given by the caller in the order of the source's (sorted) deliverables, exclusions and assumptions.
 */
export function duplicateOfferContent(content: OfferContent, ids: DuplicateOfferIds): OfferContent {
  const all = [...ids.deliverables, ...ids.exclusions, ...ids.assumptions];
  if (
    ids.deliverables.length !== content.deliverables.length ||
    ids.exclusions.length !== content.exclusions.length ||
    ids.assumptions.length !== content.assumptions.length ||
    new Set(all).size !== all.length
  ) {
    throw fieldError("ids", "id_count_mismatch", "one new, distinct id is needed for every item of the offer");
  }
  const reId = (clauses: readonly Clause[], newIds: readonly string[]): Clause[] =>
    clauses.map((c, i) => ({ ...c, id: newIds[i]! }));
  return {
    ...content,
    deliverables: renumber(sortedDeliverables(content).map((d, i) => ({ ...d, id: ids.deliverables[i]! }))),
    exclusions: reId(content.exclusions, ids.exclusions),
    assumptions: reId(content.assumptions, ids.assumptions),
  };
}

function assertUnused(content: OfferContent, ids: readonly string[]): void {
  const used = new Set([...content.deliverables, ...content.exclusions, ...content.assumptions].map((x) => x.id));
  for (const id of ids) if (used.has(id)) throw fieldError("newId", "duplicate_id", `id ${id} is already used`);
}
