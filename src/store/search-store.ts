/**
 * Search everywhere (the header's search box): clients, contacts, offers, change orders, invoices and claims of one
 * workspace, by number or words. Each kind is found in two steps: a trigram index narrows the rows (clients: their
 * folded `search_text`; the other kinds: the text of migration 2026-12-07T01-10-00's indexes — an FTS5 table per kind
 * on SQLite, a GIN index on the folded text on PostgreSQL), so the cost follows the matches rather than the history —
 * or, when the index holds many (`FEW`: a common name), the kind is read in its own order on an index of it and
 * stopped once enough rows match (`SearchPath`), so the cost stays bounded as the matches grow with the history; then
 * the rows are matched exactly on their folded text (lower case, accents removed), every word of the query having to
 * appear. What is stored as JSON (claims' text, change orders' title) is indexed and matched on the field itself,
 * never on the JSON around it. A query without three letters or digits in a row ("@", "st-j") cannot use a trigram:
 * it is read in order too, with a GLOB on SQLite (each letter that may carry an accent matching its accented forms) and
 * the folded text on PostgreSQL — short when it matches often, a scan of the kind when it matches rarely.
 */
import { type Kysely, PostgresAdapter, type RawBuilder, sql } from "kysely";
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
  /** How many matches a kind's index may hand over whole before its order is walked instead (default `FEW`). */
  fewMatches?: number | undefined;
}

/** How many rows the index may hand to the exact match, per kind. */
const CANDIDATES = 200;

/**
 * Up to this many matches in a kind's trigram index are taken whole, then sorted; past it, the kind's order is walked
 * instead (`SearchPath`).
 */
const FEW = 1_000;

/**
 * How a kind's rows are found on SQLite. `index`: its trigram index hands over every match (at most `FEW`), sorted
 * after. `walk`: the workspace's rows are read in the kind's order on its own index, each tested with every word as a
 * GLOB that knows accents (`accentGlob`, nearly the exact match), until `WALKED` per hit asked for are found — short when matches are many (a common name), where sorting them all
 * grew with the history. SQLite's planner, without statistics, cannot make that choice: the index is asked first
 * whether it holds more than `FEW` (a count that stops there). PostgreSQL's planner chooses between its trigram index
 * and the ordered index from its statistics: there, the same query serves both.
 */
type SearchPath = "index" | "walk";

/** Rows a walk hands to the exact match per hit asked for: room for the few its GLOB passes and the exact one refuses. */
const WALKED = 4;

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

/** The letters French text may write with an accent, as SQLite's `lower` leaves them (it folds ASCII only). */
const ACCENTED: Record<string, string> = {
  a: "aàáâäãåÀÁÂÄÃÅ",
  c: "cçÇ",
  e: "eéèêëÉÈÊË",
  i: "iíìîïÍÌÎÏ",
  n: "nñÑ",
  o: "oóòôöõÓÒÔÖÕ",
  u: "uúùûüÚÙÛÜ",
  y: "yýÿÝŸ",
};

/** How a folded character may be written in stored text, as a GLOB (`foldText` makes quotes `'`). */
function globChar(ch: string): string {
  if (ACCENTED[ch]) return `[${ACCENTED[ch]}]`;
  if (ch === "'") return "['’‘`´]";
  return ch === "*" || ch === "?" || ch === "[" ? `[${ch}]` : ch;
}

/**
 * `*word*` as a GLOB over lower-cased text (a folded word of the query), each character matching the ways text may
 * write it: nearly the exact match on the folded text. A walk tests rows with it and hands few to the exact match, so
 * it must refuse what the exact match would.
 */
