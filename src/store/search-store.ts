/**
 * Search everywhere (the header's search box): clients, contacts, offers, change orders, invoices and claims of one
 * workspace, by number or words. Each kind is found in two steps: a plain LIKE on the stored text narrows the rows
 * (every query filters by the workspace first, so it runs on the workspace's own indexes), then the rows are matched
 * exactly on their folded text (lower case, accents removed), every word of the query having to appear.
 *
 * The LIKE pattern is loose on purpose: letters that may carry an accent in French (a c e i n o u y) match any one
 * character, so "etoile" also narrows to "Étoile" on both engines (SQLite's LIKE folds ASCII case only, PostgreSQL's
 * none). What is stored as JSON (claims' text, change orders' title) is read back and matched on the field itself,
 * never on the JSON around it.
 */
import { type Kysely, type RawBuilder, sql } from "kysely";
import type { SearchHit } from "../domain/search-hit.ts";
import { foldForSearch } from "../domain/search-text.ts";
import { searchTextContains } from "./client-store.ts";
import type { Database } from "./schema.ts";

export interface SearchInput {
  workspaceId: string;
  q: string;
  /** At most this many hits of each kind. */
  limit: number;
}

/** How many rows the loose LIKE may hand to the exact match, per kind. */
const CANDIDATES = 200;

/** The words of a query, folded; the longest one narrows the rows in SQL. */
export function searchWords(q: string): string[] {
  return foldForSearch(q)
    .split(" ")
    .filter((w) => w.length > 0);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (m) => `\\${m}`);
}

/** `%word%` where each letter that may carry an accent matches any one character. */
function loosePattern(word: string): string {
  return `%${escapeLike(word).replace(/[aceinouy]/g, "_")}%`;
}

/** The client a record belongs to, beside the record's own columns. */
const ownerColumns = ["clients.id as client_id", "clients.name as client_name"] as const;

const like = (column: RawBuilder<unknown>, pattern: string) =>
  sql<boolean>`lower(${column}) like ${pattern} escape '\\'`;

const matches = (words: readonly string[], ...texts: (string | null | undefined)[]) => {
  const folded = foldForSearch(...texts);
  return words.every((w) => folded.includes(w));
};

