/** A signed offer with its mandate, ready for rounds, change orders and time. */
import { buildClient, buildOffer, type TestClient } from "./http-client.ts";
import type { HttpFixture } from "./http-fixture.ts";

export async function signedMandate(fx: HttpFixture, owner: TestClient, offerOverrides: Record<string, unknown> = {}) {
  const clientId = (await owner.post("/api/v1/clients", buildClient())).body.id as string;
  const offer = (await owner.post("/api/v1/offers", buildOffer(clientId, offerOverrides))).body;
  const sent = (await owner.post(`/api/v1/offers/${offer.id}/send`)).body;
  await fx.client().post(`/api/v1/portal/${sent.portalUrl.split("/portal/")[1]}/sign`, {
    signerName: "Julie Bergeron",
    consent: true,
  });
  const mandateId = (await owner.get(`/api/v1/offers/${offer.id}`)).body.mandateId as string;
  return { clientId, offerId: offer.id as string, offerNumber: sent.offer.number as string, mandateId };
}

export function portalToken(url: string): string {
  return url.split("/portal/")[1]!;
}
