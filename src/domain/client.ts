/** Clients: direct (an entrepreneur) or agency (a partner subcontracting technical work, with its own end clients). */
import { fieldError } from "./errors.ts";
import { foldForSearch } from "./search-text.ts";
import type { Address } from "./workspace.ts";

export const CLIENT_KINDS = ["direct", "agency"] as const;
export type ClientKind = (typeof CLIENT_KINDS)[number];
export const CLIENT_STATUSES = ["prospect", "active", "paused", "ended"] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];
export const DOC_LANGUAGES = ["fr", "en"] as const;
export type DocLanguage = (typeof DOC_LANGUAGES)[number];

export interface Contact {
  id: string;
  name: string;
  email: string;
  phone: string;
  role: string;
}

export interface EndClient {
  id: string;
  name: string;
}

export interface Client {
  id: string;
  kind: ClientKind;
  name: string;
  legalName: string;
  address: Address;
  language: DocLanguage;
  isConsumer: boolean;
  status: ClientStatus;
  doNotReengage: boolean;
  tags: string[];
  contacts: Contact[];
  endClients: EndClient[];
  createdAt: string;
  updatedAt: string;
}

export type ClientFields = Omit<Client, "id" | "createdAt" | "updatedAt" | "contacts" | "endClients"> & {
  contacts: Omit<Contact, "id">[];
  endClients: Omit<EndClient, "id">[];
};

/**
 * Rules that span fields: only agencies have end clients; a consumer is a natural person, never an agency;
 * tags are trimmed, de-duplicated and compared case-insensitively.
 */
export function checkClientFields(fields: ClientFields): ClientFields {
  if (fields.kind !== "agency" && fields.endClients.length > 0) {
    throw fieldError("endClients", "agency_only", "only agency clients have end clients");
  }
  if (fields.kind === "agency" && fields.isConsumer) {
    throw fieldError("isConsumer", "agency_not_consumer", "an agency cannot be a consumer");
  }
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of fields.tags) {
    const tag = raw.trim();
    const key = tag.toLocaleLowerCase();
    if (tag && !seen.has(key)) {
      seen.add(key);
      tags.push(tag);
    }
  }
  return { ...fields, tags };
}

/** Folded text a client is found by: names, city, tags, contacts' names and e-mails, end clients. */
export function clientSearchText(fields: ClientFields): string {
  return foldForSearch(
    fields.name,
    fields.legalName,
    fields.address.city,
    ...fields.tags,
    ...fields.contacts.flatMap((c) => [c.name, c.email]),
    ...fields.endClients.map((e) => e.name),
  );
}

/**
 * Québec clients get French documents by default (Charter of the French language, arts. 55 and 57); others get the
 * workspace's language.
 */
export function defaultDocLanguage(address: Pick<Address, "country" | "region">, workspaceLocale: string): DocLanguage {
  if (address.country === "CA" && address.region === "QC") return "fr";
  return workspaceLocale.startsWith("fr") ? "fr" : "en";
}
