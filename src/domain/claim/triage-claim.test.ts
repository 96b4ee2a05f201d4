import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.ts";
import type { BaselineReference, Claim } from "./claim.ts";
import { type TriageClaimContext, type TriageDecision, triageClaim } from "./triage-claim.ts";

function claim(overrides: Partial<Claim> = {}): Claim {
  return {
    id: "c1",
    roundId: "r1",
    mandateId: "m1",
    position: 1,
    text: "Il manque le formulaire de contact",
    source: { start: 0, end: 34 },
    ...overrides,
  };
}

const baseline: BaselineReference[] = [
  { kind: "deliverable", id: "d-contact" },
  { kind: "exclusion", id: "x-legacy" },
  { kind: "assumption", id: "a-content" },
  { kind: "change_order_item", id: "coi-1" },
];

const original = claim({ id: "c0", position: 1 });
const other = claim({ id: "c-other", mandateId: "m2", roundId: "r9" });
const ctx: TriageClaimContext = {
  at: "2026-03-10T14:00:00.000Z",
  by: "alex",
  claims: [original, claim(), other, claim({ id: "c-later", roundId: "r2", position: 3 })],
  baseline,
};

/** The `details.fields` of the validation error thrown, as `path:issue`. */
function refusal(decision: TriageDecision, c: Claim = claim(), context: TriageClaimContext = ctx): string[] {
  try {
    triageClaim(c, decision, context);
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    const err = e as DomainError;
    expect(err.code).toBe("validation");
    return (err.details?.fields ?? []).map((f) => `${f.path}:${f.issue}`);
  }
  throw new Error("expected a refusal");
}

describe("triageClaim: accepted decisions per outcome", () => {
  it("records an in-scope claim with its deliverable, hours rounded to the hundredth and who decided", () => {
    const t = triageClaim(
      claim(),
      { outcome: "in_scope", baseline: { kind: "deliverable", id: "d-contact" }, estimatedHours: 1.5 },
      ctx,
    );
    expect(t.triage).toEqual({
      outcome: "in_scope",
      baseline: { kind: "deliverable", id: "d-contact" },
      rationale: undefined,
      estimatedHours: 1.5,
      decidedAt: "2026-03-10T14:00:00.000Z",
      decidedBy: "alex",
    });
    expect(t.text).toBe("Il manque le formulaire de contact");
  });
  it("records a change order with an optional exclusion and zero hours allowed", () => {
    const t = triageClaim(
      claim(),
      { outcome: "change_order", baseline: { kind: "exclusion", id: "x-legacy" }, estimatedHours: 0 },
      ctx,
    );
    expect(t.triage).toMatchObject({ outcome: "change_order", estimatedHours: 0, baseline: { id: "x-legacy" } });
    const without = triageClaim(claim(), { outcome: "change_order", estimatedHours: 6.25, baseline: null }, ctx);
    expect(without.triage.baseline).toBeUndefined();
  });
  it("records goodwill with its rationale, trimmed", () => {
    const t = triageClaim(
      claim(),
      { outcome: "goodwill", rationale: "  Petit ajustement  ", estimatedHours: 0.75 },
      ctx,
    );
    expect(t.triage).toMatchObject({ outcome: "goodwill", rationale: "Petit ajustement", estimatedHours: 0.75 });
  });
  it("records an alternative with its description", () => {
    const t = triageClaim(
      claim(),
      {
        outcome: "alternative",
        rationale: "Reprendre le code de l'ancien développeur demande une analyse complète",
        alternative: "Un lien vers le formulaire existant de l'agence",
        estimatedHours: 2,
      },
      ctx,
    );
    expect(t.triage).toMatchObject({
      outcome: "alternative",
      alternative: "Un lien vers le formulaire existant de l'agence",
    });
  });
  it("records a declined claim against an exclusion", () => {
    const t = triageClaim(
      claim(),
      { outcome: "declined", baseline: { kind: "exclusion", id: "x-legacy" }, rationale: "Exclu de l'offre" },
      ctx,
    );
    expect(t.triage).toMatchObject({ outcome: "declined", baseline: { kind: "exclusion", id: "x-legacy" } });
  });
  it("records a duplicate of a claim of the same round or of another round of the same mandate", () => {
    expect(triageClaim(claim(), { outcome: "duplicate", duplicateOfClaimId: "c0" }, ctx).triage).toMatchObject({
      outcome: "duplicate",
      duplicateOfClaimId: "c0",
    });
    expect(triageClaim(claim(), { outcome: "duplicate", duplicateOfClaimId: "c-later" }, ctx).triage).toMatchObject({
      duplicateOfClaimId: "c-later",
    });
  });
  it("allows re-triage while the claim is in no sent change order", () => {
    const first = triageClaim(claim(), { outcome: "change_order", estimatedHours: 3 }, ctx);
    const second = triageClaim(first, { outcome: "goodwill", rationale: "Geste commercial", estimatedHours: 3 }, ctx);
    expect(second.triage.outcome).toBe("goodwill");
    const freed = claim({ changeOrder: { id: "co1", number: "OFF-2026-0007-A1", status: "rejected" } });
    expect(
      triageClaim(
        freed,
        { outcome: "declined", baseline: { kind: "exclusion", id: "x-legacy" }, rationale: "Refusé" },
        ctx,
      ).triage.outcome,
    ).toBe("declined");
  });
});

