import { describe, expect, it } from "vitest";
import { splitClaims } from "../triage/split-claims.ts";
import { type Claim, claimsOfRound } from "./claim.ts";
import { roundSummary, untriaged } from "./round-summary.ts";
import { triageClaim } from "./triage-claim.ts";

const message = `Bonjour,
Voici ce qui manque :
1) Le formulaire de contact
2) La page équipe
3) Le blogue
4) Les animations du menu
5) Ajouter aussi le formulaire de contact sur l'accueil`;

const ctxOf = (claims: Claim[]) => ({
  at: "2026-03-10T14:00:00.000Z",
  by: "alex",
  claims,
  baseline: [
    { kind: "deliverable" as const, id: "d1" },
    { kind: "exclusion" as const, id: "x1" },
  ],
});

describe("a round from split to summary", () => {
  const claims = claimsOfRound({
    roundId: "r1",
    mandateId: "m1",
    split: splitClaims(message),
    ids: ["c1", "c2", "c3", "c4", "c5"],
  });

  it("numbers the split claims and keeps their source span", () => {
    expect(claims.map((c) => [c.position, c.text])).toEqual([
      [1, "Le formulaire de contact"],
      [2, "La page équipe"],
      [3, "Le blogue"],
      [4, "Les animations du menu"],
      [5, "Ajouter aussi le formulaire de contact sur l'accueil"],
    ]);
    const c = claims[0]!;
    expect(message.slice(c.source.start, c.source.end)).toBe(c.text);
  });

  it("refuses a mismatched id list", () => {
    expect(() => claimsOfRound({ roundId: "r1", mandateId: "m1", split: splitClaims(message), ids: ["a"] })).toThrow(
      expect.objectContaining({ code: "validation" }),
    );
  });

  it("counts claims and sums hours per outcome, listing the untriaged in order", () => {
    const ctx = ctxOf(claims);
    const [c1, c2, c3, c4, c5] = claims as [Claim, Claim, Claim, Claim, Claim];
    const decided = [
      triageClaim(c1, { outcome: "in_scope", baseline: { kind: "deliverable", id: "d1" }, estimatedHours: 0.1 }, ctx),
      triageClaim(c2, { outcome: "change_order", estimatedHours: 6.5 }, ctx),
      triageClaim(c3, { outcome: "change_order", estimatedHours: 0.2 }, ctx),
      c4,
      triageClaim(c5, { outcome: "duplicate", duplicateOfClaimId: "c1" }, ctx),
    ];
    const s = roundSummary(decided);
    expect(s.total).toBe(5);
    expect(s.untriaged).toBe(1);
    expect(s.counts).toEqual({ in_scope: 1, change_order: 2, goodwill: 0, alternative: 0, declined: 0, duplicate: 1 });
    // 6.5 + 0.2 = 6.7 exactly (summed in hundredths), 0.1 in scope
    expect(s.hours).toEqual({
      in_scope: 0.1,
      change_order: 6.7,
      goodwill: 0,
      alternative: 0,
      declined: 0,
      duplicate: 0,
    });
    expect(untriaged([decided[4]!, c4, decided[0]!]).map((c) => c.id)).toEqual(["c4"]);
    expect(untriaged(claims).map((c) => c.position)).toEqual([1, 2, 3, 4, 5]);
  });
});
