/**
 * Row types of every table, as Kysely sees them. Conventions that hold on both engines:
 * ids are text (UUIDv7), instants are ISO-8601 UTC text (`2026-11-26T05:00:00.000Z`), calendar dates `YYYY-MM-DD`,
 * money is integer minor units (bigint), booleans are integers 0/1, and free-form JSON is text.
 */
import type { Generated } from "kysely";

export interface InstanceTable {
  key: string;
  value: string;
}

export interface WorkspaceTable {
  id: string;
  name: string;
  legal_name: string;
  address_line1: string;
  address_line2: string;
  city: string;
  region: string;
  postal_code: string;
  country: string;
  jurisdiction: string;
  currency: string;
  locale: string;
  gst_number: string | null;
  qst_number: string | null;
  siren: string | null;
  vat_number: string | null;
  target_hourly_rate: number;
  payment_days: number;
  late_interest_bp: number;
  notice_days: number;
  audit_seq: Generated<number>;
  time_rounding_minutes: Generated<number>;
  invoice_number_pattern: Generated<string>;
  /** France: VAT on debits opted for (0/1). */
  vat_on_debits: Generated<number>;
  /** How clients pay (domain `PaymentInstructions`), JSON; null: none set. */
  payment_instructions_json: string | null;
  health_settings_json: string | null;
  /** Every member must have a second factor (0/1); one without is limited to setting it up. */
  require_two_factor: Generated<number>;
  audit_head: string | null;
  created_at: string;
  updated_at: string;
}

export interface WorkspaceValueTable {
  id: string;
  workspace_id: string;
  position: number;
  statement: string;
  weight: number;
}

export interface UserTable {
  id: string;
  email: string;
  password_hash: string;
  name: string;
  locale: string;
  created_at: string;
  /** The TOTP secret once the second factor is on, encrypted (app/secret-box.ts); null: off. */
  totp_secret_enc: string | null;
  /** A secret being set up, until its first code confirms it. */
  totp_pending_enc: string | null;
  totp_enabled_at: string | null;
  /** The last TOTP time step accepted: a code is used once. */
  totp_last_step: number | string | null;
}

/** Single-use second-factor recovery codes, stored as keyed hashes. */
export interface RecoveryCodeTable {
  id: string;
  user_id: string;
  code_hash: string;
  created_at: string;
  used_at: string | null;
}

