/**
 * The money thread as the web reads it: one ledger per mandate and per client (`/api/v1/mandates/{id}/money`,
 * `/clients/{id}/money`) and the % complete a studio sets with a note (`PUT`/`DELETE /mandates/{id}/progress`).
 * The figures come from the server's one computation (src/domain/ledger); the web never recomputes them.
 * Invoiced, credited, earned and unbilled are before taxes; paid and outstanding are taxes included.
 */
import { call, client, type Schema } from "../api/client.ts";

export type ClientMoney = Schema<"ClientMoney">;
export type DashboardMoney = Schema<"DashboardMoney">;
export type MandateMoney = Schema<"MandateMoney">;
export type MoneyLedger = MandateMoney["ledger"];
export type WorkProgress = MandateMoney["progress"];

export const moneyApi = {
  mandate: (id: string) => call(client.GET("/api/v1/mandates/{id}/money", { params: { path: { id } } })),
  client: (id: string) => call(client.GET("/api/v1/clients/{id}/money", { params: { path: { id } } })),
  dashboard: () => call(client.GET("/api/v1/dashboard/money")),
  setProgress: (id: string, body: { percent: number; note: string }) =>
    call(client.PUT("/api/v1/mandates/{id}/progress", { params: { path: { id } }, body })),
  clearProgress: (id: string) => call(client.DELETE("/api/v1/mandates/{id}/progress", { params: { path: { id } } })),
  costs: (mandateId: string) =>
    call(client.GET("/api/v1/mandates/{id}/costs", { params: { path: { id: mandateId } } })),
  addCost: (mandateId: string, body: Schema<"RecordCost">) =>
    call(client.POST("/api/v1/mandates/{id}/costs", { params: { path: { id: mandateId } }, body })),
  removeCost: (id: string) => call(client.DELETE("/api/v1/costs/{id}", { params: { path: { id } } })),
};

/** The new-invoice page with a signed fixed price's progress or balance preselected. */
export function invoiceOfferHref(m: Pick<MandateMoney, "clientId" | "offerId">, target: "progress" | "balance") {
  return `/invoices/new?${new URLSearchParams({ clientId: m.clientId, offerId: m.offerId, target }).toString()}`;
}

/** The new-invoice page with a mandate's un-invoiced billable time preselected. */
export function invoiceTimeHref(m: Pick<MandateMoney, "clientId" | "mandateId">) {
  return `/invoices/new?${new URLSearchParams({ clientId: m.clientId, mandateId: m.mandateId }).toString()}`;
}