export async function searchWorkspace(db: Kysely<Database>, input: SearchInput) {
  const words = searchWords(input.q);
  if (words.length === 0) return [];
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const exact = `%${escapeLike(longest)}%`;
  const loose = loosePattern(longest);
  const ws = input.workspaceId;

  const [clients, contacts, offers, changeOrders, invoices, claims] = await Promise.all([
    // clients.search_text is already folded: the exact text is enough, found on the search index.
    db
      .selectFrom("clients")
      .select(["id", "name", "legal_name", "city", "search_text"])
      .where("workspace_id", "=", ws)
      .where(searchTextContains(db, longest))
      .orderBy("sort_name")
      .limit(CANDIDATES)
      .execute(),
    db
      .selectFrom("client_contacts")
      .innerJoin("clients", "clients.id", "client_contacts.client_id")
      .select([
        "client_contacts.id",
        "client_contacts.name",
        "client_contacts.email",
        "client_contacts.phone",
        ...ownerColumns,
      ])
      .where("client_contacts.workspace_id", "=", ws)
      .where("clients.workspace_id", "=", ws)
      .where((eb) =>
        eb.or([
          like(sql.ref("client_contacts.name"), loose),
          like(sql.ref("client_contacts.email"), loose),
          like(sql.ref("client_contacts.phone"), exact),
        ]),
      )
      .orderBy("client_contacts.name")
      .limit(CANDIDATES)
      .execute(),
    db
      .selectFrom("offers")
      .innerJoin("clients", "clients.id", "offers.client_id")
      .select(["offers.id", "offers.number", "offers.version", "offers.title", ...ownerColumns])
      .where("offers.workspace_id", "=", ws)
      .where("clients.workspace_id", "=", ws)
      .where((eb) => eb.or([like(sql.ref("offers.number"), exact), like(sql.ref("offers.title"), loose)]))
      .orderBy("offers.created_at", "desc")
      .limit(CANDIDATES)
      .execute(),
    db
      .selectFrom("change_orders")
      .innerJoin("clients", "clients.id", "change_orders.client_id")
      .select(["change_orders.id", "change_orders.number", "change_orders.state_json", ...ownerColumns])
      .where("change_orders.workspace_id", "=", ws)
      .where("clients.workspace_id", "=", ws)
      .where((eb) =>
        eb.or([like(sql.ref("change_orders.number"), exact), like(sql.ref("change_orders.state_json"), loose)]),
      )
      .orderBy("change_orders.created_at", "desc")
      .limit(CANDIDATES)
      .execute(),
    db
      .selectFrom("invoices")
      .innerJoin("clients", "clients.id", "invoices.client_id")
      .select(["invoices.id", "invoices.number", "invoices.status", ...ownerColumns])
      .where("invoices.workspace_id", "=", ws)
      .where("clients.workspace_id", "=", ws)
      .where("invoices.number", "is not", null)
      .where(like(sql.ref("invoices.number"), exact))
      .orderBy("invoices.number", "desc")
      .limit(CANDIDATES)
      .execute(),
    db
      .selectFrom("claims")
      .innerJoin("clients", "clients.id", "claims.client_id")
      .select(["claims.id", "claims.round_id", "claims.position", "claims.state_json", ...ownerColumns])
      .where("claims.workspace_id", "=", ws)
      .where("clients.workspace_id", "=", ws)
      .where(like(sql.ref("claims.state_json"), loose))
      .orderBy("claims.created_at", "desc")
      .limit(CANDIDATES)
      .execute(),
  ]);

  const hits: SearchHit[] = [];
  const take = (found: SearchHit[]) => hits.push(...found.slice(0, input.limit));

  take(
    clients
      .filter((c) => words.every((w) => c.search_text.includes(w)))
      .map((c) => ({
        kind: "client",
        id: c.id,
        title: c.name,
        detail: [c.legal_name !== c.name ? c.legal_name : "", c.city].filter(Boolean).join(" · "),
        clientId: c.id,
        clientName: c.name,
      })),
  );
  take(
    contacts
      .filter((c) => matches(words, c.name, c.email, c.phone))
      .map((c) => ({
        kind: "contact",
        id: c.id,
        title: c.name,
        detail: c.email,
        clientId: c.client_id,
        clientName: c.client_name,
      })),
  );
  take(
    offers
      .filter((o) => matches(words, o.number, o.title))
      .map((o) => ({
        kind: "offer",
        id: o.id,
        title: Number(o.version) > 1 ? `${o.number} v${o.version}` : o.number,
        detail: o.title,
        clientId: o.client_id,
        clientName: o.client_name,
      })),
  );
  take(
    changeOrders.flatMap((c) => {
      const title = stringField(c.state_json, "content", "title");
      return matches(words, c.number, title)
        ? [
            {
              kind: "change_order" as const,
              id: c.id,
              title: c.number,
              detail: title,
              clientId: c.client_id,
              clientName: c.client_name,
            },
          ]
        : [];
    }),
  );
  take(
    invoices
      .filter((i) => matches(words, i.number))
      .map((i) => ({
        kind: "invoice",
        id: i.id,
        title: i.number ?? "",
        detail: i.status,
        clientId: i.client_id,
        clientName: i.client_name,
      })),
  );
  take(
    claims.flatMap((c) => {
      const text = stringField(c.state_json, "text");
      return matches(words, text)
        ? [
            {
              kind: "claim" as const,
              id: c.id,
              title: text.length > 140 ? `${text.slice(0, 139)}…` : text,
              detail: "",
              clientId: c.client_id,
              clientName: c.client_name,
              roundId: c.round_id,
            },
          ]
        : [];
    }),
  );
  return hits;
}

/** One string field of a record stored as JSON, by its path ("" when absent). */
function stringField(json: string, ...path: string[]): string {
  let value: unknown = JSON.parse(json);
  for (const key of path)
    value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  return typeof value === "string" ? value : "";
}
