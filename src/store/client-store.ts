/** Clients with their contacts, end clients and tags. Every query is scoped by workspace. */
import {
  CompiledQuery,
  type Kysely,
  type RawBuilder,
  type Selectable,
  type SelectQueryBuilder,
  SqliteAdapter,
  sql,
} from "kysely";
import {
  type Client,
  type ClientFields,
  type ClientKind,
  type ClientStatus,
  clientSearchText,
  type DocLanguage,
} from "../domain/client.ts";
import { nameOrderKey } from "../domain/name-order.ts";
import { foldForSearch } from "../domain/search-text.ts";
import type { Signal, SignalKind } from "../domain/signal.ts";
import { idIn } from "./ids-in.ts";
import { preparedOnPostgres } from "./open-database.ts";
import type { ClientTable, Database } from "./schema.ts";
import { SIGNAL_PAGE, signalFromRow } from "./signal-store.ts";

type ClientRow = Selectable<ClientTable>;

/** The client's columns a client answers with (what `baseClient` reads). */
const CLIENT_COLUMNS = [
  "id",
  "kind",
  "name",
  "legal_name",
  "address_line1",
  "address_line2",
  "city",
  "region",
  "postal_code",
  "country",
  "language",
  "is_consumer",
  "status",
  "do_not_reengage",
  "created_at",
  "updated_at",
] as const satisfies readonly (keyof ClientRow)[];

type ClientColumns = Pick<ClientRow, (typeof CLIENT_COLUMNS)[number]>;

