import { describe, expect, it } from "vitest";
import { createRepeatFinder, restatementScore, type SettledPoint } from "./find-repeats.ts";

const point = (text: string, answer: SettledPoint["answer"], on = "2026-11-12"): SettledPoint => ({
  ref: { kind: "claim", id: text },
  mandateId: "m1",
  text,
  answer,
  on,
});

describe("restatementScore / createRepeatFinder", () => {
  it("a claim restating an earlier one in other words is a repeat; shared generic verbs are not", () => {
    expect(restatementScore("On veut le code du thème", "Envoyez-nous le code source du thème svp")).toBeGreaterThan(
      0.5,
    );
    expect(restatementScore("Ajouter un blogue", "Intégrer la boutique Shopify au site")).toBe(0);
    expect(restatementScore("Ajouter une page Carrières", "Ajouter une page Équipe")).toBe(0);
    expect(restatementScore("Add a blog", "Add a shop")).toBe(0);
  });

  it("finds the earlier point a claim repeats, across languages, and nothing for an unrelated claim", () => {
    const find = createRepeatFinder([
      point("On veut le code du thème", "declined"),
      point("Ajouter une boutique en ligne pour vendre les bières", "change_order_rejected"),
      { ...point("Formulaire de contact", "delivered", "2026-11-20"), ref: { kind: "delivered", id: "d2" } },
    ]);
    expect(find("Envoyez-nous le code source du thème")?.point.answer).toBe("declined");
    expect(find("La boutique en ligne pour nos bières")?.point.answer).toBe("change_order_rejected");
    expect(find("The contact form")?.point).toMatchObject({ answer: "delivered", on: "2026-11-20" });
    expect(find("Ajouter un calendrier des événements")).toBeUndefined();
  });
});
