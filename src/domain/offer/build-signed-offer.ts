import { buildOfferContent } from "./build-offer-content.ts";
import type { SignedOffer } from "./offer.ts";

/** Test factory: a signed offer `OFF-2026-0007` version 1 over `buildOfferContent()`. Override any field. */
export function buildSignedOffer(overrides: Partial<SignedOffer> = {}): SignedOffer {
  const sha256 = "5".repeat(64);
  return {
    id: "offer-1",
    number: "OFF-2026-0007",
    version: 1,
    content: buildOfferContent(),
    createdAt: "2026-02-20T10:00:00.000Z",
    status: "signed",
    sentAt: "2026-02-21T10:00:00.000Z",
    sha256,
    signature: {
      signerName: "Gestionnaire de projet",
      consentText: "J’ai lu l’offre de service OFF-2026-0007 (version 1) et je l’accepte.",
      signedAt: "2026-02-25T15:30:00.000Z",
      ip: "203.0.113.7",
      userAgent: "Mozilla/5.0",
      sha256,
    },
    ...overrides,
  };
}
