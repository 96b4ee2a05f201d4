/**
 * The one migration set, for both engines. Names are ISO timestamps so they sort in creation order; a migration is
 * frozen once it has shipped. Listed statically (not read from disk) so the compiled build carries them.
 */
import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import * as foundation from "./migrations/2026-11-26T05-20-00-foundation.ts";
import * as offers from "./migrations/2026-11-26T05-40-00-offers.ts";
import * as scope from "./migrations/2026-11-26T06-00-00-scope.ts";
import * as clientOrder from "./migrations/2026-11-26T06-05-00-client-order.ts";
import * as invoices from "./migrations/2026-11-26T06-30-00-invoices.ts";
import * as decisions from "./migrations/2026-11-26T06-40-00-decisions.ts";
import * as invoiceLines from "./migrations/2026-12-06T15-00-00-invoice-lines.ts";
import * as mandateCosts from "./migrations/2026-12-06T15-10-00-mandate-costs.ts";
import * as formalNotices from "./migrations/2026-12-06T16-00-00-formal-notices.ts";
import * as vatOnDebits from "./migrations/2026-12-06T16-10-00-vat-on-debits.ts";
import * as invoiceSending from "./migrations/2026-12-06T17-00-00-invoice-sending.ts";
import * as mailbox from "./migrations/2026-12-06T19-00-00-mailbox.ts";
import * as accountSecurity from "./migrations/2026-12-06T19-30-00-account-security.ts";
import * as reminderSchedule from "./migrations/2026-12-06T19-40-00-reminder-schedule.ts";
import * as mailboxPolling from "./migrations/2026-12-06T21-10-00-mailbox-polling.ts";
import * as notifications from "./migrations/2026-12-06T21-20-00-notifications.ts";
import * as recurringInvoices from "./migrations/2026-12-06T21-30-00-recurring-invoices.ts";
import * as fastReads from "./migrations/2026-12-06T21-40-00-fast-reads.ts";
import * as clientSearchIndex from "./migrations/2026-12-06T21-40-30-client-search-index.ts";
import * as goodwillIndex from "./migrations/2026-12-06T21-40-45-goodwill-index.ts";
import * as requireTwoFactor from "./migrations/2026-12-06T21-50-00-require-two-factor.ts";
import * as notificationRetries from "./migrations/2026-12-06T22-50-00-notification-retries.ts";
import * as healthRollup from "./migrations/2026-12-07T01-00-00-health-rollup.ts";
import * as searchIndexes from "./migrations/2026-12-07T01-10-00-search-indexes.ts";
import * as taxLines from "./migrations/2026-12-07T01-10-30-tax-lines.ts";
import * as authGenerationTwoFactor from "./migrations/2026-12-07T01-20-00-auth-generation-two-factor.ts";
import * as healthGeneration from "./migrations/2026-12-07T03-00-00-health-generation.ts";
import * as receivablesGeneration from "./migrations/2026-12-07T03-05-00-receivables-generation.ts";
import * as healthChanges from "./migrations/2026-12-07T07-30-00-health-changes.ts";
import * as healthMarks from "./migrations/2026-12-07T07-40-00-health-marks.ts";
import * as receivablesMarks from "./migrations/2026-12-07T07-45-00-receivables-marks.ts";
import * as healthAuditHead from "./migrations/2026-12-07T10-00-00-health-audit-head.ts";
import * as searchOrderIndexes from "./migrations/2026-12-07T10-30-00-search-order-indexes.ts";
import * as receivableIndexes from "./migrations/2026-12-07T10-40-00-receivable-indexes.ts";
import * as clientSearchDocids from "./migrations/2026-12-07T11-00-00-client-search-docids.ts";
import * as receivablePages from "./migrations/2026-12-07T14-00-00-receivable-pages.ts";
import * as clientOrderNumbers from "./migrations/2026-12-07T22-00-00-client-order-numbers.ts";
import type { Database } from "./schema.ts";

const MIGRATIONS: Record<string, Migration> = {
  "2026-11-26T05-20-00-foundation": foundation,
  "2026-11-26T05-40-00-offers": offers,
  "2026-11-26T06-00-00-scope": scope,
  "2026-11-26T06-05-00-client-order": clientOrder,
  "2026-11-26T06-30-00-invoices": invoices,
  "2026-11-26T06-40-00-decisions": decisions,
  "2026-12-06T15-00-00-invoice-lines": invoiceLines,
  "2026-12-06T15-10-00-mandate-costs": mandateCosts,
  "2026-12-06T16-00-00-formal-notices": formalNotices,
  "2026-12-06T16-10-00-vat-on-debits": vatOnDebits,
  "2026-12-06T17-00-00-invoice-sending": invoiceSending,
  "2026-12-06T19-00-00-mailbox": mailbox,
  "2026-12-06T19-30-00-account-security": accountSecurity,
  "2026-12-06T19-40-00-reminder-schedule": reminderSchedule,
  "2026-12-06T21-10-00-mailbox-polling": mailboxPolling,
  "2026-12-06T21-20-00-notifications": notifications,
  "2026-12-06T21-50-00-require-two-factor": requireTwoFactor,
  "2026-12-06T21-30-00-recurring-invoices": recurringInvoices,
  "2026-12-06T21-40-00-fast-reads": fastReads,
  "2026-12-06T21-40-30-client-search-index": clientSearchIndex,
  "2026-12-06T21-40-45-goodwill-index": goodwillIndex,
  "2026-12-06T22-50-00-notification-retries": notificationRetries,
  "2026-12-07T01-00-00-health-rollup": healthRollup,
  "2026-12-07T01-10-00-search-indexes": searchIndexes,
  "2026-12-07T01-10-30-tax-lines": taxLines,
  "2026-12-07T01-20-00-auth-generation-two-factor": authGenerationTwoFactor,
  "2026-12-07T03-00-00-health-generation": healthGeneration,
  "2026-12-07T03-05-00-receivables-generation": receivablesGeneration,
  "2026-12-07T07-30-00-health-changes": healthChanges,
  "2026-12-07T07-40-00-health-marks": healthMarks,
  "2026-12-07T07-45-00-receivables-marks": receivablesMarks,
  "2026-12-07T10-00-00-health-audit-head": healthAuditHead,
  "2026-12-07T10-30-00-search-order-indexes": searchOrderIndexes,
  "2026-12-07T10-40-00-receivable-indexes": receivableIndexes,
  "2026-12-07T11-00-00-client-search-docids": clientSearchDocids,
  "2026-12-07T14-00-00-receivable-pages": receivablePages,
  "2026-12-07T22-00-00-client-order-numbers": clientOrderNumbers,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Brings the database to the latest schema; returns the names applied now. Throws on failure. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