function accentGlob(word: string): string {
  return `*${[...word].map(globChar).join("")}*`;
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

const isPostgres = (db: Kysely<Database>) => db.getExecutor().adapter instanceof PostgresAdapter;

const longestOf = (words: readonly string[]) => words.reduce((a, b) => (b.length > a.length ? b : a));

/** The FTS5 query of a kind's trigram index: every fragment as a phrase. */
const ftsPhrases = (fragments: readonly string[]) => fragments.map((f) => `"${f}"`).join(" ");

/**
 * SQLite: whether a kind's index is taken (`SearchPath`): the query has runs of three letters or digits (clients: its
 * longest word has three characters or more and no LIKE wildcard) and the index holds at most `few` rows matching them, all workspaces counted.
 */
async function searchPath(
  db: Kysely<Database>,
  table: keyof typeof SEARCHED | "clients",
  words: readonly string[],
  few: number,
): Promise<SearchPath> {
  if (isPostgres(db)) return "index";
  let matching: RawBuilder<unknown>;
  if (table === "clients") {
    const longest = longestOf(words);
    // Under three characters, or with a LIKE wildcard, the trigram index cannot answer (it would scan itself).
    if (longest.length < 3 || escapeLike(longest) !== longest) return "walk";
    matching = sql`select 1 from clients_search where search_text like ${`%${longest}%`}`;
  } else {
    const fragments = indexFragments(words);
    if (fragments.length === 0) return "walk";
    matching = sql`select 1 from ${sql.table(`${table}_search`)} where ${sql.table(`${table}_search`)} match ${ftsPhrases(fragments)}`;
  }
  const { rows } = await sql<{ n: number }>`select count(*) as n from (${matching} limit ${few + 1})`.execute(db);
  return Number(rows[0]?.n ?? 0) > few ? "walk" : "index";
}

/**
 * The rows of a kind whose searched text may hold every word: from its trigram index (SQLite's `index` path), else
 * tested row by row with each word as a GLOB (a walk, and a query without a run of three letters or digits: "@",
 * "st-j"). PostgreSQL tests the folded text itself, whichever index its planner takes.
 */
function textMayMatch(db: Kysely<Database>, table: keyof typeof SEARCHED, words: readonly string[], path: SearchPath) {
  const fragments = indexFragments(words);
  if (isPostgres(db)) {
    const folded = sql.raw(pgFold(SEARCHED[table].postgres(table)));
    const patterns = fragments.length > 0 ? fragments : [longestOf(words)];
    return sql<boolean>`${sql.join(
      patterns.map((p) => sql`${folded} like ${`%${escapeLike(p)}%`} escape '\\'`),
      sql` and `,
    )}`;
  }
  if (path === "walk" || fragments.length === 0) {
    const text = sql.raw(`lower(${SEARCHED[table].sqlite(table)})`);
    return sql<boolean>`${sql.join(
      words.map((w) => sql`${text} glob ${accentGlob(w)}`),
      sql` and `,
    )}`;
  }
  return sql<boolean>`${sql.ref(`${table}.id`)} in (select record_id from ${sql.table(`${table}_search_docs`)}
    where docid in (select rowid from ${sql.table(`${table}_search`)} where ${sql.table(`${table}_search`)} match ${ftsPhrases(fragments)}))`;
}

/**
 * A kind's rows of the workspace that may match, with their client's (of the same workspace). On SQLite, when its
 * trigram index narrows the rows, the workspace is checked on each row found (`+column`) rather than used to choose the
 * workspace's index: without statistics (a fresh database) the planner would otherwise read every row of the workspace
 * and test each against the index's answer. When it walks, the workspace's index in the kind's order is the one read.
 * The client's workspace is always checked per row: a plan starting from the workspace's clients reads them all.
 */
function found(
  db: Kysely<Database>,
  table: keyof typeof SEARCHED,
  input: { workspaceId: string; words: readonly string[]; path: SearchPath },
) {
  const column = `${table}.workspace_id`;
  const ofWorkspace =
    input.path === "walk"
      ? sql<boolean>`${sql.ref(column)} = ${input.workspaceId}`
      : checkedPerRow(db, column, input.workspaceId);
  return sql<boolean>`${ofWorkspace} and ${checkedPerRow(db, "clients.workspace_id", input.workspaceId)} and ${textMayMatch(
    db,
    table,
    input.words,
    input.path,
  )}`;
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
  const ws = input.workspaceId;
  const [clientPath, ...paths] = await Promise.all(
    (["clients", "client_contacts", "offers", "change_orders", "invoices", "claims"] as const).map((t) =>
      searchPath(db, t, words, input.fewMatches ?? FEW),
    ),
  );
  const [contactPath, offerPath, changeOrderPath, invoicePath, claimPath] = paths as SearchPath[];
  const rowsFor = (path: SearchPath) => (path === "walk" ? WALKED * input.limit : CANDIDATES);

  const [clients, contacts, offers, changeOrders, invoices, claims] = await Promise.all([
    // clients.search_text is already folded: the exact text is enough, found on the search index or walked in order.
    db
      .selectFrom("clients")
      .select(["id", "name", "legal_name", "city", "search_text"])
      .$if(clientPath === "index", (q) =>
        q.where(checkedPerRow(db, "clients.workspace_id", ws)).where(searchTextContains(db, longestOf(words))),
      )
      .$if(clientPath === "walk", (q) =>
        q
          .where("workspace_id", "=", ws)
          .where((eb) =>
            eb.and(words.map((w) => sql<boolean>`${eb.ref("search_text")} like ${`%${escapeLike(w)}%`} escape '\\'`)),
          ),
      )
      .orderBy("sort_name")
      .orderBy("id")
      .limit(rowsFor(clientPath!))
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
      .where(found(db, "client_contacts", { workspaceId: ws, words, path: contactPath! }))
      .orderBy("client_contacts.name")
      .orderBy("client_contacts.id")
      .limit(rowsFor(contactPath!))
      .execute(),
    db
      .selectFrom("offers")
      .innerJoin("clients", "clients.id", "offers.client_id")
      .select(["offers.id", "offers.number", "offers.version", "offers.title", ...ownerColumns])
      .where(found(db, "offers", { workspaceId: ws, words, path: offerPath! }))
      .orderBy("offers.created_at", "desc")
      .orderBy("offers.id", "desc")
      .limit(rowsFor(offerPath!))
      .execute(),
    db
      .selectFrom("change_orders")
      .innerJoin("clients", "clients.id", "change_orders.client_id")
      .select(["change_orders.id", "change_orders.number", "change_orders.state_json", ...ownerColumns])
      .where(found(db, "change_orders", { workspaceId: ws, words, path: changeOrderPath! }))
      .orderBy("change_orders.created_at", "desc")
      .orderBy("change_orders.id", "desc")
      .limit(rowsFor(changeOrderPath!))
      .execute(),
    db
      .selectFrom("invoices")
      .innerJoin("clients", "clients.id", "invoices.client_id")
      .select(["invoices.id", "invoices.number", "invoices.status", ...ownerColumns])
      .where("invoices.number", "is not", null)
      .where(found(db, "invoices", { workspaceId: ws, words, path: invoicePath! }))
      .orderBy("invoices.number", "desc")
      .limit(rowsFor(invoicePath!))
      .execute(),
    db
      .selectFrom("claims")
      .innerJoin("clients", "clients.id", "claims.client_id")
      .select(["claims.id", "claims.round_id", "claims.position", "claims.state_json", ...ownerColumns])
      .where(found(db, "claims", { workspaceId: ws, words, path: claimPath! }))
      .orderBy("claims.created_at", "desc")
      .orderBy("claims.id", "desc")
      .limit(rowsFor(claimPath!))
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