describe("triageClaim: refusals", () => {
  it("needs a baseline for in_scope and declined", () => {
    expect(refusal({ outcome: "in_scope", estimatedHours: 1 })).toEqual(["baseline:required"]);
    expect(refusal({ outcome: "declined", rationale: "Non" })).toEqual(["baseline:required"]);
  });
  it("needs a rationale for declined, alternative and goodwill (blank is absent)", () => {
    expect(refusal({ outcome: "goodwill", rationale: "   ", estimatedHours: 1 })).toEqual(["rationale:required"]);
    expect(refusal({ outcome: "declined", baseline: { kind: "exclusion", id: "x-legacy" } })).toEqual([
      "rationale:required",
    ]);
    expect(refusal({ outcome: "alternative", alternative: "Autre chose", estimatedHours: 1 })).toEqual([
      "rationale:required",
    ]);
  });
  it("needs the alternative's description, and refuses one on another outcome", () => {
    expect(refusal({ outcome: "alternative", rationale: "Trop complexe", estimatedHours: 1 })).toEqual([
      "alternative:required",
    ]);
    expect(refusal({ outcome: "change_order", alternative: "Autre chose", estimatedHours: 1 })).toEqual([
      "alternative:not_allowed",
    ]);
  });
  it("needs estimated hours ≥ 0 with two decimals for in_scope, change_order, goodwill and alternative", () => {
    expect(refusal({ outcome: "change_order" })).toEqual(["estimatedHours:required"]);
    expect(refusal({ outcome: "change_order", estimatedHours: -1 })).toEqual(["estimatedHours:out_of_range"]);
    expect(refusal({ outcome: "change_order", estimatedHours: 1.255 })).toEqual(["estimatedHours:too_precise"]);
    expect(refusal({ outcome: "change_order", estimatedHours: Number.NaN })).toEqual(["estimatedHours:out_of_range"]);
    expect(refusal({ outcome: "goodwill", rationale: "Geste", estimatedHours: null })).toEqual([
      "estimatedHours:required",
    ]);
  });
  it("refuses hours on declined and duplicate claims", () => {
    expect(
      refusal({
        outcome: "declined",
        baseline: { kind: "exclusion", id: "x-legacy" },
        rationale: "Non",
        estimatedHours: 2,
      }),
    ).toEqual(["estimatedHours:not_allowed"]);
    expect(refusal({ outcome: "duplicate", duplicateOfClaimId: "c0", estimatedHours: 1 })).toEqual([
      "estimatedHours:not_allowed",
    ]);
  });
  it("refuses a duplicate of itself, of an unknown claim, of another mandate, or of a duplicate", () => {
    expect(refusal({ outcome: "duplicate" })).toEqual(["duplicateOfClaimId:required"]);
    expect(refusal({ outcome: "duplicate", duplicateOfClaimId: "c1" })).toEqual(["duplicateOfClaimId:self_reference"]);
    expect(refusal({ outcome: "duplicate", duplicateOfClaimId: "nope" })).toEqual(["duplicateOfClaimId:unknown_claim"]);
    expect(refusal({ outcome: "duplicate", duplicateOfClaimId: "c-other" })).toEqual([
      "duplicateOfClaimId:other_mandate",
    ]);
    const chained = claim({
      id: "c2",
      triage: {
        outcome: "duplicate",
        duplicateOfClaimId: "c0",
        decidedAt: ctx.at,
        decidedBy: "alex",
        baseline: undefined,
        rationale: undefined,
      },
    });
    expect(
      refusal({ outcome: "duplicate", duplicateOfClaimId: "c2" }, claim(), {
        ...ctx,
        claims: [...ctx.claims, chained],
      }),
    ).toEqual(["duplicateOfClaimId:duplicate_of_duplicate"]);
    // c0 is repeated by c2: making c0 a duplicate would create a chain
    expect(
      refusal({ outcome: "duplicate", duplicateOfClaimId: "c1" }, original, {
        ...ctx,
        claims: [...ctx.claims, chained],
      }),
    ).toEqual(["duplicateOfClaimId:has_duplicates"]);
  });
  it("refuses a duplicate target on another outcome", () => {
    expect(refusal({ outcome: "change_order", estimatedHours: 1, duplicateOfClaimId: "c0" })).toEqual([
      "duplicateOfClaimId:not_allowed",
    ]);
  });
  it("refuses a baseline that is not in the current scope, of an unknown kind, or an exclusion for in_scope", () => {
    expect(
      refusal({ outcome: "in_scope", baseline: { kind: "deliverable", id: "d-none" }, estimatedHours: 1 }),
    ).toEqual(["baseline:unknown_baseline"]);
    expect(
      refusal({
        outcome: "in_scope",
        baseline: { kind: "clause" as "deliverable", id: "d-contact" },
        estimatedHours: 1,
      }),
    ).toEqual(["baseline.kind:invalid"]);
    expect(
      refusal({ outcome: "in_scope", baseline: { kind: "exclusion", id: "x-legacy" }, estimatedHours: 1 }),
    ).toEqual(["baseline:contradicts_exclusion"]);
  });
  it("lists every field at fault at once", () => {
    expect(refusal({ outcome: "alternative", estimatedHours: -2 })).toEqual([
      "rationale:required",
      "alternative:required",
      "estimatedHours:out_of_range",
    ]);
  });
  it("refuses an unknown outcome and a malformed instant", () => {
    expect(refusal({ outcome: "maybe" as "in_scope" })).toEqual(["outcome:invalid"]);
    expect(refusal({ outcome: "change_order", estimatedHours: 1 }, claim(), { ...ctx, at: "hier" })).toEqual([
      "at:invalid_instant",
    ]);
  });
  it("refuses re-triage once the claim is in a sent or approved change order (invalid_state)", () => {
    for (const status of ["sent", "approved"] as const) {
      const locked = claim({ changeOrder: { id: "co1", number: "OFF-2026-0007-A1", status } });
      expect(() => triageClaim(locked, { outcome: "change_order", estimatedHours: 2 }, ctx)).toThrow(
        expect.objectContaining({ code: "invalid_state" }),
      );
    }
  });
  it("keeps a claim held by a draft change order a change order until it is removed from the draft", () => {
    const drafted = claim({ changeOrder: { id: "co1", number: "OFF-2026-0007-A1", status: "draft" } });
    expect(triageClaim(drafted, { outcome: "change_order", estimatedHours: 4 }, ctx).triage).toMatchObject({
      estimatedHours: 4,
    });
    expect(() => triageClaim(drafted, { outcome: "goodwill", rationale: "Geste", estimatedHours: 4 }, ctx)).toThrow(
      expect.objectContaining({ code: "invalid_state" }),
    );
  });
});
