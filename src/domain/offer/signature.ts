import { z } from "zod";
import type { Check } from "../errors.ts";
import { fieldError } from "../errors.ts";
import { zodToDomainError } from "./parse-offer-content.ts";

/** Lower-case hex SHA-256. */
export const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * Evidence of a signature (an offer) or an approval (a change order): who typed which name after reading which
 * consent text, when, from where, over which exact content (the SHA-256 of its canonical text).
 */
export const SignatureEvidenceSchema = z.object({
  signerName: z.string().trim().min(2).max(200),
  consentText: z.string().min(1),
  /** ISO-8601 instant with offset, e.g. `2026-03-02T14:05:00.000Z`. */
  signedAt: z.iso.datetime({ offset: true }),
  ip: z.string().max(100),
  userAgent: z.string().max(1_000),
  sha256: Sha256Schema,
});
export type SignatureEvidence = z.infer<typeof SignatureEvidenceSchema>;

/** What the portal posts when the client signs. */
export const SignatureRequestSchema = z.object({
  signerName: z.string().max(200),
  consent: z.boolean(),
  consentText: z.string().max(5_000),
});
export type SignatureRequest = z.infer<typeof SignatureRequestSchema>;

/** Why a signature request is refused. */
export type SignatureRefusal = "name_too_short" | "consent_required" | "consent_text_mismatch";

/**
 * Checks a signature request against the consent text that was shown: the typed name has at least 2 characters
 * after trimming, the box is ticked, and the consent text is exactly the one shown (same code points; no
 * normalisation, so a tampered or stale text is refused). Returns the trimmed name.
 */
export function validateSignatureRequest(
  request: SignatureRequest,
  shownConsentText: string,
): Check<{ signerName: string }> {
  const signerName = request.signerName.trim();
  if (signerName.length < 2) return { ok: false, reason: "name_too_short" satisfies SignatureRefusal };
  if (request.consent !== true) return { ok: false, reason: "consent_required" satisfies SignatureRefusal };
  if (request.consentText !== shownConsentText) {
    return { ok: false, reason: "consent_text_mismatch" satisfies SignatureRefusal };
  }
  return { ok: true, signerName };
}

export interface SignatureEvidenceInput {
  request: SignatureRequest;
  shownConsentText: string;
  /** SHA-256 of the canonical content that was shown (see `fingerprint`). */
  sha256: string;
  signedAt: string;
  ip: string;
  userAgent: string;
}

/** Builds the evidence of a valid request; throws `validation` with the refusal as the field issue otherwise. */
export function signatureEvidence(input: SignatureEvidenceInput): SignatureEvidence {
  const check = validateSignatureRequest(input.request, input.shownConsentText);
  if (!check.ok)
    throw fieldError(check.reason === "name_too_short" ? "signerName" : "consent", check.reason, check.reason);
  const parsed = SignatureEvidenceSchema.safeParse({
    signerName: check.signerName,
    consentText: input.shownConsentText,
    signedAt: input.signedAt,
    ip: input.ip,
    userAgent: input.userAgent,
    sha256: input.sha256,
  });
  if (!parsed.success) throw zodToDomainError(parsed.error);
  return parsed.data;
}
