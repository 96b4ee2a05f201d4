/**
 * The receivables page (aging + DSO) from indexes alone, whatever the history's length (decision 0014): a partial index
 * holding the open invoices only (issued or partially paid, something still due — the aging's rows and the DSO's
 * receivables), and one on the issue date holding what DSO reads of the period's invoices (their amounts, client and
 * state), so that neither read visits the table's rows and their JSON; and the clients' names by id, which the page
 * reads for every client it lists (thousands), from an index rather than from the clients' wide rows. Frozen once
 * shipped.
 */
import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

const DSO_COLUMNS = "client_id, currency, total, paid, credited, status, last_movement_on, id";

export async function up(db: Db): Promise<void> {
  await sql
    .raw(
      `create index invoices_open_receivables on invoices
         (workspace_id, client_id, due_date, balance, number, issue_date, ${DSO_COLUMNS})
       where status in ('issued', 'partially_paid') and balance > 0`,
    )
    .execute(db);
  await sql
    .raw(`create index invoices_ws_issue_amounts on invoices (workspace_id, issue_date, ${DSO_COLUMNS})`)
    .execute(db);
}

export async function down(db: Db): Promise<void> {
  await sql`drop index clients_ws_names`.execute(db);
  await sql`drop index invoices_ws_issue_amounts`.execute(db);
  await sql`drop index invoices_open_receivables`.execute(db);
}
