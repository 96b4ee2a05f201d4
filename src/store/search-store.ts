/**
 * Search everywhere (the header's search box): clients, contacts, offers, change orders, invoices and claims of one
 * workspace, by number or words. Each kind is found in two steps: a trigram index narrows the rows (clients: their
 * folded `search_text`; the other kinds: the text of migration 2026-12-07T01-10-00's indexes — an FTS5 table per kind
 * on SQLite, a GIN index on the folded text on PostgreSQL), so the cost follows the matches rather than the history;
 * then the rows are matched exactly on their folded text (lower case, accents removed), every word of the query
 * having to appear. What is stored as JSON (claims' text, change orders' title) is indexed and matched on the field
 * itself, never on the JSON around it. A query without three letters or digits in a row ("@", "st-j") cannot use a
 * trigram: it narrows with a scan (a loose LIKE on SQLite, where letters that may carry an accent match any one
 * character; the folded text on PostgreSQL).
 */
import { type Kysely, PostgresAdapter, sql } from "kysely";
import type { SearchHit } from "../domain/search-hit.ts";
import { foldForSearch } from "../domain/search-text.ts";
import { searchTextContains } from "./client-store.ts";
import { checkedPerRow } from "./row-check.ts";
import type { Database } from "./schema.ts";

export interface SearchInput {
  workspaceId: string;
  q: string;
  /** At most this many hits of each kind. */
  limit: number;
}

/** How many rows the index may hand to the exact match, per kind. */
const CANDIDATES = 200;

/** The words of a query, folded; the longest one narrows the rows in SQL. */
export function searchWords(q: string): string[] {
  return foldForSearch(q)
    .split(" ")
    .filter((w) => w.length > 0);
}

/**
 * The runs of plain letters and digits (three or more) in the folded words: what a trigram index answers, and what
 * both engines' folding and the app's agree on (an apostrophe, an `œ` or a `-` is left to the exact match).
 */
export function indexFragments(words: readonly string[]): string[] {
  return [...new Set(words.flatMap((w) => w.match(/[a-z0-9]{3,}/g) ?? []))];
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (m) => `\\${m}`);
}

/** `%word%` where each letter that may carry an accent matches any one character. */
function loosePattern(word: string): string {
  return `%${escapeLike(word).replace(/[aceinouy]/g, "_")}%`;
}

/**
 * Each kind's searched text, as SQL over its table's columns — the very expressions the search indexes of migration
 * 2026-12-07T01-10-00 hold (SQLite: in its FTS table `<table>_search`; PostgreSQL: folded, in the GIN index).
 */
const SEARCHED = {
  client_contacts: {
    sqlite: (t: string) => `${t}.name || ' ' || ${t}.email || ' ' || ${t}.phone`,
    postgres: (t: string) => `${t}.name || ' ' || ${t}.email || ' ' || ${t}.phone`,
  },
  offers: {
    sqlite: (t: string) => `${t}.number || ' ' || ${t}.title`,
    postgres: (t: string) => `${t}.number || ' ' || ${t}.title`,
  },
  change_orders: {
    sqlite: (t: string) => `${t}.number || ' ' || coalesce(json_extract(${t}.state_json, '$.content.title'), '')`,
    postgres: (t: string) => `${t}.number || ' ' || coalesce(${t}.state_json::json #>> '{content,title}', '')`,
  },
  invoices: {
    sqlite: (t: string) => `coalesce(${t}.number, '')`,
    postgres: (t: string) => `coalesce(${t}.number, '')`,
  },
  claims: {
    sqlite: (t: string) => `coalesce(json_extract(${t}.state_json, '$.text'), '')`,
    postgres: (t: string) => `coalesce(${t}.state_json::json ->> 'text', '')`,
  },
} as const;

/** PostgreSQL's folding of a text, as the GIN indexes hold it (NFD, combining marks removed, lower case). */
const pgFold = (expr: string) => `lower(regexp_replace(normalize(${expr}, NFD), '[\\u0300-\\u036f]', '', 'g'))`;

/**
 * The rows of a kind whose searched text may hold every word: from its trigram index when the query has runs of
 * three letters or digits, else (a query like "@" or "st-j") a scan with the loose pattern of its longest word.
 */
