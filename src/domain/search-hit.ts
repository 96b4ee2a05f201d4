/** What the search everywhere answers: one hit per record found, grouped by kind (shared by the server and the UI). */

export const SEARCH_KINDS = ["client", "contact", "offer", "change_order", "invoice", "claim"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchHit {
  kind: SearchKind;
  id: string;
  /** The record's number or name, as stored; a claim's text. */
  title: string;
  /** What else identifies it: an offer's title, a contact's e-mail, an invoice's status… */
  detail: string;
  clientId: string;
  clientName: string;
  /** A claim's round (the page it is triaged on). */
  roundId?: string | undefined;
}

export interface SearchResult {
  q: string;
  /** One group per kind with hits, in the order of SEARCH_KINDS. */
  groups: { kind: SearchKind; items: SearchHit[] }[];
}
