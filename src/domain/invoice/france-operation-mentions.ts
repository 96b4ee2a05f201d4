/**
 * The mentions the 2026 e-invoicing reform adds to French invoices (CGI ann. II art. 242 nonies A as amended by décret
 * n° 2022-1299 du 7 octobre 2022; C. com. L441-9; RULES-SOURCES §2.5 « New mentions tied to e-invoicing »): the
 * category of the operation (livraisons de biens, prestations de services, or both), the delivery address when it
 * differs from the billing address, and « Option pour le paiement de la taxe d'après les débits » when the supplier
 * opted to pay VAT on its services when invoiced rather than when paid (CGI art. 269, 2, c). The client's SIREN is a
 * required field (`missingInvoiceFields`), printed with the client.
 */
import type { TaxRegime } from "../tax/tax-determination.ts";

export const OPERATION_CATEGORIES = ["services", "goods", "mixed"] as const;
/** What the invoice bills: services, goods, or both. */
export type OperationCategory = (typeof OPERATION_CATEGORIES)[number];

/** The wording of each category, as the reform's examples write it. */
export const OPERATION_CATEGORY_TEXT: Record<OperationCategory, string> = {
  services: "Prestation de services",
  goods: "Livraison de biens",
  mixed: "Mixte (livraison de biens et prestation de services)",
};

export const VAT_ON_DEBITS_TEXT = "Option pour le paiement de la taxe d'après les débits";

/** The options of `franceOperationMentions`. */
export interface FranceOperationMentionsInput {
  regime: TaxRegime;
  category: OperationCategory;
  /** The workspace opted to pay VAT on debits (on invoicing) for its services. */
  vatOnDebits: boolean;
  /** The client's billing address, one line. */
  billingAddress: string;
  /** Where the goods are delivered or the service is supplied, when the user gave one. */
  deliveryAddress?: string | undefined;
}

const folded = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLocaleLowerCase("fr")
    .replace(/[\s,.;-]+/g, " ")
    .trim();

/** The reform's mentions for a French invoice, in print order; none for an invoice outside the French regimes. */
export function franceOperationMentions(input: FranceOperationMentionsInput): string[] {
  if (!input.regime.startsWith("fr_")) return [];
  const lines = [`Catégorie de l'opération : ${OPERATION_CATEGORY_TEXT[input.category]}`];
  const delivery = input.deliveryAddress?.trim();
  if (delivery && folded(delivery) !== folded(input.billingAddress)) lines.push(`Adresse de livraison : ${delivery}`);
  // The option concerns services (VAT on goods is due on delivery) and means nothing where no French VAT is charged.
  if (input.vatOnDebits && input.regime === "fr_domestic" && input.category !== "goods") {
    lines.push(VAT_ON_DEBITS_TEXT);
  }
  return lines;
}
