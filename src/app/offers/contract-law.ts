/**
 * The governing law of a client's contracts, from the records: the signed offers' choice-of-law clause, else the
 * studio's own jurisdiction (src/domain/governing-law.ts). Late interest and exits both ask here.
 */
import type { Client } from "../../domain/client.ts";
import { type GoverningLaw, governingLaw, jurisdictionOfAddress } from "../../domain/governing-law.ts";
import type { Workspace } from "../../domain/workspace.ts";

/** The law of a client's contract; `chosen` are the choice-of-law clauses of the offers concerned (first one wins). */
export function contractLaw(
  workspace: Pick<Workspace, "jurisdiction">,
  client: Pick<Client, "address" | "isConsumer">,
  chosen: readonly (string | undefined)[] = [],
): GoverningLaw {
  return governingLaw({
    chosen: chosen.find((c) => !!c),
    provider: workspace.jurisdiction,
    client: { jurisdiction: jurisdictionOfAddress(client.address), isConsumer: client.isConsumer },
  });
}
