/**
 * Calls of recurring invoices and retainers (`/api/v1/recurring-invoices`) through the generated client: templates,
 * their lifecycle, the invoices their periods produced, and a retainer's hours used this month. Shapes are the
 * document's; the enums come from src/domain.
 */
import { call, client, type Schema } from "../api/client.ts";

export type { RecurringMode, RecurringStatus } from "../../../src/domain/invoice/recurring-lifecycle.ts";
export { RECURRING_MODES } from "../../../src/domain/invoice/recurring-lifecycle.ts";
export type { RecurringFrequency } from "../../../src/domain/invoice/recurring-period.ts";
export { RECURRING_FREQUENCIES } from "../../../src/domain/invoice/recurring-period.ts";

export type RecurringInvoice = Schema<"RecurringInvoice">;
export type NewRecurringInvoice = Schema<"CreateRecurringInvoice">;
export type RecurringPatch = Schema<"PatchRecurringInvoice">;
export type RetainerUsage = Schema<"RetainerUsage">;

export const recurringApi = {
  list: (clientId: string) => call(client.GET("/api/v1/recurring-invoices", { params: { query: { clientId } } })),
  create: (body: NewRecurringInvoice) => call(client.POST("/api/v1/recurring-invoices", { body })),
  update: (id: string, body: RecurringPatch) =>
    call(client.PATCH("/api/v1/recurring-invoices/{id}", { params: { path: { id } }, body })),
  change: (id: string, action: "pause" | "resume" | "end") =>
    call(client.POST(`/api/v1/recurring-invoices/{id}/${action}`, { params: { path: { id } } })),
  usage: (id: string) =>
    call(client.GET("/api/v1/recurring-invoices/{id}/usage", { params: { path: { id }, query: {} } })),
};
