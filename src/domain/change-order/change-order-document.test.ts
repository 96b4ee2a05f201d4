import { describe, expect, it } from "vitest";
import { buildSignedOffer } from "../offer/build-signed-offer.ts";
import { signatureEvidence } from "../offer/signature.ts";
import { fingerprint } from "../offer/signed-document.ts";
import { buildChangeOrderContent } from "./build-change-order-content.ts";
import { approveChangeOrder, createChangeOrder, sendChangeOrder } from "./change-order.ts";
import { changeOrderDocument } from "./change-order-document.ts";

const issuer = { name: "Collectif WEB", addressLines: ["Québec (Québec)"], registrations: [] };
const client = { name: "Agence Partenaire inc.", addressLines: ["Montréal (Québec)"], registrations: [] };
const offer = buildSignedOffer();
const co = createChangeOrder({
  id: "co1",
  mandateId: "m1",
  offerId: offer.id,
  number: "OFF-2026-0007-A1",
  content: buildChangeOrderContent(),
  createdAt: "2026-03-10T10:00:00Z",
});

describe("change-order document", () => {
  it("shows items, prices, total, schedule, the amended offer and the consent text", () => {
    const doc = changeOrderDocument({ changeOrder: co, offer, issuer, client });
    expect(doc).toMatchObject({
      kind: "change_order",
      number: "OFF-2026-0007-A1",
      amends: { number: "OFF-2026-0007", version: 1, sha256: offer.sha256 },
      total: 35_625,
      hours: 4.25,
      scheduleImpactDays: 4,
      proposedDeliveryDate: "2026-03-24",
      requester: "Gestionnaire de projet, Agence Partenaire",
    });
    expect(doc.items.map((i) => [i.amount, i.hourlyRate])).toEqual([
      [10_625, 8_500],
      [25_000, undefined],
    ]);
    expect(doc.consentText).toContain("l’avenant OFF-2026-0007-A1 à l’offre de service OFF-2026-0007");
  });
  it("hashes stably and changes with any visible byte", () => {
    const doc = changeOrderDocument({ changeOrder: co, offer, issuer, client });
    expect(fingerprint(Object.fromEntries(Object.entries(doc).reverse()))).toBe(fingerprint(doc));
    const cheaper = { ...co, content: buildChangeOrderContent({ scheduleImpactDays: 3 }) };
    expect(fingerprint(changeOrderDocument({ changeOrder: cheaper, offer, issuer, client }))).not.toBe(
      fingerprint(doc),
    );
    const otherBaseline = { ...offer, sha256: "6".repeat(64) };
    expect(fingerprint(changeOrderDocument({ changeOrder: co, offer: otherBaseline, issuer, client }))).not.toBe(
      fingerprint(doc),
    );
  });
  it("is approved with the same evidence as an offer signature", () => {
    const doc = changeOrderDocument({ changeOrder: co, offer, issuer, client });
    const sha256 = fingerprint(doc);
    const sent = sendChangeOrder(co, { sentAt: "2026-03-10T11:00:00Z", sha256 });
    const evidence = signatureEvidence({
      request: { signerName: "Gestionnaire", consent: true, consentText: doc.consentText },
      shownConsentText: doc.consentText,
      sha256,
      signedAt: "2026-03-12T09:00:00Z",
      ip: "203.0.113.9",
      userAgent: "UA",
    });
    expect(approveChangeOrder(sent, evidence)).toMatchObject({ status: "approved", approval: { sha256 } });
  });
});
