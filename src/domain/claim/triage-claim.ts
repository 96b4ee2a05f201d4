/**
 * Recording a person's triage decision on a claim. Required fields per outcome:
 *
 * | outcome        | baseline  | rationale | alternative | duplicateOfClaimId | estimatedHours |
 * |----------------|-----------|-----------|-------------|--------------------|----------------|
 * | `in_scope`     | required  | optional  | —           | —                  | required       |
 * | `change_order` | optional  | optional  | —           | —                  | required       |
 * | `goodwill`     | optional  | required  | —           | —                  | required       |
 * | `alternative`  | optional  | required  | required    | —                  | required       |
 * | `declined`     | required  | required  | —           | —                  | —              |
 * | `duplicate`    | optional  | optional  | —           | required           | —              |
 *
 * "—" fields are refused when given (`not_allowed`), so nothing unseen is stored. `null` and blank text count as
 * absent. Estimated hours are ≥ 0 with at most two decimals. An `in_scope` claim cannot rest on an exclusion.
 * A duplicate points at another claim of the same mandate (any round) that is not itself a duplicate.
 * Re-triage is allowed until the claim is an item of a sent or approved change order (`invalid_state`); while it is
 * an item of a draft change order it can only stay `change_order` (remove it from the draft first). A rejected or
 * withdrawn change order frees the claim again.
 */
import { DomainError, type FieldIssue } from "../errors.ts";
import {
  BASELINE_REFERENCE_KINDS,
  type BaselineReference,
  type Claim,
  type ClaimTriage,
  TRIAGE_OUTCOMES,
  type TriagedClaim,
  type TriageOutcome,
} from "./claim.ts";

/** What the person submits; validated into a {@link ClaimTriage}. */
export interface TriageDecision {
  outcome: TriageOutcome;
  baseline?: BaselineReference | null | undefined;
  rationale?: string | null | undefined;
  /** What we propose instead (`alternative` only). */
  alternative?: string | null | undefined;
  /** The claim this one repeats (`duplicate` only). */
  duplicateOfClaimId?: string | null | undefined;
  estimatedHours?: number | null | undefined;
}

/** Who decides, when, and what the decision is checked against. */
export interface TriageClaimContext {
  /** ISO-8601 instant of the decision. */
  at: string;
  /** Member id of the person deciding. */
  by: string;
  /** The mandate's claims (all rounds), where a duplicate's target is looked up. */
  claims: readonly Claim[];
  /** The current scope (signed deliverables, exclusions, assumptions, approved change-order items). */
  baseline: readonly BaselineReference[];
}

/** Longest rationale or alternative text kept. */
export const MAX_TRIAGE_TEXT = 5_000;
/** Largest estimate accepted for one claim. */
export const MAX_CLAIM_HOURS = 10_000;

/** What each outcome requires (the table above); the triage form asks for exactly these. */
export interface TriageRequirements {
  baseline: boolean;
  rationale: boolean;
  /** Required, and refused for any other outcome. */
  alternative: boolean;
  /** Required, and refused for any other outcome. */
  duplicate: boolean;
  /** Required, and refused for any other outcome. */
  hours: boolean;
}

export const TRIAGE_REQUIREMENTS: Readonly<Record<TriageOutcome, TriageRequirements>> = {
  in_scope: { baseline: true, rationale: false, alternative: false, duplicate: false, hours: true },
  change_order: { baseline: false, rationale: false, alternative: false, duplicate: false, hours: true },
  goodwill: { baseline: false, rationale: true, alternative: false, duplicate: false, hours: true },
  alternative: { baseline: false, rationale: true, alternative: true, duplicate: false, hours: true },
  declined: { baseline: true, rationale: true, alternative: false, duplicate: false, hours: false },
  duplicate: { baseline: false, rationale: false, alternative: false, duplicate: true, hours: false },
};

