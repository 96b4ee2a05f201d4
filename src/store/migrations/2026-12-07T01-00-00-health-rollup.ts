/**
 * What the dashboard's health of every client reads, rolled up (decision 0012): one row per client in
 * `client_health_rollup` — its time (all minutes, goodwill minutes, goodwill value with each entry rounded half-up
 * alone, the latest entry's date) and its settled invoices (issued, balance nil: how many, how many were due with
 * their total and their days late weighted by amount, how many were paid late, their pre-tax sum, the latest issue or
 * payment date) and its signals (how many, how many praise, the latest date) — and one row per workspace and month of
 * issue in `workspace_revenue_months` (the studio's pre-tax invoiced revenue). Kept true by triggers on `time_entries`,
 * `invoices` and `signals`, whatever writes (the app, an import, the
 * bench's bulk inserts): SQLite per row; PostgreSQL once per statement from its transition tables (a bulk insert of a
 * million entries is one grouped update). Back-filled here from the base tables. The latest dates only grow (a
 * deleted row leaves them as an upper bound): a reader as of an earlier day falls back to the rows of that client.
 * Two partial indexes serve the rows still read: invoices with something left to pay, and warning signals.
 * Frozen once shipped.
 */
import { type Kysely, PostgresAdapter, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

function isPostgres(db: Db): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** One time entry's contribution (`r` is the row: `new`, `old`, or a transition table's alias). */
const time = (r: string) => ({
  minutes: `${r}.minutes`,
  goodwillMinutes: `case when ${r}.category = 'goodwill' then ${r}.minutes else 0 end`,
  goodwillValue: `case when ${r}.category <> 'goodwill' then 0 when ${r}.minutes * ${r}.billable_rate < 0
    then -((30 - ${r}.minutes * ${r}.billable_rate) / 60) else (${r}.minutes * ${r}.billable_rate + 30) / 60 end`,
});

/**
 * One invoice's contribution. Settled: issued and nothing left to pay (a paid invoice with its payment date). Its
 * days late: from the due date to the payment, for a paid one; none for one credited or written off.
 */
function invoice(r: string, postgres: boolean) {
  const settled = `(${r}.status <> 'draft' and ${r}.balance = 0 and (${r}.status <> 'paid' or ${r}.last_movement_on is not null))`;
  const days = postgres
    ? `(${r}.last_movement_on::date - ${r}.due_date::date)`
    : `cast(julianday(${r}.last_movement_on) - julianday(${r}.due_date) as integer)`;
  const late = `(case when ${r}.status = 'paid' and ${days} > 0 then ${days} else 0 end)`;
  const due = `(${settled} and ${r}.total > 0)`;
  const lastDate = postgres
    ? `greatest(${r}.issue_date, coalesce(${r}.last_movement_on, ${r}.issue_date))`
    : `max(${r}.issue_date, coalesce(${r}.last_movement_on, ${r}.issue_date))`;
  return {
    settled,
    count: `case when ${settled} then 1 else 0 end`,
    dueCount: `case when ${due} then 1 else 0 end`,
    dueTotal: `case when ${due} then ${r}.total else 0 end`,
    lateWeighted: `case when ${due} then ${late} * ${r}.total else 0 end`,
    paidLate: `case when ${due} and ${late} > 0 then 1 else 0 end`,
    subtotal: `case when ${settled} then ${r}.subtotal else 0 end`,
    lastDate: `case when ${settled} then ${lastDate} end`,
    issued: `${r}.status <> 'draft'`,
  };
}

const ROLLUP_SUMS = [
  "time_minutes",
  "goodwill_minutes",
  "goodwill_value",
  "settled_invoices",
  "due_invoices",
  "due_total",
  "late_weighted",
  "paid_late_invoices",
  "settled_subtotal",
  "signals",
  "praise_signals",
] as const;

