import { describe, expect, it } from "vitest";
import { valueMandateWork } from "../../app/mandates/ledger.ts";
import type { MandateWorkFacts } from "../../store/ledger-store.ts";
import { buildChangeOrderContent } from "../change-order/build-change-order-content.ts";
import type { ApprovedChangeOrder } from "../change-order/change-order.ts";
import type { ChecklistItem, Mandate } from "../mandate/mandate.ts";
import { buildOfferContent } from "../offer/build-offer-content.ts";
import { buildSignedOffer } from "../offer/build-signed-offer.ts";
import type { Deliverable, Pricing } from "../offer/offer-content.ts";
import { type WorkDoneInput, workDone } from "./work-done.ts";
import type { WorkProgress } from "./work-progress.ts";

const PAGES: Deliverable = {
  id: "d1",
  position: 0,
  title: "Intégration des pages",
  description: "10 pages",
  quantity: 10_000,
  unit: "page",
  price: { kind: "unit", unitPrice: 15_000 },
};
const LAUNCH: Deliverable = {
  id: "d2",
  position: 1,
  title: "Mise en ligne",
  description: "",
  quantity: 1_000,
  unit: "forfait",
  price: { kind: "fixed", amount: 45_000 },
};
const DEV_HOURS: Deliverable = {
  id: "h1",
  position: 0,
  title: "Développement",
  description: "",
  quantity: 20_000,
  unit: "h",
  price: { kind: "unit", unitPrice: 9_500 },
};

/** The change order of the founding story: 1,25 h × 85 $ = 106,25 $ and a 250 $ form → 356,25 $. */
const CHANGE_ORDER: ApprovedChangeOrder = {
  id: "co-1",
  mandateId: "m-1",
  offerId: "offer-1",
  number: "OFF-2026-0007-A1",
  content: buildChangeOrderContent(),
  createdAt: "2026-03-10T10:00:00.000Z",
  status: "approved",
  sentAt: "2026-03-10T11:00:00.000Z",
  sha256: "6".repeat(64),
  approval: {
    signerName: "Gestionnaire de projet",
    consentText: "J’approuve l’avenant.",
    signedAt: "2026-03-11T09:00:00.000Z",
    ip: "203.0.113.7",
    userAgent: "Mozilla/5.0",
    sha256: "6".repeat(64),
  },
};

function checklist(done: Record<string, boolean>): ChecklistItem[] {
  return Object.entries(done).map(([id, d]) => ({
    id,
    source: id.startsWith("coi-") ? "change_order" : "offer",
    title: id,
    done: d,
  }));
}

function facts(input: {
  pricing: Pricing;
  deliverables: Deliverable[];
  done: Record<string, boolean>;
  changeOrders?: ApprovedChangeOrder[];
  billable?: MandateWorkFacts["billable"];
}): MandateWorkFacts {
  const mandate: Mandate = {
    id: "m-1",
    offerId: "offer-1",
    offerNumber: "OFF-2026-0007",
    clientId: "client-1",
    createdAt: "2026-02-25T16:00:00.000Z",
    checklist: checklist(input.done),
    deliveries: [],
    status: "active",
  };
  // Costs recorded on the mandate: none in these fixtures (kept apart so the fixture fits the facts with or without it).
  const costs = { costs: 0, retainerBilled: 0 };
  return {
    ...costs,
    mandate,
    title: "Intégration",
    offer: buildSignedOffer({
      content: buildOfferContent({ pricing: input.pricing, deliverables: input.deliverables, depositBps: 3_000 }),
    }),
    changeOrders: input.changeOrders ?? [],
    billable: input.billable ?? [],
  };
}

const progress = (done: number, of: number): WorkProgress => ({
  doneBps: Math.round((done * 10_000) / of),
  done,
  of,
  basis: "price",
  itemsDone: 0,
  itemsTotal: 0,
});

const base: WorkDoneInput = {
  pricingModel: "fixed",
  offerPrice: 195_000,
  changeOrdersTotal: 0,
  changeOrderItemsDelivered: 0,
  progress: progress(0, 1),
  billableMinutes: 0,
  billableValue: 0,
  costs: 0,
};