function text(value: string | null | undefined): string | undefined {
  const t = value?.trim();
  return t ? t : undefined;
}

function refKey(ref: BaselineReference): string {
  return `${ref.kind}:${ref.id}`;
}

function requireEditable(claim: Claim, outcome: TriageOutcome): void {
  const co = claim.changeOrder;
  if (!co) return;
  if (co.status === "sent" || co.status === "approved") {
    throw new DomainError("invalid_state", `claim ${claim.id} is in ${co.status} change order ${co.number}`, {
      status: co.status,
      action: "triaged",
      changeOrderId: co.id,
    });
  }
  if (co.status === "draft" && outcome !== "change_order") {
    throw new DomainError(
      "invalid_state",
      `claim ${claim.id} is an item of draft change order ${co.number}; remove it from the draft first`,
      { status: co.status, action: "triaged", changeOrderId: co.id },
    );
  }
}

/**
 * Validates a triage decision and returns the claim with it (replacing any earlier one). Throws `validation` listing
 * every field at fault (`details.fields`), or `invalid_state` when the claim is locked by a change order (see the
 * module comment).
 */
export function triageClaim(claim: Claim, decision: TriageDecision, context: TriageClaimContext): TriagedClaim {
  const issues: FieldIssue[] = [];
  const fail = (path: string, issue: string, message: string) => issues.push({ path, issue, message });
  const outcome = decision.outcome;
  if (!(TRIAGE_OUTCOMES as readonly string[]).includes(outcome)) {
    throw new DomainError("validation", `unknown outcome ${JSON.stringify(outcome)}`, {
      fields: [{ path: "outcome", issue: "invalid", message: `outcome must be one of ${TRIAGE_OUTCOMES.join(", ")}` }],
    });
  }
  requireEditable(claim, outcome);
  const needs = TRIAGE_REQUIREMENTS[outcome];
  if (Number.isNaN(Date.parse(context.at))) fail("at", "invalid_instant", "at must be an ISO-8601 instant");
  if (!context.by.trim()) fail("by", "required", "the person deciding is required");

  const baseline = decision.baseline ?? undefined;
  if (baseline) {
    if (!(BASELINE_REFERENCE_KINDS as readonly string[]).includes(baseline.kind)) {
      fail("baseline.kind", "invalid", `baseline kind must be one of ${BASELINE_REFERENCE_KINDS.join(", ")}`);
    } else if (!baseline.id?.trim()) {
      fail("baseline.id", "required", "baseline id is required");
    } else if (!context.baseline.some((b) => refKey(b) === refKey(baseline))) {
      fail("baseline", "unknown_baseline", `no ${baseline.kind} ${baseline.id} in the current scope`);
    } else if (outcome === "in_scope" && baseline.kind === "exclusion") {
      fail("baseline", "contradicts_exclusion", "an in-scope claim cannot rest on an exclusion of the signed offer");
    }
  } else if (needs.baseline) {
    fail("baseline", "required", `a ${outcome} claim needs the signed clause it was judged against`);
  }

  const rationale = text(decision.rationale);
  if (rationale === undefined && needs.rationale) {
    fail("rationale", "required", `a ${outcome} claim needs a rationale`);
  }
  if (rationale !== undefined && rationale.length > MAX_TRIAGE_TEXT) {
    fail("rationale", "too_long", `rationale is longer than ${MAX_TRIAGE_TEXT} characters`);
  }

  const alternative = text(decision.alternative);
  if (needs.alternative) {
    if (alternative === undefined) fail("alternative", "required", "describe what is proposed instead");
    else if (alternative.length > MAX_TRIAGE_TEXT) {
      fail("alternative", "too_long", `alternative is longer than ${MAX_TRIAGE_TEXT} characters`);
    }
  } else if (alternative !== undefined) {
    fail("alternative", "not_allowed", "only an alternative outcome describes an alternative");
  }

  const duplicateOf = text(decision.duplicateOfClaimId);
  if (needs.duplicate) checkDuplicate({ claim, duplicateOf, claims: context.claims, fail });
  else if (duplicateOf !== undefined) {
    fail("duplicateOfClaimId", "not_allowed", "only a duplicate outcome points at another claim");
  }

  const hours = decision.estimatedHours ?? undefined;
  if (needs.hours) {
    if (hours === undefined) fail("estimatedHours", "required", `a ${outcome} claim needs estimated hours`);
    else if (!Number.isFinite(hours) || hours < 0 || hours > MAX_CLAIM_HOURS) {
      fail("estimatedHours", "out_of_range", `estimated hours must be between 0 and ${MAX_CLAIM_HOURS}`);
    } else if (Math.abs(hours * 100 - Math.round(hours * 100)) > 1e-6) {
      fail("estimatedHours", "too_precise", "estimated hours have at most two decimals");
    }
  } else if (hours !== undefined) {
    fail("estimatedHours", "not_allowed", `a ${outcome} claim carries no estimated hours`);
  }

  if (issues.length > 0) {
    throw new DomainError("validation", issues.map((i) => `${i.path}: ${i.message}`).join("; "), { fields: issues });
  }
  const base = {
    decidedAt: context.at,
    decidedBy: context.by.trim(),
    baseline: baseline && { kind: baseline.kind, id: baseline.id },
    rationale,
  };
  const estimatedHours = Math.round((hours ?? 0) * 100) / 100;
  return { ...claim, triage: build(outcome, { base, estimatedHours, alternative, duplicateOf }) };
}