function textMayMatch(db: Kysely<Database>, table: keyof typeof SEARCHED, words: readonly string[]) {
  const fragments = indexFragments(words);
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  if (postgres) {
    const folded = sql.raw(pgFold(SEARCHED[table].postgres(table)));
    const patterns = fragments.length > 0 ? fragments : [words.reduce((a, b) => (b.length > a.length ? b : a))];
    return sql<boolean>`${sql.join(
      patterns.map((p) => sql`${folded} like ${`%${escapeLike(p)}%`} escape '\\'`),
      sql` and `,
    )}`;
  }
  if (fragments.length === 0) {
    const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
    return sql<boolean>`lower(${sql.raw(SEARCHED[table].sqlite(table))}) like ${loosePattern(longest)} escape '\\'`;
  }
  const phrases = fragments.map((f) => `"${f}"`).join(" ");
  return sql<boolean>`${sql.ref(`${table}.id`)} in (select record_id from ${sql.table(`${table}_search_docs`)}
    where docid in (select rowid from ${sql.table(`${table}_search`)} where ${sql.table(`${table}_search`)} match ${phrases}))`;
}

/**
 * A kind's rows of the workspace. On SQLite, when its trigram index narrows the rows, the workspace is checked on each
 * row found (`+column`) rather than used to choose the workspace's index: without statistics (a fresh database) the
 * planner would otherwise read every row of the workspace and test each against the index's answer.
 */
function ofWorkspace(db: Kysely<Database>, table: keyof typeof SEARCHED, ws: string, words: readonly string[]) {
  const column = `${table}.workspace_id`;
  return indexFragments(words).length === 0 ? sql<boolean>`${sql.ref(column)} = ${ws}` : checkedPerRow(db, column, ws);
}

/** The client a record belongs to, beside the record's own columns. */
const ownerColumns = ["clients.id as client_id", "clients.name as client_name"] as const;

const matches = (words: readonly string[], ...texts: (string | null | undefined)[]) => {
  const folded = foldForSearch(...texts);
  return words.every((w) => folded.includes(w));
};

export async function searchWorkspace(db: Kysely<Database>, input: SearchInput) {
  const words = searchWords(input.q);
  if (words.length === 0) return [];
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
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
      .where(ofWorkspace(db, "client_contacts", ws, words))
      .where("clients.workspace_id", "=", ws)
      .where(textMayMatch(db, "client_contacts", words))
      .orderBy("client_contacts.name")
      .limit(CANDIDATES)
      .execute(),
    db
      .selectFrom("offers")
      .innerJoin("clients", "clients.id", "offers.client_id")
      .select(["offers.id", "offers.number", "offers.version", "offers.title", ...ownerColumns])
      .where(ofWorkspace(db, "offers", ws, words))
      .where("clients.workspace_id", "=", ws)
      .where(textMayMatch(db, "offers", words))
      .orderBy("offers.created_at", "desc")
      .limit(CANDIDATES)
      .execute(),
    db
      .selectFrom("change_orders")
      .innerJoin("clients", "clients.id", "change_orders.client_id")
      .select(["change_orders.id", "change_orders.number", "change_orders.state_json", ...ownerColumns])
      .where(ofWorkspace(db, "change_orders", ws, words))
      .where("clients.workspace_id", "=", ws)
      .where(textMayMatch(db, "change_orders", words))
      .orderBy("change_orders.created_at", "desc")
      .limit(CANDIDATES)
      .execute(),
    db
      .selectFrom("invoices")
      .innerJoin("clients", "clients.id", "invoices.client_id")
      .select(["invoices.id", "invoices.number", "invoices.status", ...ownerColumns])
      .where(ofWorkspace(db, "invoices", ws, words))
      .where("clients.workspace_id", "=", ws)
      .where("invoices.number", "is not", null)
      .where(textMayMatch(db, "invoices", words))
      .orderBy("invoices.number", "desc")
      .limit(CANDIDATES)
      .execute(),
    db
      .selectFrom("claims")
      .innerJoin("clients", "clients.id", "claims.client_id")
      .select(["claims.id", "claims.round_id", "claims.position", "claims.state_json", ...ownerColumns])
      .where(ofWorkspace(db, "claims", ws, words))
      .where("clients.workspace_id", "=", ws)
      .where(textMayMatch(db, "claims", words))
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
