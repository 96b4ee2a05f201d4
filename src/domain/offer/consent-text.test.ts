import { describe, expect, it } from "vitest";
import { consentText } from "./consent-text.ts";

describe("consent text", () => {
  it("names the offer and its version in French and in English", () => {
    const fr = consentText({ language: "fr", subject: { kind: "offer", number: "OFF-2026-0007", version: 2 } });
    expect(fr).toBe(
      "J’ai lu l’offre de service OFF-2026-0007 (version 2) telle qu’elle est affichée ci-dessus et je l’accepte. " +
        "En inscrivant mon nom et en cochant cette case, je la signe électroniquement; " +
        "cette signature a la même valeur qu’une signature manuscrite.",
    );
    const en = consentText({ language: "en", subject: { kind: "offer", number: "OFF-2026-0007", version: 2 } });
    expect(en).toContain("I have read offer of service OFF-2026-0007 (version 2)");
  });
  it("names the change order and its offer", () => {
    const subject = { kind: "change_order", number: "OFF-2026-0007-A1", offerNumber: "OFF-2026-0007" } as const;
    expect(consentText({ language: "fr", subject })).toContain("l’avenant OFF-2026-0007-A1 à l’offre de service");
    expect(consentText({ language: "fr", subject })).toContain("je le signe");
    expect(consentText({ language: "en", subject })).toContain("change order OFF-2026-0007-A1");
  });
});
