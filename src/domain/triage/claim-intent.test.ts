import { describe, expect, it } from "vitest";
import { claimIntent } from "./claim-intent.ts";

describe("claimIntent", () => {
  it("reads a report of something missing or wrong, in French and English", () => {
    expect(claimIntent("le formulaire envoie pas les messages")).toBe("report");
    expect(claimIntent("Il manque 8 produits")).toBe("report");
    expect(claimIntent("The menu doesn't open on iPhone")).toBe("report");
    expect(claimIntent("the contact form is broken")).toBe("report");
  });

  it("reads a request for work, and a report wins over a request", () => {
    expect(claimIntent("Pouvez-vous rédiger les textes?")).toBe("request");
    expect(claimIntent("On aimerait une nouvelle mise en page, plus moderne")).toBe("request");
    expect(claimIntent("Can you set up our newsletter?")).toBe("request");
    expect(claimIntent("We'd like a booking feature")).toBe("request");
    expect(claimIntent("Pouvez-vous réparer le formulaire qui marche pas?")).toBe("report");
  });

  it("leaves a plain statement alone", () => {
    expect(claimIntent("La page d'accueil")).toBe("statement");
    expect(claimIntent("Homepage banner")).toBe("statement");
  });
});
