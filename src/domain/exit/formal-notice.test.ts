import { describe, expect, it } from "vitest";
import { renderFormalNoticeLetter, validateFormalNotice } from "./formal-notice.ts";

const input = {
  lang: "fr" as const,
  ruleSet: "FR" as const,
  currency: "EUR" as const,
  sentOn: "2026-11-02",
  cureDays: 15,
  breach: "le paiement des factures échues n’a pas été fait",
  invoices: [{ number: "2026-0001", balance: 120_000, dueDate: "2026-10-01" }],
  provider: { name: "Collectif WEB", signatory: "Alexandre" },
  client: { name: "Agence Lumière" },
};

describe("formal notice letter", () => {
  it("French: the breach, the invoice, the delay with its end, and the résolution that follows (1224-1226)", () => {
    const letter = renderFormalNoticeLetter(input);
    const text = letter.paragraphs.join("\n");
    expect(letter.subject).toBe("Mise en demeure");
    expect(text).toContain("La facture suivante est échue et demeure impayée : nº 2026-0001");
    expect(text).toContain("dans un délai de 15 jours, soit au plus tard le 17 novembre 2026");
    expect(text).toContain("articles 1224 à 1226 du Code civil");
  });

  it("English under common law is a notice of breach with a cure period", () => {
    const letter = renderFormalNoticeLetter({ ...input, lang: "en", ruleSet: "common-law", cureDays: 1, invoices: [] });
    expect(letter.subject).toBe("Notice of breach");
    expect(letter.paragraphs.join("\n")).toContain("within 1 day, that is by November 3, 2026");
  });

  it("needs a delay and something to cure", () => {
    expect(() => validateFormalNotice({ cureDays: 0, breach: "x", invoices: [] })).toThrow();
    expect(() => validateFormalNotice({ cureDays: 10, breach: " ", invoices: [] })).toThrow();
    expect(() => validateFormalNotice({ cureDays: 10, breach: "x", invoices: [] })).not.toThrow();
  });
});