describe("workDone, fixed price", () => {
  it("values the work at the exact share × the signed price, not at the rounded percentage", () => {
    // Signed = 1 950 $ + 356,25 $ = 2 306,25 $; share 150 000 / 195 000 → 230 625 × 150 000 / 195 000 = 177 403,85 → 1 774,04 $
    // (the rounded 76,92 % would give 230 625 × 7 692 / 10 000 = 1 773,97 $).
    const w = workDone({ ...base, changeOrdersTotal: 35_625, progress: progress(150_000, 195_000) });
    expect(w).toEqual({
      method: "progress",
      signed: 230_625,
      workValue: 177_404,
      costs: 0,
      earned: 177_404,
      overCap: 0,
    });
  });

  it("rounds half-up once: 33,33 % set by the user of 1 950 $ = 649,935 $ → 649,94 $", () => {
    const w = workDone({ ...base, progress: { ...progress(3_333, 10_000), basis: "set_by_user" } });
    expect(w.workValue).toBe(64_994);
  });

  it("adds billable time logged on top of the price, and costs to what is earned", () => {
    const w = workDone({ ...base, progress: progress(195_000, 195_000), billableValue: 12_000, costs: 5_000 });
    expect([w.workValue, w.costs, w.earned]).toEqual([207_000, 5_000, 212_000]);
  });

  it("through valueMandateWork: delivered pages and a delivered change-order item, weighted by price, plus billable time", () => {
    const v = valueMandateWork(
      facts({
        pricing: { model: "fixed" },
        deliverables: [PAGES, LAUNCH],
        changeOrders: [CHANGE_ORDER],
        done: { d1: true, d2: false, "coi-1": true, "coi-2": false },
        // 2 × 45 min logged billable at 80 $ → 2 × 60 $ (time outside the fixed price).
        billable: [{ minutes: 45, rate: 8_000, count: 2 }],
      }),
    );
    // Done = 1 500 $ + 106,25 $ = 1 606,25 $ of 1 950 $ + 356,25 $ = 2 306,25 $: the work is worth exactly 1 606,25 $.
    expect([v.progress.done, v.progress.of, v.progress.basis]).toEqual([160_625, 230_625, "price"]);
    expect(v.rate).toBeUndefined();
    expect(v.offerPrice).toBe(195_000);
    expect(v.depositAmount).toBe(58_500);
    expect(v.work).toEqual({
      method: "progress",
      signed: 230_625,
      workValue: 172_625,
      costs: 0,
      earned: 172_625,
      overCap: 0,
    });
  });
});

describe("workDone, hourly and capped", () => {
  it("hourly = billable value + the change-order items delivered", () => {
    const w = workDone({
      ...base,
      pricingModel: "hourly",
      offerPrice: 190_000,
      changeOrdersTotal: 35_625,
      changeOrderItemsDelivered: 25_000,
      billableMinutes: 600,
      billableValue: 95_000,
      progress: progress(1, 2),
    });
    expect(w).toEqual({ method: "hours", signed: 225_625, workValue: 120_000, costs: 0, earned: 120_000, overCap: 0 });
  });

  it("capped stops at the cap and shows the excess, which is never billed", () => {
    const w = workDone({ ...base, pricingModel: "capped", offerPrice: 80_000, billableValue: 95_000, costs: 1_000 });
    expect(w).toEqual({
      method: "hours",
      signed: 80_000,
      workValue: 80_000,
      costs: 1_000,
      earned: 81_000,
      overCap: 15_000,
    });
  });

  it("capped below the cap: no excess", () => {
    const w = workDone({ ...base, pricingModel: "capped", offerPrice: 80_000, billableValue: 79_999 });
    expect([w.workValue, w.overCap]).toEqual([79_999, 0]);
  });

  it("through valueMandateWork: 10 billable h at the agreed 95 $ → 950 $, never at the rate recorded (13 h × 120 $)", () => {
    // The store brings billable entries only (goodwill and internal time are never in the facts): 8 × 1 h and
    // 4 × 30 min recorded at the workspace's 120 $ target rate. The offer agreed 95 $/h.
    const v = valueMandateWork(
      facts({
        pricing: { model: "hourly" },
        deliverables: [DEV_HOURS],
        done: { h1: false },
        billable: [
          { minutes: 60, rate: 12_000, count: 8 },
          { minutes: 30, rate: 12_000, count: 4 },
        ],
      }),
    );
    expect(v.rate).toBe(9_500);
    expect(v.billableMinutes).toBe(600);
    expect(v.work.workValue).toBe(95_000);
    expect(v.work.workValue).not.toBe(156_000);
    expect(v.work.signed).toBe(190_000);
  });

  it("through valueMandateWork: an hourly mandate adds the delivered change-order items at their price", () => {
    const v = valueMandateWork(
      facts({
        pricing: { model: "hourly" },
        deliverables: [DEV_HOURS],
        changeOrders: [CHANGE_ORDER],
        done: { h1: false, "coi-1": false, "coi-2": true },
        billable: [{ minutes: 60, rate: 12_000, count: 10 }],
      }),
    );
    // 10 h × 95 $ + the 250 $ form delivered = 1 200 $; signed = 1 900 $ + 356,25 $.
    expect([v.work.workValue, v.work.signed]).toEqual([120_000, 225_625]);
  });

  it("through valueMandateWork: a capped offer of 800 $ with 10 billable h at 95 $ → 800 $ done, 150 $ over the cap", () => {
    const v = valueMandateWork(
      facts({
        pricing: { model: "capped", capAmount: 80_000 },
        deliverables: [{ ...DEV_HOURS, quantity: 10_000, unit: "heures" }],
        done: {},
        billable: [{ minutes: 60, rate: 12_000, count: 10 }],
      }),
    );
    expect(v.offerPrice).toBe(80_000);
    expect(v.work).toMatchObject({ workValue: 80_000, overCap: 15_000, earned: 80_000 });
  });

  it("through valueMandateWork: with no agreed rate, each entry is valued at its own rate, rounded per entry", () => {
    const v = valueMandateWork(
      facts({
        pricing: { model: "hourly" },
        deliverables: [LAUNCH],
        done: { d2: false },
        // 90 min × 85 $ = 127,50 $; 2 × 20 min × 100 $ = 2 × 33,33 $ (each 33,333 rounded) → 194,16 $.
        billable: [
          { minutes: 90, rate: 8_500, count: 1 },
          { minutes: 20, rate: 10_000, count: 2 },
        ],
      }),
    );
    expect(v.rate).toBeUndefined();
    expect(v.work.workValue).toBe(19_416);
  });
});
