import { describe, expect, it } from "vitest";
import { CHARTER_LANGUAGE_SOURCE, defaultDocumentLanguage } from "./document-language.ts";

describe("default document language (Charter of the French language, arts. 55, 57)", () => {
  it("gives French to a Québec client who prefers English but made no express choice", () => {
    const r = defaultDocumentLanguage({ client: { country: "CA", province: "QC", documentLanguage: "en" } });
    expect(r).toEqual({ language: "fr", reason: "quebec_french_default", source: CHARTER_LANGUAGE_SOURCE });
    expect(r.source).toMatch(/art\. 55 et 57/);
  });
  it("gives English to a Québec client who recorded an express choice of English", () => {
    const r = defaultDocumentLanguage({
      client: {
        country: "ca",
        province: "qc",
        documentLanguage: "en",
        expressLanguageChoice: { language: "en", recordedAt: "2026-01-10T15:00:00Z" },
      },
    });
    expect(r).toMatchObject({ language: "en", reason: "quebec_express_choice" });
  });
  it("recognises Québec written out, with or without the accent", () => {
    for (const province of ["Québec", "quebec", " QC "]) {
      const r = defaultDocumentLanguage({ client: { country: "Canada", province, documentLanguage: "en" } });
      expect(r.language).toBe("fr");
    }
  });
  it("uses the preference of a client outside Québec", () => {
    expect(
      defaultDocumentLanguage({ client: { country: "CA", province: "ON", documentLanguage: "en" } }),
    ).toMatchObject({ language: "en", reason: "client_preference" });
    expect(defaultDocumentLanguage({ client: { country: "FR", documentLanguage: "fr" } }).language).toBe("fr");
  });
});