interface Parts {
  base: {
    decidedAt: string;
    decidedBy: string;
    baseline: BaselineReference | undefined;
    rationale: string | undefined;
  };
  estimatedHours: number;
  alternative: string | undefined;
  duplicateOf: string | undefined;
}

/** Assembles the validated decision (the `!` are guaranteed by the checks above). */
function build(outcome: TriageOutcome, p: Parts): ClaimTriage {
  const { base, estimatedHours } = p;
  switch (outcome) {
    case "in_scope":
      return { ...base, outcome, baseline: base.baseline!, estimatedHours };
    case "change_order":
      return { ...base, outcome, estimatedHours };
    case "goodwill":
      return { ...base, outcome, rationale: base.rationale!, estimatedHours };
    case "alternative":
      return { ...base, outcome, rationale: base.rationale!, alternative: p.alternative!, estimatedHours };
    case "declined":
      return { ...base, outcome, baseline: base.baseline!, rationale: base.rationale! };
    case "duplicate":
      return { ...base, outcome, duplicateOfClaimId: p.duplicateOf! };
  }
}

interface CheckDuplicateInput {
  claim: Claim;
  duplicateOf: string | undefined;
  claims: readonly Claim[];
  fail: (path: string, issue: string, message: string) => void;
}

function checkDuplicate({ claim, duplicateOf, claims, fail }: CheckDuplicateInput): void {
  const path = "duplicateOfClaimId";
  const target = claims.find((c) => c.id === duplicateOf);
  const repeated = claims.some((c) => c.triage?.outcome === "duplicate" && c.triage.duplicateOfClaimId === claim.id);
  if (duplicateOf === undefined) fail(path, "required", "name the claim this one repeats");
  else if (duplicateOf === claim.id) fail(path, "self_reference", "a claim cannot duplicate itself");
  else if (!target) fail(path, "unknown_claim", `no claim ${duplicateOf}`);
  else if (target.mandateId !== claim.mandateId) {
    fail(path, "other_mandate", "a duplicate must repeat a claim of the same mandate");
  } else if (target.triage?.outcome === "duplicate") {
    fail(path, "duplicate_of_duplicate", `claim ${duplicateOf} is itself a duplicate; point at the original`);
  } else if (repeated) fail(path, "has_duplicates", "other claims are duplicates of this one; re-triage them first");
}
