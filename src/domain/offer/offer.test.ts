import { describe, expect, it } from "vitest";
import { buildOfferContent } from "./build-offer-content.ts";
import type { Offer, OfferStatus } from "./offer.ts";
import { cancelOffer, createOffer, declineOffer, editOffer, OFFER_STATUSES, sendOffer, signOffer } from "./offer.ts";
import type { SignatureEvidence } from "./signature.ts";

const H = "1".repeat(64);
const evidence: SignatureEvidence = {
  signerName: "Alexandre",
  consentText: "J’accepte.",
  signedAt: "2026-03-01T10:00:00Z",
  ip: "203.0.113.7",
  userAgent: "UA",
  sha256: H,
};

function offerIn(status: OfferStatus): Offer {
  const draft = createOffer({
    id: "o1",
    number: "OFF-2026-0007",
    content: buildOfferContent(),
    createdAt: "2026-02-20T10:00:00Z",
  });
  const sent = () => sendOffer(draft, { sentAt: "2026-02-21T10:00:00Z", sha256: H });
  switch (status) {
    case "draft":
      return draft;
    case "sent":
      return sent();
    case "signed":
      return signOffer(sent(), evidence);
    case "declined":
      return declineOffer(sent(), { at: "2026-02-22T10:00:00Z" });
    case "superseded": {
      const r = editOffer(sent(), { content: buildOfferContent(), at: "2026-02-22T10:00:00Z", newId: "o2" });
      if (r.kind !== "revised") throw new Error("expected a revision");
      return r.superseded;
    }
    case "cancelled":
      return cancelOffer(draft, { at: "2026-02-22T10:00:00Z", reason: "projet abandonné", workStarted: false });
  }
}

type Action = "edit" | "send" | "sign" | "decline" | "cancel" | "cancel_after_start";
const act: Record<Action, (o: Offer) => { status: OfferStatus }> = {
  edit: (o) => {
    const r = editOffer(o, {
      content: buildOfferContent({ title: "Nouveau titre" }),
      at: "2026-02-23T10:00:00Z",
      newId: "o9",
    });
    return r.offer;
  },
  send: (o) => sendOffer(o, { sentAt: "2026-02-23T10:00:00Z", sha256: H }),
  sign: (o) => signOffer(o, evidence),
  decline: (o) => declineOffer(o, { at: "2026-02-23T10:00:00Z", reason: "trop cher" }),
  cancel: (o) => cancelOffer(o, { at: "2026-02-23T10:00:00Z", reason: "fin de la collaboration", workStarted: false }),
  cancel_after_start: (o) => cancelOffer(o, { at: "2026-02-23T10:00:00Z", reason: "fin", workStarted: true }),
};

/** Resulting status of each action from each status, or the refusal code. */
const MATRIX: Record<OfferStatus, Record<Action, OfferStatus | "invalid_state">> = {
  draft: {
    edit: "draft",
    send: "sent",
    sign: "invalid_state",
    decline: "invalid_state",
    cancel: "cancelled",
    cancel_after_start: "cancelled",
  },
  sent: {
    edit: "draft",
    send: "invalid_state",
    sign: "signed",
    decline: "declined",
    cancel: "cancelled",
    cancel_after_start: "cancelled",
  },
  signed: {
    edit: "invalid_state",
    send: "invalid_state",
    sign: "invalid_state",
    decline: "invalid_state",
    cancel: "cancelled",
    cancel_after_start: "invalid_state",
  },
  declined: {
    edit: "invalid_state",
    send: "invalid_state",
    sign: "invalid_state",
    decline: "invalid_state",
    cancel: "invalid_state",
    cancel_after_start: "invalid_state",
  },
  superseded: {
    edit: "invalid_state",
    send: "invalid_state",
    sign: "invalid_state",
    decline: "invalid_state",
    cancel: "invalid_state",
    cancel_after_start: "invalid_state",
  },
  cancelled: {
    edit: "invalid_state",
    send: "invalid_state",
    sign: "invalid_state",
    decline: "invalid_state",
    cancel: "invalid_state",
    cancel_after_start: "invalid_state",
  },
};

