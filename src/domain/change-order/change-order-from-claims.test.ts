import { describe, expect, it } from "vitest";
import type { ChangeOrderFromClaimsInput, ClaimForChangeOrder } from "./change-order-from-claims.ts";
import { changeOrderFromClaims } from "./change-order-from-claims.ts";
import { changeOrderTotals } from "./change-order-totals.ts";

const claims: ClaimForChangeOrder[] = [
  {
    id: "c1",
    text: "Le menu mobile ne fonctionne pas\nIl faut le refaire.",
    triage: "change_order",
    estimatedHours: 2.5,
  },
  { id: "c2", text: "Ajouter un blogue", triage: "change_order", estimatedHours: null },
  { id: "c3", text: "Corriger une faute sur l’accueil", triage: "in_scope", estimatedHours: 0.25 },
];
const input: ChangeOrderFromClaimsInput = {
  id: "co1",
  mandateId: "m1",
  offerId: "offer-1",
  number: "OFF-2026-0007-A1",
  claims,
  selectedClaimIds: ["c1", "c2"],
  itemIds: ["i1", "i2"],
  hourlyRate: 8_500,
  title: "Ajouts demandés",
  reason: "Hors de l’offre signée",
  requester: "Gestionnaire de projet",
  scheduleImpactDays: 2,
  proposedDeliveryDate: "2026-03-24",
  language: "fr",
  currency: "CAD",
  createdAt: "2026-03-10T10:00:00Z",
};

describe("change order from claims", () => {
  it("makes one hourly item per selected claim, titled by its first line", () => {
    const co = changeOrderFromClaims(input);
    expect(co.status).toBe("draft");
    expect(co.content.items).toEqual([
      {
        id: "i1",
        claimId: "c1",
        title: "Le menu mobile ne fonctionne pas",
        description: "Le menu mobile ne fonctionne pas\nIl faut le refaire.",
        hours: 2.5,
        price: { kind: "hourly", hourlyRate: 8_500 },
      },
      {
        id: "i2",
        claimId: "c2",
        title: "Ajouter un blogue",
        description: "Ajouter un blogue",
        hours: 0,
        price: { kind: "hourly", hourlyRate: 8_500 },
      },
    ]);
    expect(changeOrderTotals(co.content).total).toBe(21_250);
  });
  it("refuses claims not triaged as change orders, unknown or repeated claims, and id mismatches", () => {
    expect(() => changeOrderFromClaims({ ...input, selectedClaimIds: ["c3"], itemIds: ["i1"] })).toThrow(
      expect.objectContaining({ code: "validation" }),
    );
    expect(() => changeOrderFromClaims({ ...input, selectedClaimIds: ["zz"], itemIds: ["i1"] })).toThrow(
      expect.objectContaining({ code: "not_found" }),
    );
    for (const bad of [
      { selectedClaimIds: ["c1", "c1"], itemIds: ["i1", "i2"] },
      { selectedClaimIds: ["c1", "c2"], itemIds: ["i1"] },
      { selectedClaimIds: ["c1", "c2"], itemIds: ["i1", "i1"] },
      { selectedClaimIds: [], itemIds: [] },
    ]) {
      expect(() => changeOrderFromClaims({ ...input, ...bad })).toThrow(
        expect.objectContaining({ code: "validation" }),
      );
    }
  });
  it("shortens a very long first line to 200 characters", () => {
    const long = [{ id: "c1", text: "a".repeat(300), triage: "change_order", estimatedHours: 1 }];
    const co = changeOrderFromClaims({ ...input, claims: long, selectedClaimIds: ["c1"], itemIds: ["i1"] });
    expect(co.content.items[0]!.title).toHaveLength(200);
    expect(co.content.items[0]!.title.endsWith("…")).toBe(true);
  });
});
