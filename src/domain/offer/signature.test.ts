import { describe, expect, it } from "vitest";
import { signatureEvidence, validateSignatureRequest } from "./signature.ts";

const shown = "J’ai lu l’offre de service OFF-2026-0007 (version 1) et je l’accepte.";
const sha256 = "a".repeat(64);

describe("signature request", () => {
  it("accepts a name of two characters after trimming and returns it trimmed", () => {
    expect(validateSignatureRequest({ signerName: "  Al ", consent: true, consentText: shown }, shown)).toEqual({
      ok: true,
      signerName: "Al",
    });
  });
  it("refuses a name shorter than two characters after trimming", () => {
    for (const signerName of ["", "   ", " A "]) {
      expect(validateSignatureRequest({ signerName, consent: true, consentText: shown }, shown)).toEqual({
        ok: false,
        reason: "name_too_short",
      });
    }
  });
  it("refuses without consent", () => {
    expect(validateSignatureRequest({ signerName: "Alex", consent: false, consentText: shown }, shown)).toEqual({
      ok: false,
      reason: "consent_required",
    });
  });
  it("refuses a consent text that differs from the one shown, even by one character", () => {
    const r = validateSignatureRequest({ signerName: "Alex", consent: true, consentText: `${shown} ` }, shown);
    expect(r).toEqual({ ok: false, reason: "consent_text_mismatch" });
    const apostrophe = shown.replaceAll("’", "'");
    expect(validateSignatureRequest({ signerName: "Alex", consent: true, consentText: apostrophe }, shown).ok).toBe(
      false,
    );
  });
  it("builds the evidence with the shown text and the hash", () => {
    const e = signatureEvidence({
      request: { signerName: " Alexandre Tremblay ", consent: true, consentText: shown },
      shownConsentText: shown,
      sha256,
      signedAt: "2026-03-01T14:05:00.000Z",
      ip: "203.0.113.7",
      userAgent: "Mozilla/5.0",
    });
    expect(e).toEqual({
      signerName: "Alexandre Tremblay",
      consentText: shown,
      signedAt: "2026-03-01T14:05:00.000Z",
      ip: "203.0.113.7",
      userAgent: "Mozilla/5.0",
      sha256,
    });
  });
  it("throws validation for a refused request or a malformed hash or instant", () => {
    const base = {
      request: { signerName: "Alex", consent: true, consentText: shown },
      shownConsentText: shown,
      sha256,
      signedAt: "2026-03-01T14:05:00Z",
      ip: "",
      userAgent: "",
    };
    expect(signatureEvidence(base).signerName).toBe("Alex");
    const bad = [
      { ...base, request: { ...base.request, consent: false } },
      { ...base, sha256: "xyz" },
      { ...base, signedAt: "yesterday" },
    ];
    for (const input of bad)
      expect(() => signatureEvidence(input)).toThrow(expect.objectContaining({ code: "validation" }));
  });
});
