import { describe, expect, it } from "vitest";
import type { ActiveMandate, Mandate } from "./mandate.ts";
import { addMilestone, mandateMilestones, removeMilestone, upcomingMilestones } from "./mandate-milestones.ts";

const mandate: ActiveMandate = {
  id: "m1",
  offerId: "o1",
  offerNumber: "OFF-2026-0001",
  clientId: "c1",
  createdAt: "2026-09-01T00:00:00Z",
  status: "active",
  checklist: [],
  deliveries: [],
};

describe("mandate milestones", () => {
  it("gathers the offer's date, approved change orders' dates and the user's, earliest first", () => {
    const launched = addMilestone(mandate, { id: "u1", title: " Lancement ", date: "2026-12-10" });
    const all = mandateMilestones({
      mandate: launched,
      offer: { title: "Site", deliveryDate: "2026-11-01", lang: "fr" },
      approvedChangeOrders: [{ id: "co1", number: "OFF-2026-0001-A1", proposedDeliveryDate: "2026-11-20" }],
    });
    expect(all.map((m) => [m.source, m.title, m.date])).toEqual([
      ["offer", "Livraison — Site", "2026-11-01"],
      ["change_order", "Livraison de l’avenant OFF-2026-0001-A1", "2026-11-20"],
      ["user", "Lancement", "2026-12-10"],
    ]);
    expect(upcomingMilestones(all, "2026-11-15").map((m) => m.id)).toEqual(["change_order:co1", "u1"]);
  });

  it("removes only the user's own, and refuses a closed mandate or a bad date", () => {
    const launched = addMilestone(mandate, { id: "u1", title: "Lancement", date: "2026-12-10" });
    expect(removeMilestone(launched, "u1").milestones).toEqual([]);
    expect(() => removeMilestone(launched, "offer:o1")).toThrow(/not found/);
    const closed = { ...mandate, status: "closed", closedAt: "x", closedFrom: "stopped" } as Mandate;
    expect(() => addMilestone(closed, { id: "u2", title: "x", date: "2026-12-01" })).toThrow(/closed/);
    expect(() => addMilestone(mandate, { id: "u3", title: "x", date: "2026-13-01" })).toThrow();
    expect(() => addMilestone(mandate, { id: "u4", title: " ", date: "2026-12-01" })).toThrow();
  });
});
