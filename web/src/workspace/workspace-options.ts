/** The closed lists offered by workspace and client forms. */
import { JURISDICTIONS } from "../../../src/domain/workspace.ts";
import type { Currency, WorkspaceLocale } from "../api-types.ts";

/** Every jurisdiction the server accepts (src/domain), in its order. */
export const jurisdictions = JURISDICTIONS;

export const currencies: readonly Currency[] = ["CAD", "EUR", "USD"];

export const workspaceLocales: readonly WorkspaceLocale[] = ["fr-CA", "en-CA", "fr-FR", "en"];

/** Canadian provinces and territories, as ISO 3166-2 subdivision codes without the country. */
export const provinces = ["QC", "ON", "BC", "AB", "MB", "SK", "NS", "NB", "NL", "PE", "YT", "NT", "NU"] as const;

/** The usual currency of a jurisdiction, proposed when the jurisdiction changes. */
export function currencyFor(jurisdiction: string): Currency | undefined {
  if (jurisdiction.startsWith("CA-")) return "CAD";
  if (jurisdiction === "FR") return "EUR";
  return undefined;
}
