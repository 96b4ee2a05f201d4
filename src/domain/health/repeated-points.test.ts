/**
 * Lists that ask again for what was settled (issue 11, point 3): a client who repeats points already declined,
 * refused in a change order, given or delivered is not hearing the answers, and its health says so.
 */
import { describe, expect, it } from "vitest";
import { computeClientHealth } from "./compute-client-health.ts";
import type { HealthClaim, HealthInput } from "./health-input.ts";
import { DEFAULT_HEALTH_WEIGHTS } from "./health-score.ts";
import { emptyHealthInput, metricOf } from "./health-test-input.fixture.ts";

const base: HealthInput = {
  ...emptyHealthInput("2026-12-06"),
  signedOffers: [{ offerId: "offer-1", signedAt: "2026-11-01", deliverableCount: 6 }],
};

const claim = (id: string, roundId: string, receivedOn: string, more: Partial<HealthClaim> = {}): HealthClaim => ({
  id,
  roundId,
  mandateId: "mandate-1",
  receivedOn,
  triage: "in_scope",
  ...more,
});

// The first list: the theme's code declined against its exclusion, the contact form in scope.
const first = [claim("theme", "round-1", "2026-11-12", { triage: "declined" }), claim("form", "round-1", "2026-11-12")];
const repeatOfTheme = (id: string, roundId: string, on: string) =>
  claim(id, roundId, on, { triage: "duplicate", repeatOf: { kind: "claim", id: "theme" } });

describe("repeated points: lists that repeat settled points", () => {
  it("nothing triaged yet: not enough data, whatever was received", () => {
    const m = metricOf({ ...base, claims: [claim("a", "round-1", "2026-11-12", { triage: null })] }, "repeated_points");
    expect(m).toMatchObject({ value: null, status: "unknown", sources: [] });
    expect(m.explanation.en).toBe("Not enough data yet: no client request triaged in the period.");
  });

  it("one list that repeats nothing: 0, good", () => {
    const m = metricOf({ ...base, claims: first }, "repeated_points");
    expect(m).toMatchObject({ value: 0, unit: "rounds", status: "good", sources: [] });
    expect(m.explanation.fr).toBe("La liste de demandes reçue ne reprend aucun point déjà réglé.");
    expect(m.explanation.en).toBe("The feedback round received repeats no point already settled.");
  });

  it("a second list asking again for the declined point: 1 of 2, watch, the repeat and the declined claim as sources", () => {
    const claims = [
      ...first,
      repeatOfTheme("theme-again", "round-2", "2026-12-01"),
      claim("new", "round-2", "2026-12-01"),
    ];
    const m = metricOf({ ...base, claims }, "repeated_points");
    expect(m).toMatchObject({ value: 1, status: "watch" });
    expect(m.sources).toEqual([
      { entity: "claim", id: "theme-again" },
      { entity: "claim", id: "theme" },
    ]);
    expect(m.explanation.fr).toBe(
      "1 liste de demandes sur 2 reprend des points déjà réglés (refusés, offerts, tranchés par avenant ou livrés) : 1 demande confirmée comme redite.",
    );
    expect(m.explanation.en).toBe(
      "1 feedback round of 2 repeats points already settled (declined, given, decided by change order or delivered): 1 request confirmed as a repeat.",
    );
  });

  it("two lists repeating settled points (one a delivered item): bad, and the score falls", () => {
    const claims = [
      ...first,
      repeatOfTheme("theme-again", "round-2", "2026-12-01"),
      claim("form-again", "round-3", "2026-12-04", {
        triage: "duplicate",
        repeatOf: { kind: "delivered", id: "checklist-form" },
      }),
    ];
    const health = computeClientHealth({ ...base, claims });
    const m = health.metrics.find((x) => x.key === "repeated_points")!;
    expect(m).toMatchObject({ value: 2, status: "bad" });
    expect(m.explanation.fr).toContain("2 listes de demandes sur 3 reprennent des points déjà réglés");
    expect(m.explanation.en).toContain("2 feedback rounds of 3 repeat points already settled");
    // a delivered item is not a record of its own: the repeating claim is the source
    expect(m.sources).toEqual([
      { entity: "claim", id: "theme-again" },
      { entity: "claim", id: "form-again" },
      { entity: "claim", id: "theme" },
    ]);
    expect(health.warning.reasons.map((r) => r.en)).toContain(m.explanation.en);
    const before = computeClientHealth({ ...base, claims: first }).score.value!;
    expect(health.score.value).toBeLessThan(before);
  });

  it("a duplicate within its own list repeats nothing settled; lists before the window are not counted", () => {
    const inRound = claim("form-twice", "round-1", "2026-11-12", { triage: "duplicate" });
    expect(metricOf({ ...base, claims: [...first, inRound] }, "repeated_points").value).toBe(0);
    const claims = [...first, repeatOfTheme("theme-again", "round-2", "2026-12-01")];
    const m = metricOf(
      { ...base, from: "2026-12-02", claims: [...claims, claim("x", "round-3", "2026-12-03")] },
      "repeated_points",
    );
    expect(m.value).toBe(0);
  });

  it("weighs 2 by default and a workspace may change it", () => {
    const claims = [...first, repeatOfTheme("theme-again", "round-2", "2026-12-01")];
    const health = computeClientHealth({ ...base, claims });
    expect(health.settings.weights.repeated_points).toBe(2);
    expect(health.score.parts).toContainEqual({ key: "repeated_points", points: 50, weight: 2 });
    const ignored = computeClientHealth({
      ...base,
      claims,
      settings: { weights: { ...DEFAULT_HEALTH_WEIGHTS, repeated_points: 0 } },
    });
    expect(ignored.score.parts.map((p) => p.key)).not.toContain("repeated_points");
  });
});