/** Password reset links: `id` is the HMAC of the token sent by e-mail; single use, short-lived. */
export interface PasswordResetTable {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface MemberTable {
  id: string;
  workspace_id: string;
  user_id: string | null;
  email: string;
  name: string;
  role: string;
  status: string;
  weekly_capacity_minutes: number;
  cost_rate: number;
  billable_rate: number;
  created_at: string;
  updated_at: string;
}

export interface InviteTable {
  id: string;
  workspace_id: string;
  member_id: string;
  token_hash: string;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

export interface SessionTable {
  id: string; // HMAC of the cookie token
  user_id: string;
  member_id: string;
  workspace_id: string;
  csrf_token: string;
  ip: string | null;
  user_agent: string | null;
  created_at: string;
  expires_at: string;
  /** What the person sees and revokes by (never the cookie's hash). */
  public_id: string | null;
  last_seen_at: string | null;
}

export interface ApiTokenTable {
  id: string;
  workspace_id: string;
  member_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface LoginAttemptTable {
  id: string;
  key: string;
  at: string;
}

export interface ClientTable {
  id: string;
  workspace_id: string;
  kind: string;
  name: string;
  legal_name: string;
  address_line1: string;
  address_line2: string;
  city: string;
  region: string;
  postal_code: string;
  country: string;
  language: string;
  is_consumer: number;
  status: string;
  do_not_reengage: number;
  /** 1: the scheduler sends this client no reminder (those that come due meanwhile are skipped). */
  reminders_paused: Generated<number>;
  search_text: string;
  sort_name: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface ClientTagTable {
  workspace_id: string;
  client_id: string;
  tag: string;
}

export interface ClientContactTable {
  id: string;
  workspace_id: string;
  client_id: string;
  position: number;
  name: string;
  email: string;
  phone: string;
  role: string;
}

export interface EndClientTable {
  id: string;
  workspace_id: string;
  client_id: string;
  position: number;
  name: string;
}

export interface SignalTable {
  id: string;
  workspace_id: string;
  client_id: string;
  kind: string;
  severity: number;
  source: string;
  occurred_on: string;
  text: string;
  author_member_id: string | null;
  created_at: string;
}

export interface AuditEventTable {
  id: string;
  workspace_id: string;
  seq: number;
  at: string;
  actor_member_id: string | null;
  action: string;
  entity: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
}

export interface CounterTable {
  workspace_id: string;
  key: string;
  value: number;
}

export interface OfferTable {
  id: string;
  workspace_id: string;
  client_id: string;
  number: string;
  version: number;
  status: string;
  title: string;
  currency: string;
  total: number;
  state_json: string;
  document_text: string | null;
  sha256: string | null;
  sent_at: string | null;
  signed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface OfferEstimateTable {
  workspace_id: string;
  offer_id: string;
  member_id: string;
  deliverable_id: string;
  optimistic_centi: number;
  likely_centi: number;
  pessimistic_centi: number;
  updated_at: string;
}

export interface PortalLinkTable {
  id: string;
  workspace_id: string;
  kind: string;
  target_id: string;
  token_hash: string;
  expires_at: string;
  revoked_at: string | null;
  created_at: string;
  /** When the client first opened the link (invoices); null: never. */
  first_opened_at: string | null;
}

export interface MandateTable {
  id: string;
  workspace_id: string;
  client_id: string;
  offer_id: string;
  status: string;
  title: string;
  state_json: string;
  created_at: string;
  updated_at: string;
}

export interface OutboxTable {
  id: string;
  workspace_id: string;
  kind: string;
  to_address: string;
  subject: string;
  body_text: string;
  entity: string;
  entity_id: string;
  status: string;
  error: string | null;
  created_at: string;
  sent_at: string | null;
  /** The documents attached (`[{ filename, entity, entityId }]`), JSON; null: none. */
  attachments_json: string | null;
  /** Unique per workspace when set: the message is written once (automatic reminders: `reminder:<invoice>:<step>`). */
  message_key: Generated<string | null>;
}

export interface RoundTable {
  id: string;
  workspace_id: string;
  mandate_id: string;
  client_id: string;
  received_on: string;
  text: string;
  reply_json: string | null;
  created_by: string | null;
  created_at: string;
}

export interface ClaimTable {
  id: string;
  workspace_id: string;
  round_id: string;
  mandate_id: string;
  client_id: string;
  position: number;
  triage: string | null;
  change_order_id: string | null;
  state_json: string;
  created_at: string;
  updated_at: string;
}

export interface ChangeOrderTable {
  id: string;
  workspace_id: string;
  mandate_id: string;
  offer_id: string;
  client_id: string;
  number: string;
  status: string;
  total: number;
  state_json: string;
  document_text: string | null;
  sha256: string | null;
  created_at: string;
  updated_at: string;
}

export interface TimeEntryTable {
  id: string;
  workspace_id: string;
  member_id: string;
  client_id: string | null;
  mandate_id: string | null;
  claim_id: string | null;
  date: string;
  minutes: number;
  recorded_minutes: number;
  category: string;
  billable_rate: number;
  note: string;
  invoice_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface TimerTable {
  member_id: string;
  id: string;
  workspace_id: string;
  mandate_id: string | null;
  claim_id: string | null;
  category: string;
  note: string;
  started_at: string;
}

export interface GoodwillBudgetTable {
  workspace_id: string;
  scope: string;
  scope_id: string;
  minutes: number;
  updated_at: string;
}

export interface InvoiceTable {
  id: string;
  workspace_id: string;
  client_id: string;
  status: string;
  number: string | null;
  currency: string;
  issue_date: string | null;
  due_date: string | null;
  tax_date: string | null;
  subtotal: number;
  tax_total: number;
  total: number;
  paid: number;
  credited: number;
  balance: number;
  last_movement_on: string | null;
  version: number;
  state_json: string;
  details_json: string;
  created_at: string;
  updated_at: string;
}

export interface InvoiceSourceTable {
  workspace_id: string;
  kind: string;
  source_id: string;
  invoice_id: string;
  created_at: string;
}

export interface InvoiceLineTable {
  workspace_id: string;
  invoice_id: string;
  position: number;
  client_id: string;
  mandate_id: string | null;
  offer_id: string | null;
  kind: string;
  source_id: string | null;
  amount: number;
  credited: number;
}

export interface MandateCostTable {
  id: string;
  workspace_id: string;
  client_id: string;
  mandate_id: string;
  date: string;
  description: string;
  amount: number;
  taxable: number;
  member_id: string;
  created_at: string;
}

export interface PaymentTable {
  id: string;
  workspace_id: string;
  invoice_id: string;
  client_id: string;
  date: string;
  amount: number;
  currency: string;
  method: string;
  reference: string;
  created_at: string;
}

export interface CreditNoteTable {
  id: string;
  workspace_id: string;
  invoice_id: string;
  client_id: string;
  number: string;
  date: string;
  reason: string;
  currency: string;
  subtotal: number;
  tax_total: number;
  total: number;
  totals_json: string;
  created_at: string;
}

export interface ClientCreditTable {
  id: string;
  workspace_id: string;
  client_id: string;
  invoice_id: string | null;
  kind: string;
  date: string;
  amount: number;
  currency: string;
  created_at: string;
}

export interface InvoiceReminderTable {
  id: string;
  workspace_id: string;
  invoice_id: string;
  date: string;
  offset_days: number;
  tone: string;
  outbox_id: string;
  created_at: string;
}

export interface ValueRatingTable {
  workspace_id: string;
  client_id: string;
  value_id: string;
  member_id: string;
  rating: number;
  updated_at: string;
}

export interface ClientHealthTable {
  client_id: string;
  workspace_id: string;
  score: number | null;
  level: string;
  computed_at: string;
}

/** Per client, what the dashboard's health reads, summed and kept true by triggers (migration health-rollup). */
export interface ClientHealthRollupTable {
  client_id: string;
  workspace_id: string;
  time_minutes: Generated<number>;
  goodwill_minutes: Generated<number>;
  goodwill_value: Generated<number>;
  /** The latest entry's date (an upper bound once entries are deleted); `''` or null without any. */
  time_last_date: string | null;
  settled_invoices: Generated<number>;
  due_invoices: Generated<number>;
  due_total: Generated<number>;
  late_weighted: Generated<number>;
  paid_late_invoices: Generated<number>;
  settled_subtotal: Generated<number>;
  settled_last_date: string | null;
  signals: Generated<number>;
  praise_signals: Generated<number>;
  signal_last_date: string | null;
}

/**
 * SQLite only: per workspace and client (`*`: every client of the workspace), the health generation of the last write
 * that touched what its health reads (migration health-changes, decision 0014).
 */
export interface HealthChangeTable {
  workspace_id: string;
  client_id: string;
  generation: number;
}

/**
 * PostgreSQL only, append-only: per write statement, the workspace and client it touched (`*`: every client of the
 * workspace) with the writer's transaction id (migration health-marks, decision 0014); pruned by the scheduler.
 */
export interface HealthMarkTable {
  workspace_id: string;
  client_id: string;
  xid: number;
  at: Generated<string>;
}

/** PostgreSQL only, append-only: per write statement, the workspace whose receivables it touched (receivables-marks). */
export interface ReceivablesMarkTable {
  workspace_id: string;
  xid: number;
  at: Generated<string>;
}

/** The studio's pre-tax invoiced revenue per month of issue, kept true by triggers (migration health-rollup). */
export interface WorkspaceRevenueMonthTable {
  workspace_id: string;
  month: string;
  subtotal: Generated<number>;
  invoices: Generated<number>;
}

export interface DecisionTable {
  id: string;
  workspace_id: string;
  client_id: string;
  status: string;
  verdict: string | null;
  state_json: string;
  created_at: string;
  updated_at: string;
}

export interface ExitTable {
  id: string;
  workspace_id: string;
  client_id: string;
  decision_id: string | null;
  status: string;
  state_json: string;
  letter_json: string | null;
  created_at: string;
  updated_at: string;
}

export interface FormalNoticeTable {
  id: string;
  workspace_id: string;
  client_id: string;
  exit_id: string | null;
  sent_on: string;
  cure_days: number;
  method: string;
  state_json: string;
  created_at: string;
}

/** A workspace's IMAP account; the password is encrypted (app/mail-import-credentials.ts), never stored in clear. */
export interface MailboxTable {
  workspace_id: string;
  host: string;
  port: number;
  /** `tls` (implicit, port 993), `starttls`, or `none` (loopback hosts only). */
  security: string;
  username: string;
  password_enc: string;
  folder: string;
  updated_by: string;
  updated_at: string;
  /** When the scheduler next polls it (claimed by a conditional update); null: at the next tick. */
  poll_due_at: string | null;
  /** The folder's UIDVALIDITY when `poll_last_uid` was read; another value restarts the cursor. */
  poll_uidvalidity: string | null;
  poll_last_uid: Generated<number>;
  polled_at: string | null;
  /** Why the last poll failed (refused login, server down), cleared by a poll that succeeds. */
  last_error: string | null;
  last_error_at: string | null;
}

/**
 * A message the server received by polling the mailbox, kept once as received (`message_key` unique: Message-ID, else
 * `sha256:` of the source, else `imap:<folder>:<uidvalidity>:<uid>`); `problem` says why it cannot become a list.
 */
export interface MailMessageTable {
  id: string;
  workspace_id: string;
  message_key: string;
  folder: string;
  uidvalidity: string;
  uid: number;
  message_id: string | null;
  subject: string;
  sender: string;
  sender_address: string;
  sent_at: string | null;
  received_on: string;
  size: number;
  text: string;
  /** `[{ filename, contentType, size }]`. */
  attachments_json: string;
  /** The message exactly as received (RFC 5322, base64), unless it was too large to download. */
  source_base64: string | null;
  /** `no_text`, `too_large`, `broken_mime`, `no_claims`; null when it reads as a list. */
  problem: string | null;
  problem_detail: string | null;
  client_id: string | null;
  /** `address` or `domain`. */
  client_match: string | null;
  created_at: string;
}

/** One message imported from the mailbox as a round; `message_key` (Message-ID, else `sha256:` of the source) is unique. */
export interface MailImportTable {
  id: string;
  workspace_id: string;
  message_key: string;
  round_id: string;
  mandate_id: string;
  folder: string;
  uid: number;
  subject: string;
  sender: string;
  sent_at: string | null;
  /** `[{ filename, contentType, size }]`. */
  attachments_json: string;
  created_by: string;
  created_at: string;
}

/** One automatic reminder of an invoice (unique per invoice and step), claimed by one scheduler at a time. */
export interface ReminderScheduleTable {
  id: string;
  workspace_id: string;
  invoice_id: string;
  step: string;
  due_on: string;
  /** planned | queued | sending | sent | kept | failed | skipped | stopped | proposed */
  status: string;
  attempts: Generated<number>;
  next_attempt_at: string | null;
  last_attempt_at: string | null;
  last_error: string | null;
  outbox_id: string | null;
  sent_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A recurring invoice's template (and a retainer's, with its hours and rate); `status`: active | paused | ended. */
export interface RecurringInvoiceTable {
  id: string;
  workspace_id: string;
  client_id: string;
  mandate_id: string | null;
  name: string;
  /** weekly | monthly | quarterly | yearly */
  frequency: string;
  anchor_date: string;
  end_date: string | null;
  /** draft | issue_and_send */
  mode: string;
  status: string;
  currency: string;
  /** `{ lines, paymentDays?, reference?, contactIds? }` (the draft's input). */
  template_json: string;
  retainer_minutes: number | null;
  retainer_rate: number | null;
  /** The next period to invoice and its first day (null: no period left). */
  next_index: Generated<number>;
  next_run_on: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/**
 * One period of a recurring invoice, made once (unique per template and period);
 * `status`: draft | to_send | sent | kept | send_failed | failed.
 */
export interface RecurringInvoiceRunTable {
  id: string;
  workspace_id: string;
  template_id: string;
  period_index: number;
  period_start: string;
  period_end: string;
  invoice_id: string | null;
  status: string;
  error: string | null;
  outbox_id: string | null;
  created_at: string;
  updated_at: string;
}

/** One notification of one member, unique per event and member; `email_status`: none|pending|sending|sent|failed|kept. */
export interface NotificationTable {
  id: string;
  workspace_id: string;
  member_id: string;
  kind: string;
  event_key: string;
  entity: string;
  entity_id: string;
  /** `{ reference, clientName }` as it was when notified. */
  subject_json: string;
  email_status: string;
  outbox_id: string | null;
  created_at: string;
  read_at: string | null;
  /** Deliveries begun; after a transient SMTP failure the next may begin at `email_next_attempt_at`. */
  email_attempts: Generated<number>;
  email_next_attempt_at: string | null;
  /** When the last delivery began: a row `sending` for longer than the lease is taken back. */
  email_last_attempt_at: string | null;
  email_error: string | null;
}

/** The notification kinds a member receives by e-mail (JSON array); no row: the defaults. */
export interface NotificationPreferenceTable {
  member_id: string;
  workspace_id: string;
  email_kinds_json: string;
  updated_at: string;
}

/** The last health level the scheduler saw for a client, and how many times it crossed the threshold. */
export interface NotificationHealthLevelTable {
  client_id: string;
  workspace_id: string;
  level: string;
  crossings: Generated<number>;
  updated_at: string;
}

export interface Database {
  instance: InstanceTable;
  workspaces: WorkspaceTable;
  workspace_values: WorkspaceValueTable;
  users: UserTable;
  members: MemberTable;
  invites: InviteTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  login_attempts: LoginAttemptTable;
  recovery_codes: RecoveryCodeTable;
  password_resets: PasswordResetTable;
  clients: ClientTable;
  client_tags: ClientTagTable;
  client_contacts: ClientContactTable;
  end_clients: EndClientTable;
  signals: SignalTable;
  audit_events: AuditEventTable;
  counters: CounterTable;
  offers: OfferTable;
  offer_estimates: OfferEstimateTable;
  portal_links: PortalLinkTable;
  mandates: MandateTable;
  outbox: OutboxTable;
  rounds: RoundTable;
  claims: ClaimTable;
  change_orders: ChangeOrderTable;
  time_entries: TimeEntryTable;
  timers: TimerTable;
  goodwill_budgets: GoodwillBudgetTable;
  invoices: InvoiceTable;
  invoice_sources: InvoiceSourceTable;
  invoice_lines: InvoiceLineTable;
  mandate_costs: MandateCostTable;
  payments: PaymentTable;
  credit_notes: CreditNoteTable;
  client_credits: ClientCreditTable;
  invoice_reminders: InvoiceReminderTable;
  reminder_schedule: ReminderScheduleTable;
  recurring_invoices: RecurringInvoiceTable;
  recurring_invoice_runs: RecurringInvoiceRunTable;
  value_ratings: ValueRatingTable;
  decisions: DecisionTable;
  client_health: ClientHealthTable;
  client_health_rollup: ClientHealthRollupTable;
  health_changes: HealthChangeTable;
  health_marks: HealthMarkTable;
  receivables_marks: ReceivablesMarkTable;
  workspace_revenue_months: WorkspaceRevenueMonthTable;
  exits: ExitTable;
  formal_notices: FormalNoticeTable;
  mailboxes: MailboxTable;
  mail_imports: MailImportTable;
  mail_messages: MailMessageTable;
  notifications: NotificationTable;
  notification_preferences: NotificationPreferenceTable;
  notification_health_levels: NotificationHealthLevelTable;
}