function baseClient(row: ClientColumns): Client {
  return {
    id: row.id,
    kind: row.kind as ClientKind,
    name: row.name,
    legalName: row.legal_name,
    address: {
      line1: row.address_line1,
      line2: row.address_line2,
      city: row.city,
      region: row.region,
      postalCode: row.postal_code,
      country: row.country,
    },
    language: row.language as DocLanguage,
    isConsumer: row.is_consumer === 1,
    status: row.status as ClientStatus,
    doNotReengage: row.do_not_reengage === 1,
    tags: [],
    contacts: [],
    endClients: [],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function columns(fields: ClientFields) {
  return {
    kind: fields.kind,
    name: fields.name,
    legal_name: fields.legalName,
    address_line1: fields.address.line1,
    address_line2: fields.address.line2,
    city: fields.address.city,
    region: fields.address.region,
    postal_code: fields.address.postalCode,
    country: fields.address.country,
    language: fields.language,
    is_consumer: fields.isConsumer ? 1 : 0,
    status: fields.status,
    do_not_reengage: fields.doNotReengage ? 1 : 0,
    search_text: clientSearchText(fields),
    sort_name: nameOrderKey(fields.name),
  };
}

/**
 * `clients.search_text` contains `folded` (already folded: lower case, no accents), answered from the search index
 * (migration 2026-12-06T21-40-30): on SQLite the trigram FTS5 table's LIKE, on PostgreSQL the column's LIKE, which
 * its pg_trgm index serves. Text with a LIKE wildcard or backslash needs an ESCAPE clause FTS5 cannot take: it is
 * matched on the column itself (the same answer, without the index).
 */
export function searchTextContains(db: Kysely<Database>, folded: string): RawBuilder<boolean> {
  const escaped = folded.replace(/[\\%_]/g, (m) => `\\${m}`);
  if (db.getExecutor().adapter instanceof SqliteAdapter && escaped === folded) {
    return sql<boolean>`${sql.ref("clients.id")} in (select client_id from clients_search where search_text like ${`%${folded}%`})`;
  }
  return sql<boolean>`${sql.ref("clients.search_text")} like ${`%${escaped}%`} escape '\\'`;
}

/** Loads tags, contacts and end clients of many clients at once (three queries, whatever their number). */
async function withRelations(db: Kysely<Database>, workspaceId: string, rows: ClientRow[]): Promise<Client[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [tags, contacts, endClients] = await Promise.all([
    db
      .selectFrom("client_tags")
      .select(["client_id", "tag"])
      .where("workspace_id", "=", workspaceId)
      .where("client_id", "in", ids)
      .orderBy("client_id")
      .orderBy("tag")
      .execute(),
    db
      .selectFrom("client_contacts")
      .select(["id", "client_id", "name", "email", "phone", "role"])
      .where("workspace_id", "=", workspaceId)
      .where("client_id", "in", ids)
      .orderBy("client_id")
      .orderBy("position")
      .execute(),
    db
      .selectFrom("end_clients")
      .select(["id", "client_id", "name"])
      .where("workspace_id", "=", workspaceId)
      .where("client_id", "in", ids)
      .orderBy("client_id")
      .orderBy("position")
      .execute(),
  ]);
  const byId = new Map(rows.map((r) => [r.id, baseClient(r)]));
  for (const t of tags) byId.get(t.client_id)?.tags.push(t.tag);
  for (const { client_id, ...c } of contacts) byId.get(client_id)?.contacts.push(c);
  for (const { client_id, ...e } of endClients) byId.get(client_id)?.endClients.push(e);
  return ids.map((id) => byId.get(id)!);
}

export async function findClient(db: Kysely<Database>, workspaceId: string, id: string): Promise<Client | undefined> {
  const row = await db
    .selectFrom("clients")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  const [client] = await withRelations(db, workspaceId, [row]);
  return client;
}

/**
 * The detail's one statement: the client's row with its tags, contacts, end clients and latest signals (with their
 * authors' names) aggregated as JSON arrays by subqueries. The text is fixed per engine and sent as it is, with no
 * query building per request: on PostgreSQL `$1` is the workspace and `$2` the client; SQLite's driver binds only
 * anonymous `?`, so each use of them is a `?` given the same pair again. Signals keep the order of their
 * ordered, limited subquery (as `listSignals` reads them). The other lists are ordered on PostgreSQL inside their
 * aggregate; on SQLite, whose aggregate ORDER BY always sorts in a temporary b-tree, by an ordered subquery read in
 * its index's order (SQLite never flattens an ordered subquery into an aggregate, so the order holds). The client's
 * columns are named (what the detail answers, not the search columns): PostgreSQL keeps the text prepared
 * (`preparedOnPostgres`), and a prepared statement's result columns must not change under it.
 */
function clientDetailSql(engine: "sqlite" | "postgres"): string {
  const [agg, row, p1, p2] =
    engine === "sqlite" ? ["json_group_array", "json_array", "?", "?"] : ["json_agg", "json_build_array", "$1", "$2"];
  const aggregate = (values: string, from: string) => `coalesce((select ${agg}(${values}) from ${from}), '[]')`;
  const list = (values: string, table: string, order: string) => {
    const own = `${table} where workspace_id = ${p1} and client_id = ${p2}`;
    return engine === "sqlite"
      ? aggregate(values, `(select * from ${own} order by ${order})`)
      : aggregate(`${values} order by ${order}`, own);
  };
  return `select ${CLIENT_COLUMNS.map((column) => `c.${column}`).join(", ")},
  ${list("tag", "client_tags", "tag")} as tags_json,
  ${list(`${row}(id, name, email, phone, role)`, "client_contacts", "position")} as contacts_json,
  ${list(`${row}(id, name)`, "end_clients", "position")} as end_clients_json,
  ${aggregate(
    `${row}(s.id, s.kind, s.severity, s.source, s.occurred_on, s.text, s.author_member_id, s.author_name, s.created_at)`,
    `(select signals.*, members.name as author_name from signals
      left join members on members.id = signals.author_member_id
      where signals.workspace_id = ${p1} and signals.client_id = ${p2}
      order by signals.occurred_on desc, signals.created_at desc limit ${SIGNAL_PAGE}) s`,
  )} as signals_json
from clients c where c.workspace_id = ${p1} and c.id = ${p2}`;
}

const detailSql = { sqlite: clientDetailSql("sqlite"), postgres: preparedOnPostgres(clientDetailSql("postgres")) };
/** How many (workspace, client) pairs SQLite's text binds: one per use. */
const SQLITE_PAIRS = (detailSql.sqlite.split("?").length - 1) / 2;

type DetailRow = ClientColumns & {
  tags_json: unknown;
  contacts_json: unknown;
  end_clients_json: unknown;
  signals_json: unknown;
};

/** PostgreSQL's driver parses `json` itself; SQLite answers text. */
const jsonList = <T>(value: unknown): T[] => (typeof value === "string" ? JSON.parse(value) : value) as T[];

/**
 * One client with its lists and its first page of signals (newest first) in one statement — what `findClient` and
 * `listSignals` answer together, read at once for the client page and `GET /clients/{id}`.
 */
export async function findClientDetail(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<(Client & { signals: Signal[] }) | undefined> {
  const engine = db.getExecutor().adapter instanceof SqliteAdapter ? "sqlite" : "postgres";
  const pair = [workspaceId, id];
  const parameters = engine === "sqlite" ? Array.from({ length: SQLITE_PAIRS }, () => pair).flat() : pair;
  const { rows } = await db.executeQuery<DetailRow>(CompiledQuery.raw(detailSql[engine], parameters));
  const row = rows[0];
  if (!row) return undefined;
  const { tags_json, contacts_json, end_clients_json, signals_json, ...clientRow } = row;
  const client = baseClient(clientRow);
  client.tags = jsonList<string>(tags_json);
  client.contacts = jsonList<[string, string, string, string, string]>(contacts_json).map(
    ([id, name, email, phone, role]) => ({ id, name, email, phone, role }),
  );
  client.endClients = jsonList<[string, string]>(end_clients_json).map(([id, name]) => ({ id, name }));
  type SignalTuple = [string, string, number, string, string, string, string | null, string | null, string];
  const signals = jsonList<SignalTuple>(signals_json).map(
    ([id, kind, severity, source, occurred_on, text, author_member_id, author_name, created_at]) =>
      signalFromRow({
        id,
        workspace_id: workspaceId,
        client_id: clientRow.id,
        kind,
        severity,
        source,
        occurred_on,
        text,
        author_member_id,
        author_name,
        created_at,
      }),
  );
  return { ...client, signals };
}

export interface SaveClientInput {
  workspaceId: string;
  id: string;
  fields: ClientFields;
  at: string;
  newId: () => string;
}

/** Which lists a save replaces (a patch that does not mention a list keeps its rows and their ids). */
export type ClientLists = { tags: boolean; contacts: boolean; endClients: boolean };
const ALL_LISTS: ClientLists = { tags: true, contacts: true, endClients: true };

async function replaceRelations(trx: Kysely<Database>, input: SaveClientInput, lists: ClientLists): Promise<void> {
  const { workspaceId, id } = input;
  const fields = {
    tags: lists.tags ? input.fields.tags : [],
    contacts: lists.contacts ? input.fields.contacts : [],
    endClients: lists.endClients ? input.fields.endClients : [],
  };
  if (lists.tags)
    await trx.deleteFrom("client_tags").where("workspace_id", "=", workspaceId).where("client_id", "=", id).execute();
  if (lists.contacts)
    await trx
      .deleteFrom("client_contacts")
      .where("workspace_id", "=", workspaceId)
      .where("client_id", "=", id)
      .execute();
  if (lists.endClients)
    await trx.deleteFrom("end_clients").where("workspace_id", "=", workspaceId).where("client_id", "=", id).execute();
  if (fields.tags.length > 0) {
    await trx
      .insertInto("client_tags")
      .values(fields.tags.map((tag) => ({ workspace_id: workspaceId, client_id: id, tag })))
      .execute();
  }
  if (fields.contacts.length > 0) {
    await trx
      .insertInto("client_contacts")
      .values(
        fields.contacts.map((c, position) => ({
          id: input.newId(),
          workspace_id: workspaceId,
          client_id: id,
          position,
          ...c,
        })),
      )
      .execute();
  }
  if (fields.endClients.length > 0) {
    await trx
      .insertInto("end_clients")
      .values(
        fields.endClients.map((e, position) => ({
          id: input.newId(),
          workspace_id: workspaceId,
          client_id: id,
          position,
          name: e.name,
        })),
      )
      .execute();
  }
}

export async function insertClient(trx: Kysely<Database>, input: SaveClientInput): Promise<void> {
  await trx
    .insertInto("clients")
    .values({
      id: input.id,
      workspace_id: input.workspaceId,
      ...columns(input.fields),
      created_at: input.at,
      updated_at: input.at,
    })
    .execute();
  await replaceRelations(trx, input, ALL_LISTS);
}

export async function updateClientRow(
  trx: Kysely<Database>,
  input: SaveClientInput,
  lists: ClientLists = ALL_LISTS,
): Promise<void> {
  await trx
    .updateTable("clients")
    .set({ ...columns(input.fields), updated_at: input.at })
    .where("workspace_id", "=", input.workspaceId)
    .where("id", "=", input.id)
    .execute();
  await replaceRelations(trx, input, lists);
}

export interface ListClientsInput {
  workspaceId: string;
  q?: string | undefined;
  kind?: ClientKind | undefined;
  status?: ClientStatus | undefined;
  tag?: string | undefined;
  /** Only the clients whose latest signal is of this kind. */
  lastSignal?: SignalKind | undefined;
  /** `name` (default), or `health`: lowest latest score first, clients never scored last. */
  sort?: "name" | "health" | undefined;
  limit: number;
  offset: number;
}

export type ClientListItem = Client & {
  lastSignal: { kind: string; occurredOn: string } | null;
  /** The latest computed health (score 0-100 and warning level), when it has been computed. */
  health: { score: number | null; level: string; computedAt: string } | null;
};

/** A page of clients by name, filtered; with the total and each client's latest signal. */
export async function listClients(
  db: Kysely<Database>,
  input: ListClientsInput,
): Promise<{ items: ClientListItem[]; total: number }> {
  let q = db.selectFrom("clients").where("clients.workspace_id", "=", input.workspaceId);
  if (input.kind) q = q.where("clients.kind", "=", input.kind);
  if (input.status) q = q.where("clients.status", "=", input.status);
  if (input.tag) {
    const tag = input.tag;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom("client_tags")
          .select("client_tags.client_id")
          .whereRef("client_tags.client_id", "=", "clients.id")
          .where("client_tags.workspace_id", "=", input.workspaceId)
          .where("client_tags.tag", "=", tag),
      ),
    );
  }
  if (input.lastSignal) {
    const kind = input.lastSignal;
    q = q.where((eb) =>
      eb(
        eb
          .selectFrom("signals as s2")
          .select("s2.kind")
          .where("s2.workspace_id", "=", input.workspaceId)
          .whereRef("s2.client_id", "=", "clients.id")
          .$call(newestSignalFirst)
          .limit(1),
        "=",
        kind,
      ),
    );
  }
  const folded = input.q ? foldForSearch(input.q) : "";
  if (folded) q = q.where(searchTextContains(db, folded));
  const ordered =
    input.sort === "health"
      ? q
          .leftJoin("client_health", "client_health.client_id", "clients.id")
          .orderBy(sql`case when ${sql.ref("client_health.score")} is null then 1 else 0 end`)
          .orderBy("client_health.score")
      : q;
  const [rows, count] = await Promise.all([
    ordered
      .selectAll("clients")
      .orderBy("clients.sort_name")
      .orderBy("clients.id")
      .limit(input.limit)
      .offset(input.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  const clients = await withRelations(db, input.workspaceId, rows);
  const last = await latestSignals(
    db,
    input.workspaceId,
    rows.map((r) => r.id),
  );
  const health = await latestHealth(
    db,
    input.workspaceId,
    rows.map((r) => r.id),
  );
  return {
    total: Number(count.n),
    items: clients.map((c) => ({ ...c, lastSignal: last.get(c.id) ?? null, health: health.get(c.id) ?? null })),
  };
}

/** A client's signals (`s2`) newest first: by date, then entry time, then id — what "its latest signal" means. */
function newestSignalFirst<DB, TB extends keyof DB, O>(
  qb: SelectQueryBuilder<DB, TB, O>,
): SelectQueryBuilder<DB, TB, O> {
  return (qb as unknown as SelectQueryBuilder<Database & { s2: Database["signals"] }, "s2", O>)
    .orderBy("s2.occurred_on", "desc")
    .orderBy("s2.created_at", "desc")
    .orderBy("s2.id", "desc") as unknown as SelectQueryBuilder<DB, TB, O>;
}

/** Each client's latest signal: one index probe per client (newest by date, then entry time, then id). */
async function latestSignals(db: Kysely<Database>, workspaceId: string, clientIds: string[]) {
  const out = new Map<string, { kind: string; occurredOn: string }>();
  if (clientIds.length === 0) return out;
  const rows = await db
    .selectFrom("clients as c")
    .innerJoin("signals as s", (join) =>
      join.on("s.id", "=", (eb) =>
        eb
          .selectFrom("signals as s2")
          .select("s2.id")
          .where("s2.workspace_id", "=", workspaceId)
          .whereRef("s2.client_id", "=", "c.id")
          .$call(newestSignalFirst)
          .limit(1),
      ),
    )
    .select(["c.id as client_id", "s.kind", "s.occurred_on"])
    .where("c.workspace_id", "=", workspaceId)
    .where("c.id", "in", clientIds)
    .execute();
  for (const r of rows) out.set(r.client_id, { kind: r.kind, occurredOn: r.occurred_on });
  return out;
}

async function latestHealth(db: Kysely<Database>, workspaceId: string, clientIds: string[]) {
  const out = new Map<string, { score: number | null; level: string; computedAt: string }>();
  if (clientIds.length === 0) return out;
  const rows = await db
    .selectFrom("client_health")
    .select(["client_id", "score", "level", "computed_at"])
    .where("workspace_id", "=", workspaceId)
    .where("client_id", "in", clientIds)
    .execute();
  for (const r of rows) out.set(r.client_id, { score: r.score, level: r.level, computedAt: r.computed_at });
  return out;
}

export async function listClientTags(db: Kysely<Database>, workspaceId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("client_tags")
    .select("tag")
    .distinct()
    .where("workspace_id", "=", workspaceId)
    .orderBy("tag")
    .execute();
  return rows.map((r) => r.tag);
}

/** Ids of every client of a workspace (a refresh of all stored health scores). */
export async function clientIdsOfWorkspace(db: Kysely<Database>, workspaceId: string): Promise<string[]> {
  const rows = await db.selectFrom("clients").select("id").where("workspace_id", "=", workspaceId).execute();
  return rows.map((r) => r.id);
}

/** Which of these clients have ended (their history is read-only). */
export async function endedClientIds(db: Kysely<Database>, workspaceId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom("clients")
    .select("id")
    .where("workspace_id", "=", workspaceId)
    .where("id", "in", [...ids])
    .where("status", "=", "ended")
    .execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * `column` names a client of the workspace in a working relationship (active or paused), by a sub-select on `clients`
 * rather than bound ids: a read for every such client then seeks each one's entries of its index from the clients'
 * `(workspace_id, status)` index — no array of a thousand ids parsed per statement (SQLite) or planned as an IN list
 * (PostgreSQL). The same clients as `listClientsInRelationship`, read in the same snapshot.
 */
export function inRelationship(column: string, workspaceId: string) {
  return sql<boolean>`${sql.ref(column)} in (select id from clients
    where workspace_id = ${workspaceId} and status in ('active', 'paused'))`;
}

/**
 * Id and name of the clients in a working relationship (active or paused): the ones health warns about; with `among`,
 * only those of these ids that are (a list brought up to date reads the clients a write touched, not every client).
 */
export async function listClientsInRelationship(
  db: Kysely<Database>,
  workspaceId: string,
  among?: readonly string[],
): Promise<{ id: string; name: string }[]> {
  if (among?.length === 0) return [];
  return db
    .selectFrom("clients")
    .select(["id", "name"])
    .where("workspace_id", "=", workspaceId)
    .where("status", "in", ["active", "paused"])
    .$if(among !== undefined, (q) => q.where(idIn(db, "id", among!)))
    .execute();
}
