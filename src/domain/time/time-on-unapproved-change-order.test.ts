import { describe, expect, it } from "vitest";
import { buildChangeOrderContent } from "../change-order/build-change-order-content.ts";
import { approveChangeOrder, createChangeOrder, sendChangeOrder } from "../change-order/change-order.ts";
import type { Claim } from "../claim/claim.ts";
import { isTimeOnUnapprovedWork, timeOnUnapprovedChangeOrders } from "./time-on-unapproved-change-order.ts";

const H = "a".repeat(64);
function co(id: string, claimId: string) {
  return createChangeOrder({
    id,
    mandateId: "m1",
    offerId: "o1",
    number: `OFF-2026-0007-${id}`,
    createdAt: "2026-03-10T10:00:00Z",
    content: buildChangeOrderContent({
      items: [
        { id: `${id}-i`, claimId, title: "Ajout", description: "", hours: 2, price: { kind: "fixed", amount: 100 } },
      ],
    }),
  });
}
const sent = sendChangeOrder(co("A1", "c-sent"), { sentAt: "2026-03-10T11:00:00Z", sha256: H });
const approved = approveChangeOrder(
  sendChangeOrder(co("A2", "c-approved"), { sentAt: "2026-03-10T11:00:00Z", sha256: H }),
  {
    signerName: "Gestionnaire",
    consentText: "J’approuve.",
    signedAt: "2026-03-11T10:00:00Z",
    ip: "",
    userAgent: "",
    sha256: H,
  },
);
const triaged = (id: string, outcome: "change_order" | "goodwill"): Pick<Claim, "id" | "triage"> => ({
  id,
  triage:
    outcome === "change_order"
      ? { outcome, estimatedHours: 2, decidedAt: "x", decidedBy: "alex", baseline: undefined, rationale: undefined }
      : { outcome, estimatedHours: 1, rationale: "Geste", decidedAt: "x", decidedBy: "alex", baseline: undefined },
});
const input = {
  claims: [triaged("c-sent", "change_order"), triaged("c-pending", "change_order"), triaged("c-free", "goodwill")],
  changeOrders: [sent, approved],
};

describe("time on a claim whose change order is not approved", () => {
  it("flags time on a claim in a sent change order, or triaged change_order without one", () => {
    expect(isTimeOnUnapprovedWork({ claimId: "c-sent", mandateId: "m1" }, input)).toBe(true);
    expect(isTimeOnUnapprovedWork({ claimId: "c-pending", mandateId: "m1" }, input)).toBe(true);
  });
  it("does not flag approved work, goodwill claims, or time without a claim", () => {
    expect(isTimeOnUnapprovedWork({ claimId: "c-approved", mandateId: "m1" }, input)).toBe(false);
    expect(isTimeOnUnapprovedWork({ claimId: "c-free", mandateId: "m1" }, input)).toBe(false);
    expect(isTimeOnUnapprovedWork({ claimId: undefined, mandateId: "m1" }, input)).toBe(false);
  });
  it("lists the flagged entries", () => {
    const entries = [
      { id: "t1", claimId: "c-approved", mandateId: "m1" },
      { id: "t2", claimId: "c-sent", mandateId: "m1" },
      { id: "t3", claimId: undefined, mandateId: "m1" },
      { id: "t4", claimId: "c-pending", mandateId: "m1" },
    ];
    expect(timeOnUnapprovedChangeOrders(entries, input).map((e) => e.id)).toEqual(["t2", "t4"]);
  });
});
