import type { Kysely, Selectable } from "kysely";
import type { Currency } from "../domain/money.ts";
import { checkPaymentInstructions } from "../domain/payment-instructions.ts";
import {
  DEFAULT_INVOICE_NUMBER_PATTERN,
  type Jurisdiction,
  type Locale,
  type Workspace,
  type WorkspaceValue,
} from "../domain/workspace.ts";
import type { Database, WorkspaceTable } from "./schema.ts";
import { readPaymentInstructions } from "./stored-aggregates.ts";

type WorkspaceRow = Selectable<WorkspaceTable>;

function toWorkspace(row: WorkspaceRow, values: WorkspaceValue[]): Workspace {
  return {
    id: row.id,
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
    jurisdiction: row.jurisdiction as Jurisdiction,
    currency: row.currency as Currency,
    locale: row.locale as Locale,
    taxIds: { gst: row.gst_number, qst: row.qst_number, siren: row.siren, vat: row.vat_number },
    targetHourlyRate: Number(row.target_hourly_rate),
    terms: {
      paymentDays: row.payment_days,
      lateInterestBp: row.late_interest_bp,
      noticeDays: row.notice_days,
      vatOnDebits: Number(row.vat_on_debits) === 1,
    },
    values,
    timeRoundingMinutes: row.time_rounding_minutes as Workspace["timeRoundingMinutes"],
    invoiceNumberPattern: row.invoice_number_pattern,
    ...(row.payment_instructions_json
      ? {
          paymentInstructions: checkPaymentInstructions(readPaymentInstructions(row.payment_instructions_json, row.id)),
        }
      : {}),
    createdAt: row.created_at,
  };
}

/** The row's columns a workspace's settings write; `require_two_factor` is its own setting (app/two-factor-policy.ts). */
function toRow(
  w: Workspace,
): Omit<WorkspaceRow, "audit_seq" | "audit_head" | "updated_at" | "health_settings_json" | "require_two_factor"> {
  const rounding = { time_rounding_minutes: w.timeRoundingMinutes };
  return {
    id: w.id,
    name: w.name,
    legal_name: w.legalName,
    address_line1: w.address.line1,
    address_line2: w.address.line2,
    city: w.address.city,
    region: w.address.region,
    postal_code: w.address.postalCode,
    country: w.address.country,
    jurisdiction: w.jurisdiction,
    currency: w.currency,
    locale: w.locale,
    gst_number: w.taxIds.gst,
    qst_number: w.taxIds.qst,
    siren: w.taxIds.siren,
    vat_number: w.taxIds.vat,
    target_hourly_rate: w.targetHourlyRate,
    payment_days: w.terms.paymentDays,
    late_interest_bp: w.terms.lateInterestBp,
    notice_days: w.terms.noticeDays,
    vat_on_debits: w.terms.vatOnDebits ? 1 : 0,
    payment_instructions_json: w.paymentInstructions ? JSON.stringify(w.paymentInstructions) : null,
    ...rounding,
    invoice_number_pattern: w.invoiceNumberPattern ?? DEFAULT_INVOICE_NUMBER_PATTERN,
    created_at: w.createdAt,
  };
}

export async function findWorkspace(db: Kysely<Database>, id: string): Promise<Workspace | undefined> {
  const [row, values] = await Promise.all([
    db.selectFrom("workspaces").selectAll().where("id", "=", id).executeTakeFirst(),
    db
      .selectFrom("workspace_values")
      .select(["id", "statement", "weight"])
      .where("workspace_id", "=", id)
      .orderBy("position")
      .execute(),
  ]);
  return row ? toWorkspace(row, values) : undefined;
}

export async function insertWorkspace(trx: Kysely<Database>, w: Workspace, at: string): Promise<void> {
  await trx
    .insertInto("workspaces")
    .values({ ...toRow(w), updated_at: at })
    .execute();
  await replaceWorkspaceValues(trx, w);
}

export async function updateWorkspaceRow(trx: Kysely<Database>, w: Workspace, at: string): Promise<void> {
  const { id: _id, created_at: _c, ...fields } = toRow(w);
  await trx
    .updateTable("workspaces")
    .set({ ...fields, updated_at: at })
    .where("id", "=", w.id)
    .execute();
  await replaceWorkspaceValues(trx, w);
}

async function replaceWorkspaceValues(trx: Kysely<Database>, w: Workspace): Promise<void> {
  await trx.deleteFrom("workspace_values").where("workspace_id", "=", w.id).execute();
  if (w.values.length === 0) return;
  await trx
    .insertInto("workspace_values")
    .values(
      w.values.map((v, position) => ({
        id: v.id,
        workspace_id: w.id,
        position,
        statement: v.statement,
        weight: v.weight,
      })),
    )
    .execute();
}