describe("offer lifecycle", () => {
  const cases = OFFER_STATUSES.flatMap((from) =>
    (Object.keys(act) as Action[]).map((action) => [from, action, MATRIX[from][action]] as const),
  );
  it.each(cases)("%s --%s--> %s", (from, action, expected) => {
    const offer = offerIn(from);
    expect(offer.status).toBe(from);
    if (expected === "invalid_state") {
      expect(() => act[action](offer)).toThrow(expect.objectContaining({ code: "invalid_state" }));
    } else {
      expect(act[action](offer).status).toBe(expected);
    }
  });

  it("revises a sent offer: the old version is superseded, a new draft carries number, version + 1 and the link", () => {
    const sent = offerIn("sent");
    const r = editOffer(sent, { content: buildOfferContent({ title: "V2" }), at: "2026-02-23T10:00:00Z", newId: "o2" });
    expect(r.kind).toBe("revised");
    if (r.kind !== "revised") return;
    expect(r.superseded).toMatchObject({ id: "o1", status: "superseded", supersededById: "o2", sha256: H, version: 1 });
    expect(r.superseded.content.title).not.toBe("V2");
    expect(r.offer).toMatchObject({
      id: "o2",
      number: "OFF-2026-0007",
      version: 2,
      status: "draft",
      supersedesId: "o1",
    });
    expect(r.offer.content.title).toBe("V2");
    expect("sha256" in r.offer).toBe(false);
    expect(() => editOffer(sent, { content: buildOfferContent(), at: "x", newId: "o1" })).toThrow(
      expect.objectContaining({ code: "validation" }),
    );
  });
  it("edits a draft in place and validates the content", () => {
    const r = editOffer(offerIn("draft"), { content: buildOfferContent({ title: "T" }), at: "x", newId: "unused" });
    expect(r).toMatchObject({ kind: "updated", offer: { id: "o1", version: 1, content: { title: "T" } } });
    expect(() => editOffer(offerIn("draft"), { content: { title: "" }, at: "x", newId: "n" })).toThrow(
      expect.objectContaining({ code: "validation" }),
    );
  });
  it("refuses a signature over another content than the one sent", () => {
    expect(() => signOffer(offerIn("sent"), { ...evidence, sha256: "2".repeat(64) })).toThrow(
      expect.objectContaining({ code: "conflict" }),
    );
  });
  it("refuses to send an offer without deliverables", () => {
    const empty = createOffer({
      id: "o",
      number: "OFF-2026-0001",
      content: buildOfferContent({ deliverables: [] }),
      createdAt: "x",
    });
    expect(() => sendOffer(empty, { sentAt: "x", sha256: H })).toThrow(expect.objectContaining({ code: "validation" }));
  });
  it("cancels a signed, not started offer with its reason, keeping the signature as evidence", () => {
    const c = cancelOffer(offerIn("signed"), {
      at: "2026-03-05T10:00:00Z",
      reason: "  fin de la collaboration ",
      workStarted: false,
    });
    expect(c).toMatchObject({
      status: "cancelled",
      cancelledFrom: "signed",
      cancelReason: "fin de la collaboration",
      signature: evidence,
    });
    expect(() => cancelOffer(offerIn("draft"), { at: "x", reason: "  ", workStarted: false })).toThrow(
      expect.objectContaining({ code: "validation" }),
    );
  });
  it("keeps the decline reason, or none", () => {
    expect(declineOffer(offerIn("sent"), { at: "x", reason: "  " }).declineReason).toBeUndefined();
    expect(declineOffer(offerIn("sent"), { at: "x", reason: "budget" }).declineReason).toBe("budget");
  });
});
