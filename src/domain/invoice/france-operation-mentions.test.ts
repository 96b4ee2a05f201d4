import { describe, expect, it } from "vitest";
import { franceOperationMentions, VAT_ON_DEBITS_TEXT } from "./france-operation-mentions.ts";

// The mentions as the reform writes them (CGI ann. II art. 242 nonies A as amended by décret n° 2022-1299; the
// FNFE-MPE summary in RULES-SOURCES §2.5): the category of the operation, the delivery address when it differs from
// the billing address, and « Option pour le paiement de la taxe d'après les débits ».
const billing = "3 place du Marché, 69001 Lyon, FR";

describe("franceOperationMentions", () => {
  it("a web studio's services to a French business: the category, and the debits option when it was chosen", () => {
    expect(
      franceOperationMentions({
        regime: "fr_domestic",
        category: "services",
        vatOnDebits: true,
        billingAddress: billing,
      }),
    ).toEqual(["Catégorie de l'opération : Prestation de services", VAT_ON_DEBITS_TEXT]);
    expect(
      franceOperationMentions({
        regime: "fr_domestic",
        category: "services",
        vatOnDebits: false,
        billingAddress: billing,
      }),
    ).toEqual(["Catégorie de l'opération : Prestation de services"]);
  });

  it("goods and mixed operations; the option never for goods alone nor where no French VAT is charged", () => {
    const goods = franceOperationMentions({
      regime: "fr_domestic",
      category: "goods",
      vatOnDebits: true,
      billingAddress: billing,
    });
    expect(goods).toEqual(["Catégorie de l'opération : Livraison de biens"]);
    expect(
      franceOperationMentions({ regime: "fr_domestic", category: "mixed", vatOnDebits: true, billingAddress: billing }),
    ).toEqual(["Catégorie de l'opération : Mixte (livraison de biens et prestation de services)", VAT_ON_DEBITS_TEXT]);
    for (const regime of ["fr_franchise", "fr_reverse_charge_eu", "fr_outside_scope"] as const) {
      expect(
        franceOperationMentions({ regime, category: "services", vatOnDebits: true, billingAddress: billing }),
      ).not.toContain(VAT_ON_DEBITS_TEXT);
    }
  });

  it("prints the delivery address only when it differs from the billing address", () => {
    const base = { regime: "fr_domestic", category: "goods", vatOnDebits: false, billingAddress: billing } as const;
    expect(
      franceOperationMentions({ ...base, deliveryAddress: "Entrepôt, 10 rue des Docks, 13002 Marseille" }),
    ).toEqual([
      "Catégorie de l'opération : Livraison de biens",
      "Adresse de livraison : Entrepôt, 10 rue des Docks, 13002 Marseille",
    ]);
    expect(franceOperationMentions({ ...base, deliveryAddress: "3, Place du marché 69001 LYON, FR" })).toHaveLength(1);
    expect(franceOperationMentions({ ...base, deliveryAddress: "  " })).toHaveLength(1);
  });

  it("prints nothing on a Canadian invoice", () => {
    expect(
      franceOperationMentions({
        regime: "ca_domestic",
        category: "services",
        vatOnDebits: true,
        billingAddress: billing,
      }),
    ).toEqual([]);
  });
});