async function createTables(db: Db): Promise<void> {
  let t = db.schema
    .createTable("client_health_rollup")
    .addColumn("client_id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull());
  for (const col of ROLLUP_SUMS) t = t.addColumn(col, "bigint", (c) => c.notNull().defaultTo(0));
  await t
    .addColumn("time_last_date", "text")
    .addColumn("settled_last_date", "text")
    .addColumn("signal_last_date", "text")
    .execute();
  await db.schema
    .createIndex("client_health_rollup_ws")
    .on("client_health_rollup")
    .columns(["workspace_id", "client_id"])
    .execute();
  await db.schema
    .createTable("workspace_revenue_months")
    .addColumn("workspace_id", "text", (c) => c.notNull())
    .addColumn("month", "text", (c) => c.notNull())
    .addColumn("subtotal", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("invoices", "bigint", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("workspace_revenue_months_pk", ["workspace_id", "month"])
    .execute();
}

/** The SQL adding rows' contributions: `source` yields the rows as `r` (a select over a table or one trigger row). */
function addTime(source: string, sign: "+" | "-", maxFn: string): string {
  const x = time("r");
  return `insert into client_health_rollup (client_id, workspace_id, time_minutes, goodwill_minutes, goodwill_value, time_last_date)
    select r.client_id, max(r.workspace_id), ${sign}sum(${x.minutes}), ${sign}sum(${x.goodwillMinutes}), ${sign}sum(${x.goodwillValue}),
      ${sign === "+" ? "max(r.date)" : "null"}
    from ${source} where r.client_id is not null group by r.client_id
    on conflict (client_id) do update set
      time_minutes = client_health_rollup.time_minutes + excluded.time_minutes,
      goodwill_minutes = client_health_rollup.goodwill_minutes + excluded.goodwill_minutes,
      goodwill_value = client_health_rollup.goodwill_value + excluded.goodwill_value,
      time_last_date = ${maxFn}(coalesce(client_health_rollup.time_last_date, ''), coalesce(excluded.time_last_date, ''))`;
}

function addInvoices(source: string, sign: "+" | "-", postgres: boolean): string {
  const x = invoice("r", postgres);
  const maxFn = postgres ? "greatest" : "max";
  return `insert into client_health_rollup (client_id, workspace_id, settled_invoices, due_invoices, due_total, late_weighted,
      paid_late_invoices, settled_subtotal, settled_last_date)
    select r.client_id, max(r.workspace_id), ${sign}sum(${x.count}), ${sign}sum(${x.dueCount}), ${sign}sum(${x.dueTotal}),
      ${sign}sum(${x.lateWeighted}), ${sign}sum(${x.paidLate}), ${sign}sum(${x.subtotal}), ${sign === "+" ? `max(${x.lastDate})` : "null"}
    from ${source} where true group by r.client_id
    on conflict (client_id) do update set
      settled_invoices = client_health_rollup.settled_invoices + excluded.settled_invoices,
      due_invoices = client_health_rollup.due_invoices + excluded.due_invoices,
      due_total = client_health_rollup.due_total + excluded.due_total,
      late_weighted = client_health_rollup.late_weighted + excluded.late_weighted,
      paid_late_invoices = client_health_rollup.paid_late_invoices + excluded.paid_late_invoices,
      settled_subtotal = client_health_rollup.settled_subtotal + excluded.settled_subtotal,
      settled_last_date = ${maxFn}(coalesce(client_health_rollup.settled_last_date, ''), coalesce(excluded.settled_last_date, ''))`;
}

function addSignals(source: string, sign: "+" | "-", maxFn: string): string {
  return `insert into client_health_rollup (client_id, workspace_id, signals, praise_signals, signal_last_date)
    select r.client_id, max(r.workspace_id), ${sign}count(*), ${sign}sum(case when r.kind = 'praise' then 1 else 0 end),
      ${sign === "+" ? "max(r.occurred_on)" : "null"}
    from ${source} where true group by r.client_id
    on conflict (client_id) do update set
      signals = client_health_rollup.signals + excluded.signals,
      praise_signals = client_health_rollup.praise_signals + excluded.praise_signals,
      signal_last_date = ${maxFn}(coalesce(client_health_rollup.signal_last_date, ''), coalesce(excluded.signal_last_date, ''))`;
}

function addRevenue(source: string, sign: "+" | "-", postgres: boolean): string {
  const x = invoice("r", postgres);
  return `insert into workspace_revenue_months (workspace_id, month, subtotal, invoices)
    select r.workspace_id, substr(r.issue_date, 1, 7), ${sign}sum(r.subtotal), ${sign}count(*)
    from ${source} where ${x.issued} and r.issue_date is not null group by r.workspace_id, substr(r.issue_date, 1, 7)
    on conflict (workspace_id, month) do update set
      subtotal = workspace_revenue_months.subtotal + excluded.subtotal,
      invoices = workspace_revenue_months.invoices + excluded.invoices`;
}

/** Invoices with something left to pay (the rows health still reads): written as the store's query writes it. */
const OPEN_INVOICE = `balance <> 0 or (status = 'paid' and last_movement_on is null)`;
const WARNING_SIGNAL = `kind = 'warning'`;

/** SQLite: per row, the trigger's row as a one-row select (`select new.* …` is not allowed: columns named). */
const TIME_COLUMNS = "workspace_id, client_id, date, category, minutes, billable_rate";
const INVOICE_COLUMNS =
  "workspace_id, client_id, status, issue_date, due_date, subtotal, total, balance, last_movement_on";
const SIGNAL_COLUMNS = "workspace_id, client_id, kind, occurred_on";
const rowOf = (which: "new" | "old", columns: string) =>
  `(select ${columns
    .split(", ")
    .map((c) => `${which}.${c} as ${c}`)
    .join(", ")}) as r`;

async function createSqliteTriggers(db: Db): Promise<void> {
  const bodies: [table: string, event: string, statements: string[]][] = [
    ["time_entries", "insert", [addTime(rowOf("new", TIME_COLUMNS), "+", "max")]],
    ["time_entries", "delete", [addTime(rowOf("old", TIME_COLUMNS), "-", "max")]],
    [
      "time_entries",
      "update",
      [addTime(rowOf("old", TIME_COLUMNS), "-", "max"), addTime(rowOf("new", TIME_COLUMNS), "+", "max")],
    ],
    [
      "invoices",
      "insert",
      [addInvoices(rowOf("new", INVOICE_COLUMNS), "+", false), addRevenue(rowOf("new", INVOICE_COLUMNS), "+", false)],
    ],
    [
      "invoices",
      "delete",
      [addInvoices(rowOf("old", INVOICE_COLUMNS), "-", false), addRevenue(rowOf("old", INVOICE_COLUMNS), "-", false)],
    ],
    [
      "invoices",
      "update",
      [
        addInvoices(rowOf("old", INVOICE_COLUMNS), "-", false),
        addRevenue(rowOf("old", INVOICE_COLUMNS), "-", false),
        addInvoices(rowOf("new", INVOICE_COLUMNS), "+", false),
        addRevenue(rowOf("new", INVOICE_COLUMNS), "+", false),
      ],
    ],
    ["signals", "insert", [addSignals(rowOf("new", SIGNAL_COLUMNS), "+", "max")]],
    ["signals", "delete", [addSignals(rowOf("old", SIGNAL_COLUMNS), "-", "max")]],
    [
      "signals",
      "update",
      [addSignals(rowOf("old", SIGNAL_COLUMNS), "-", "max"), addSignals(rowOf("new", SIGNAL_COLUMNS), "+", "max")],
    ],
  ];
  for (const [table, event, statements] of bodies) {
    await sql
      .raw(
        `create trigger health_rollup_${table}_${event} after ${event} on ${table} for each row begin
           ${statements.map((s) => `${s};`).join("\n")}
         end`,
      )
      .execute(db);
  }
}

/**
 * PostgreSQL: once per statement, from the transition tables (`old_rows`, `new_rows`); one function per table whose
 * branches read only the tables the firing trigger declares.
 */
async function createPostgresTriggers(db: Db): Promise<void> {
  const plan: [table: string, fn: string, add: (source: string, sign: "+" | "-") => string[]][] = [
    ["time_entries", "health_rollup_time", (s, sign) => [addTime(s, sign, "greatest")]],
    ["invoices", "health_rollup_invoices", (s, sign) => [addInvoices(s, sign, true), addRevenue(s, sign, true)]],
    ["signals", "health_rollup_signals", (s, sign) => [addSignals(s, sign, "greatest")]],
  ];
  for (const [table, fn, add] of plan) {
    const run = (source: string, sign: "+" | "-") =>
      add(source, sign)
        .map((s) => `${s};`)
        .join("\n");
    await sql
      .raw(
        `create function ${fn}() returns trigger language plpgsql as $$
         begin
           if TG_OP = 'INSERT' or TG_OP = 'UPDATE' then
             ${run("new_rows as r", "+")}
           end if;
           if TG_OP = 'DELETE' or TG_OP = 'UPDATE' then
             ${run("old_rows as r", "-")}
           end if;
           return null;
         end $$`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${fn}_ins after insert on ${table} referencing new table as new_rows
         for each statement execute function ${fn}()`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${fn}_del after delete on ${table} referencing old table as old_rows
         for each statement execute function ${fn}()`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${fn}_upd after update on ${table} referencing old table as old_rows new table as new_rows
         for each statement execute function ${fn}()`,
      )
      .execute(db);
  }
}

export async function up(db: Db): Promise<void> {
  const postgres = isPostgres(db);
  await createTables(db);
  // Back-filled from the base tables before the triggers exist (the migration runs in one transaction).
  await sql.raw(addTime("time_entries as r", "+", postgres ? "greatest" : "max")).execute(db);
  await sql.raw(addInvoices("invoices as r", "+", postgres)).execute(db);
  await sql.raw(addRevenue("invoices as r", "+", postgres)).execute(db);
  await sql.raw(addSignals("signals as r", "+", postgres ? "greatest" : "max")).execute(db);
  await sql
    .raw(
      `create index invoices_open_health on invoices
         (workspace_id, client_id, status, issue_date, due_date, subtotal, total, balance, last_movement_on, id)
       where ${OPEN_INVOICE}`,
    )
    .execute(db);
  await sql
    .raw(
      `create index signals_warning_health on signals (workspace_id, client_id, occurred_on, severity, id)
       where ${WARNING_SIGNAL}`,
    )
    .execute(db);
  if (postgres) await createPostgresTriggers(db);
  else await createSqliteTriggers(db);
}

export async function down(db: Db): Promise<void> {
  if (isPostgres(db)) {
    for (const [table, fn] of [
      ["time_entries", "health_rollup_time"],
      ["invoices", "health_rollup_invoices"],
      ["signals", "health_rollup_signals"],
    ] as const) {
      for (const suffix of ["ins", "del", "upd"]) await sql.raw(`drop trigger ${fn}_${suffix} on ${table}`).execute(db);
      await sql.raw(`drop function ${fn}()`).execute(db);
    }
  } else {
    for (const table of ["time_entries", "invoices", "signals"]) {
      for (const event of ["insert", "delete", "update"]) {
        await sql.raw(`drop trigger health_rollup_${table}_${event}`).execute(db);
      }
    }
  }
  await db.schema.dropIndex("invoices_open_health").execute();
  await db.schema.dropIndex("signals_warning_health").execute();
  await db.schema.dropTable("workspace_revenue_months").execute();
  await db.schema.dropTable("client_health_rollup").execute();
}
