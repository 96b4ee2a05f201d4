/**
 * Clients, written through the store's own `insertClient` (so `search_text`, tags, contacts and end clients are
 * exactly what the app writes), a few hundred per transaction. Direct and agency clients, every status, tags,
 * 1-3 contacts, French and English names with accents.
 */
import { type ClientFields, checkClientFields, defaultDocLanguage } from "../../src/domain/client.ts";
import { foldForSearch } from "../../src/domain/search-text.ts";
import { insertClient } from "../../src/store/client-store.ts";
import {
  AGENCY_PREFIXES,
  AGENCY_SUFFIXES,
  COMPANY_FORMS,
  CONTACT_ROLES,
  DIRECT_PREFIXES,
  FIRST_NAMES,
  LAST_NAMES,
  PLACES,
  STREETS,
  TAGS,
} from "../support/pools.ts";
import type { Rng } from "../support/rng.ts";
import { type EntityGenerator, idsOf, instantInHistory } from "./registry.ts";

const CLIENTS_PER_TRANSACTION = 500;

function clientName(rng: Rng, kind: ClientFields["kind"], n: number): string {
  if (kind === "agency") return `${rng.pick(AGENCY_PREFIXES)} ${rng.pick(AGENCY_SUFFIXES)} ${n}`;
  return rng.chance(0.3)
    ? `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`
    : `${rng.pick(DIRECT_PREFIXES)} ${rng.pick(LAST_NAMES)}`;
}

/** The fields of one plausible client; `n` makes names and e-mails unique within the run. */
export function buildClientFields(rng: Rng, n: number): ClientFields {
  const kind = rng.chance(0.15) ? "agency" : "direct";
  const name = clientName(rng, kind, n);
  const place = rng.pick(PLACES);
  const domain = `${foldForSearch(name).replace(/[^a-z0-9]+/g, "")}.test`;
  const address = {
    line1: `${rng.int(1, 2500)} ${rng.pick(STREETS)}`,
    line2: rng.chance(0.2) ? `bureau ${rng.int(100, 900)}` : "",
    city: place.city,
    region: place.region,
    postalCode: place.postalCode,
    country: place.country,
  };
  const isConsumer = kind === "direct" && rng.chance(0.1);
  const contacts = Array.from({ length: rng.int(1, 3) }, () => {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    return {
      name: `${first} ${last}`,
      email: `${foldForSearch(first)}.${foldForSearch(last).replace(/[^a-z]/g, "")}@${domain}`,
      phone: `${rng.pick(["418", "514", "450", "819", "613", "+33 1"])} 555-${String(rng.int(0, 9999)).padStart(4, "0")}`,
      role: rng.pick(CONTACT_ROLES),
    };
  });
  return checkClientFields({
    kind,
    name,
    legalName: isConsumer ? "" : `${name} ${rng.pick(COMPANY_FORMS)}`.trim(),
    address,
    language: defaultDocLanguage(address, rng.chance(0.8) ? "fr-CA" : "en-CA"),
    isConsumer,
    status: rng.weighted({ active: 45, prospect: 20, paused: 12, ended: 23 }),
    doNotReengage: rng.chance(0.04),
    tags: rng.sample(TAGS, Number(rng.weighted({ 0: 25, 1: 40, 2: 25, 3: 10 }))),
    contacts,
    endClients:
      kind === "agency"
        ? Array.from({ length: rng.int(1, 4) }, () => ({
            name: `${rng.pick(DIRECT_PREFIXES)} ${rng.pick(LAST_NAMES)}`,
          }))
        : [],
  });
}

export const clientsGenerator: EntityGenerator = {
  kind: "clients",
  async generate(g, ws, count) {
    const { ctx, rng } = g;
    const ids = idsOf(ws, "clients");
    let written = 0;
    for (let start = 0; start < count; start += CLIENTS_PER_TRANSACTION) {
      const end = Math.min(count, start + CLIENTS_PER_TRANSACTION);
      await ctx.db.transaction().execute(async (trx) => {
        for (let n = start; n < end; n++) {
          const fields = buildClientFields(rng, n + 1);
          const id = ctx.newId();
          await insertClient(trx, { workspaceId: ws.id, id, fields, at: instantInHistory(g), newId: ctx.newId });
          ids.push(id);
          written += 1 + fields.tags.length + fields.contacts.length + fields.endClients.length;
        }
      });
    }
    return written;
  },
};
