import { describe, expect, it } from "vitest";
import type { SignatureEvidence } from "../offer/signature.ts";
import { buildChangeOrderContent } from "./build-change-order-content.ts";
import type { ChangeOrder, ChangeOrderStatus } from "./change-order.ts";
import {
  approveChangeOrder,
  CHANGE_ORDER_STATUSES,
  createChangeOrder,
  editChangeOrder,
  rejectChangeOrder,
  sendChangeOrder,
  withdrawChangeOrder,
} from "./change-order.ts";
import { changeOrderStatusLabel } from "./change-order-status-label.ts";

const H = "c".repeat(64);
const approval: SignatureEvidence = {
  signerName: "Gestionnaire",
  consentText: "J’approuve.",
  signedAt: "2026-03-12T10:00:00Z",
  ip: "203.0.113.9",
  userAgent: "UA",
  sha256: H,
};
const draft = () =>
  createChangeOrder({
    id: "co1",
    mandateId: "m1",
    offerId: "offer-1",
    number: "OFF-2026-0007-A1",
    content: buildChangeOrderContent(),
    createdAt: "2026-03-10T10:00:00Z",
  });
const sent = () => sendChangeOrder(draft(), { sentAt: "2026-03-10T11:00:00Z", sha256: H });

function inStatus(status: ChangeOrderStatus): ChangeOrder {
  switch (status) {
    case "draft":
      return draft();
    case "sent":
      return sent();
    case "approved":
      return approveChangeOrder(sent(), approval);
    case "rejected":
      return rejectChangeOrder(sent(), { at: "2026-03-12T10:00:00Z", reason: "pas de budget" });
    case "withdrawn":
      return withdrawChangeOrder(draft(), { at: "2026-03-11T10:00:00Z" });
  }
}

type Action = "edit" | "send" | "approve" | "reject" | "withdraw";
const act: Record<Action, (co: ChangeOrder) => { status: ChangeOrderStatus }> = {
  edit: (co) => editChangeOrder(co, buildChangeOrderContent({ title: "Autre titre" })),
  send: (co) => sendChangeOrder(co, { sentAt: "2026-03-13T10:00:00Z", sha256: H }),
  approve: (co) => approveChangeOrder(co, approval),
  reject: (co) => rejectChangeOrder(co, { at: "2026-03-13T10:00:00Z" }),
  withdraw: (co) => withdrawChangeOrder(co, { at: "2026-03-13T10:00:00Z" }),
};
const R = "invalid_state" as const;
const MATRIX: Record<ChangeOrderStatus, Record<Action, ChangeOrderStatus | typeof R>> = {
  draft: { edit: "draft", send: "sent", approve: R, reject: R, withdraw: "withdrawn" },
  sent: { edit: R, send: R, approve: "approved", reject: "rejected", withdraw: "withdrawn" },
  approved: { edit: R, send: R, approve: R, reject: R, withdraw: R },
  rejected: { edit: R, send: R, approve: R, reject: R, withdraw: R },
  withdrawn: { edit: R, send: R, approve: R, reject: R, withdraw: R },
};

describe("change-order lifecycle", () => {
  const cases = CHANGE_ORDER_STATUSES.flatMap((from) =>
    (Object.keys(act) as Action[]).map((action) => [from, action, MATRIX[from][action]] as const),
  );
  it.each(cases)("%s --%s--> %s", (from, action, expected) => {
    const co = inStatus(from);
    expect(co.status).toBe(from);
    if (expected === R) expect(() => act[action](co)).toThrow(expect.objectContaining({ code: R }));
    else expect(act[action](co).status).toBe(expected);
  });

  it("refuses an approval over another content than the one sent", () => {
    expect(() => approveChangeOrder(sent(), { ...approval, sha256: "d".repeat(64) })).toThrow(
      expect.objectContaining({ code: "conflict" }),
    );
  });
  it("keeps the approval evidence, the reject reason and where a withdrawal came from", () => {
    expect(approveChangeOrder(sent(), approval).approval).toEqual(approval);
    expect(rejectChangeOrder(sent(), { at: "x", reason: " trop cher " }).rejectReason).toBe("trop cher");
    expect(rejectChangeOrder(sent(), { at: "x", reason: "" }).rejectReason).toBeUndefined();
    expect(withdrawChangeOrder(sent(), { at: "x" })).toMatchObject({ withdrawnFrom: "sent", sha256: H });
  });
  it("validates the content on creation and edit", () => {
    expect(() => editChangeOrder(draft(), { ...buildChangeOrderContent(), items: [] })).toThrow(
      expect.objectContaining({ code: "validation" }),
    );
    expect(() =>
      createChangeOrder({ id: "x", mandateId: "m", offerId: "o", number: "n", content: {}, createdAt: "t" }),
    ).toThrow(expect.objectContaining({ code: "validation" }));
  });
  it("refuses to send an hourly line without a rate, naming the line", () => {
    const base = buildChangeOrderContent();
    const noRate = editChangeOrder(draft(), {
      ...base,
      items: [base.items[0]!, { ...base.items[1]!, price: { kind: "hourly", hourlyRate: 0 } }],
    });
    expect(() => sendChangeOrder(noRate, { sentAt: "2026-03-13T10:00:00Z", sha256: H })).toThrow(
      expect.objectContaining({
        code: "validation",
        details: { fields: [expect.objectContaining({ path: "items.1.price.hourlyRate", issue: "required" })] },
      }),
    );
  });
  it("labels every status in French and English", () => {
    for (const s of CHANGE_ORDER_STATUSES)
      expect(changeOrderStatusLabel(s, "fr")).not.toBe(changeOrderStatusLabel(s, "en"));
    expect(changeOrderStatusLabel("approved", "fr")).toBe("Approuvé");
  });
});
