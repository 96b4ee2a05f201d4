import { describe, expect, it } from "vitest";
import { buildSignedOffer } from "../offer/build-signed-offer.ts";
import type { SignatureEvidence } from "../offer/signature.ts";
import { buildChangeOrderContent } from "./build-change-order-content.ts";
import type { ChangeOrder } from "./change-order.ts";
import {
  approveChangeOrder,
  createChangeOrder,
  rejectChangeOrder,
  sendChangeOrder,
  withdrawChangeOrder,
} from "./change-order.ts";
import { currentScope, isTimeOnUnapprovedChangeOrder } from "./current-scope.ts";

const H = "e".repeat(64);
const offer = buildSignedOffer();
const approval = (signedAt: string): SignatureEvidence => ({
  signerName: "Gestionnaire",
  consentText: "J’approuve.",
  signedAt,
  ip: "",
  userAgent: "",
  sha256: H,
});
function co(id: string, claimId: string, amount: number) {
  return createChangeOrder({
    id,
    mandateId: "m1",
    offerId: offer.id,
    number: `OFF-2026-0007-A${id.slice(-1)}`,
    createdAt: "2026-03-10T10:00:00Z",
    content: buildChangeOrderContent({
      items: [
        { id: `${id}-i`, claimId, title: `Item ${id}`, description: "", hours: 1, price: { kind: "fixed", amount } },
      ],
    }),
  });
}
const send = (c: ChangeOrder) => sendChangeOrder(c, { sentAt: "2026-03-10T11:00:00Z", sha256: H });
const approved2 = approveChangeOrder(send(co("co2", "claim-2", 20_000)), approval("2026-03-12T10:00:00Z"));
const approved1 = approveChangeOrder(send(co("co1", "claim-1", 10_000)), approval("2026-03-13T10:00:00Z"));
const draft = co("co3", "claim-3", 1_000);
const sent = send(co("co4", "claim-4", 2_000));
const rejected = rejectChangeOrder(send(co("co5", "claim-5", 3_000)), { at: "x" });
const withdrawn = withdrawChangeOrder(co("co6", "claim-6", 4_000), { at: "x" });
const all = [approved1, draft, sent, rejected, withdrawn, approved2];

describe("current scope", () => {
  it("is the signed offer's items plus items of approved change orders only, in approval order", () => {
    const scope = currentScope({ offer, changeOrders: all });
    expect(scope.items.map((i) => [i.source, i.id])).toEqual([
      ["offer", "d1"],
      ["offer", "d2"],
      ["change_order", "co2-i"],
      ["change_order", "co1-i"],
    ]);
    expect(scope.total).toBe(130_000 + 20_000 + 10_000);
    expect(scope.exclusions).toEqual(offer.content.exclusions);
    expect(scope.items[2]).toMatchObject({
      changeOrderId: "co2",
      changeOrderNumber: "OFF-2026-0007-A2",
      claimId: "claim-2",
    });
  });
  it("is the signed baseline alone when nothing is approved", () => {
    const scope = currentScope({ offer, changeOrders: [draft, sent, rejected, withdrawn] });
    expect(scope.items.every((i) => i.source === "offer")).toBe(true);
    expect(scope.total).toBe(130_000);
  });
  it("refuses a change order of another offer", () => {
    const other = { ...draft, offerId: "offer-9" };
    expect(() => currentScope({ offer, changeOrders: [other] })).toThrow(
      expect.objectContaining({ code: "validation" }),
    );
  });
});

describe("time on unapproved change orders", () => {
  const flag = (claimId: string | undefined, claimTriage?: string) =>
    isTimeOnUnapprovedChangeOrder({ claimId, claimTriage, changeOrders: all });
  it("flags time on a claim whose change order is draft, sent, rejected or withdrawn", () => {
    for (const claimId of ["claim-3", "claim-4", "claim-5", "claim-6"]) expect(flag(claimId)).toBe(true);
  });
  it("flags time on a claim triaged change_order that has no change order yet", () => {
    expect(flag("claim-9", "change_order")).toBe(true);
  });
  it("does not flag approved claims, other claims or time without a claim", () => {
    expect(flag("claim-1")).toBe(false);
    expect(flag("claim-9", "in_scope")).toBe(false);
    expect(flag("claim-9", "goodwill")).toBe(false);
    expect(flag(undefined)).toBe(false);
  });
  it("does not flag a claim withdrawn once and then approved in a new change order", () => {
    const again = approveChangeOrder(send(co("co7", "claim-6", 4_000)), approval("2026-03-14T10:00:00Z"));
    expect(isTimeOnUnapprovedChangeOrder({ claimId: "claim-6", changeOrders: [...all, again] })).toBe(false);
  });
});
