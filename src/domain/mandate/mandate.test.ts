import { describe, expect, it } from "vitest";
import { buildSignedOffer } from "../offer/build-signed-offer.ts";
import type { Offer } from "../offer/offer.ts";
import type { Mandate, MandateStatus } from "./mandate.ts";
import {
  acceptMandate,
  addChecklistItems,
  closeMandate,
  createMandate,
  MANDATE_STATUSES,
  recordDelivery,
  setChecklistItem,
  stopMandate,
} from "./mandate.ts";
import { mandateStatusLabel } from "./mandate-status-label.ts";

const active = () => createMandate({ id: "m1", offer: buildSignedOffer(), createdAt: "2026-03-02T09:00:00Z" });
const ticked = (m: Mandate) => setChecklistItem(m, { itemId: "d1", done: true });
const delivered = () => recordDelivery(ticked(active()), { id: "dl1", date: "2026-03-20", note: "Première livraison" });

function mandateIn(status: MandateStatus): Mandate {
  switch (status) {
    case "active":
      return active();
    case "delivered":
      return delivered();
    case "accepted":
      return acceptMandate(delivered(), { at: "2026-03-25T10:00:00Z" });
    case "stopped":
      return stopMandate(active(), { at: "2026-03-10T10:00:00Z", reason: "fin de la collaboration" });
    case "closed":
      return closeMandate(acceptMandate(delivered(), { at: "x" }), { at: "2026-04-01T10:00:00Z" });
  }
}

type Action = "deliver" | "accept" | "stop" | "close" | "check" | "add_items";
const act: Record<Action, (m: Mandate) => { status: MandateStatus }> = {
  // What was delivered ticked first where the work is open (ticking is refused on the others, as delivering is).
  deliver: (m) =>
    recordDelivery(m.status === "active" || m.status === "delivered" ? ticked(m) : m, {
      id: "dl9",
      date: "2026-03-28",
      note: "",
    }),
  accept: (m) => acceptMandate(m, { at: "2026-03-29T10:00:00Z" }),
  stop: (m) => stopMandate(m, { at: "2026-03-29T10:00:00Z", reason: "motif sérieux" }),
  close: (m) => closeMandate(m, { at: "2026-03-29T10:00:00Z" }),
  check: (m) => setChecklistItem(m, { itemId: "d1", done: true }),
  add_items: (m) =>
    addChecklistItems(m, [{ id: "co1-i1", source: "change_order", changeOrderId: "co1", title: "Ajout" }]),
};
const R = "invalid_state" as const;
const MATRIX: Record<MandateStatus, Record<Action, MandateStatus | typeof R>> = {
  active: { deliver: "delivered", accept: R, stop: "stopped", close: R, check: "active", add_items: "active" },
  delivered: {
    deliver: "delivered",
    accept: "accepted",
    stop: "stopped",
    close: R,
    check: "delivered",
    add_items: "delivered",
  },
  accepted: { deliver: R, accept: R, stop: R, close: "closed", check: R, add_items: R },
  stopped: { deliver: R, accept: R, stop: R, close: "closed", check: R, add_items: R },
  closed: { deliver: R, accept: R, stop: R, close: R, check: R, add_items: R },
};

describe("mandate lifecycle", () => {
  const cases = MANDATE_STATUSES.flatMap((from) =>
    (Object.keys(act) as Action[]).map((action) => [from, action, MATRIX[from][action]] as const),
  );
  it.each(cases)("%s --%s--> %s", (from, action, expected) => {
    const mandate = mandateIn(from);
    expect(mandate.status).toBe(from);
    if (expected === R) expect(() => act[action](mandate)).toThrow(expect.objectContaining({ code: R }));
    else expect(act[action](mandate).status).toBe(expected);
  });

  it("is created from a signed offer only, with one checklist item per deliverable in order", () => {
    const m = active();
    expect(m).toMatchObject({ offerId: "offer-1", offerNumber: "OFF-2026-0007", clientId: "client-1", deliveries: [] });
    expect(m.checklist).toEqual([
      { id: "d1", source: "offer", title: "Intégration des pages", done: false },
      { id: "d2", source: "offer", title: "Mise en ligne", done: false },
    ]);
    const { signature: _s, ...rest } = buildSignedOffer();
    const sent: Offer = { ...rest, status: "sent" };
    expect(() => createMandate({ id: "m", offer: sent, createdAt: "x" })).toThrow(expect.objectContaining({ code: R }));
  });
  it("snapshots the checklist at each delivery; later ticks do not change the snapshot", () => {
    const ticked = setChecklistItem(active(), { itemId: "d1", done: true });
    const first = recordDelivery(ticked, { id: "dl1", date: "2026-03-20", note: "  v1 " });
    const later = setChecklistItem(first, { itemId: "d2", done: true });
    const second = recordDelivery(later, { id: "dl2", date: "2026-03-27", note: "v2" });
    expect(second.deliveries.map((d) => d.checklist.map((i) => i.done))).toEqual([
      [true, false],
      [true, true],
    ]);
    expect(second.deliveries[0]!.note).toBe("v1");
  });
  it("refuses to record a delivery of nothing: with nothing ticked, the studio would say it delivered none of the work", () => {
    expect(() => recordDelivery(active(), { id: "dl1", date: "2026-03-20", note: "" })).toThrow(
      expect.objectContaining({ code: R, details: expect.objectContaining({ reason: "nothing_delivered" }) }),
    );
    expect(
      recordDelivery(ticked(active()), { id: "dl1", date: "2026-03-20", note: "" }).deliveries[0]!.checklist,
    ).toEqual([
      { id: "d1", source: "offer", title: "Intégration des pages", done: true },
      { id: "d2", source: "offer", title: "Mise en ligne", done: false },
    ]);
  });
  it("refuses an unknown checklist item, a bad date, a reused delivery id, a duplicate item, an empty stop reason", () => {
    expect(() => setChecklistItem(active(), { itemId: "zz", done: true })).toThrow(
      expect.objectContaining({ code: "not_found" }),
    );
    expect(() => recordDelivery(active(), { id: "x", date: "20/03/2026", note: "" })).toThrow(
      expect.objectContaining({ code: "validation" }),
    );
    expect(() => recordDelivery(delivered(), { id: "dl1", date: "2026-03-21", note: "" })).toThrow(
      expect.objectContaining({ code: "validation" }),
    );
    expect(() => addChecklistItems(active(), [{ id: "d1", source: "change_order", title: "x" }])).toThrow(
      expect.objectContaining({ code: "validation" }),
    );
    expect(() => stopMandate(active(), { at: "x", reason: " " })).toThrow(
      expect.objectContaining({ code: "validation" }),
    );
  });
  it("remembers where a stop and a close came from", () => {
    expect(stopMandate(delivered(), { at: "x", reason: "r" })).toMatchObject({
      stoppedFrom: "delivered",
      stopReason: "r",
    });
    expect(closeMandate(mandateIn("stopped"), { at: "y" })).toMatchObject({ closedFrom: "stopped", closedAt: "y" });
  });
  it("labels every status in French and English", () => {
    for (const s of MANDATE_STATUSES) {
      expect(mandateStatusLabel(s, "fr")).not.toBe(mandateStatusLabel(s, "en"));
    }
    expect(mandateStatusLabel("delivered", "fr")).toBe("Livré");
  });
});
