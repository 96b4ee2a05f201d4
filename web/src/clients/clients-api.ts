/**
 * Calls of the client endpoints (`/api/v1/clients`) through the generated client, and the cache keys of clients: the
 * one place they are written (TanStack Query). A prefix invalidates everything under it: `clientKeys.all` every list.
 */
import { call, client, type operations, type Schema } from "../api/client.ts";

type ListQuery = NonNullable<operations["getClients"]["parameters"]["query"]>;
const path = (id: string) => ({ params: { path: { id } } });

export const clientKeys = {
  /** Every list of clients (each page, filter and picker). */
  all: ["clients"] as const,
  list: (filters: Record<string, unknown>) => ["clients", filters] as const,
  /** The clients a picker offers: the first ones by name, or those its search finds (`ClientPicker`). */
  picker: (q: string) => ["clients", "picker", q] as const,
  forBudget: ["clients", "for-budget"] as const,
  dashboardAll: ["clients", "dashboard-all"] as const,
  dashboardActive: ["clients", "dashboard-active"] as const,
  dashboardWarned: ["clients", "dashboard-warned"] as const,
  detailAll: ["client"] as const,
  /** A client by id (undefined while the id is not known yet: the query waits, `enabled: false`). */
  detail: (id: string | undefined) => ["client", id] as const,
  tags: ["client-tags"] as const,
};

export const clientsApi = {
  list: (query: ListQuery) => call(client.GET("/api/v1/clients", { params: { query } })),
  get: (id: string) => call(client.GET("/api/v1/clients/{id}", path(id))),
  create: (body: Schema<"CreateClient">) => call(client.POST("/api/v1/clients", { body })),
  update: (id: string, body: Schema<"UpdateClient">) =>
    call(client.PATCH("/api/v1/clients/{id}", { ...path(id), body })),
  tags: () => call(client.GET("/api/v1/clients/tags")),
  addSignal: (id: string, body: Schema<"AddSignal">) =>
    call(client.POST("/api/v1/clients/{id}/signals", { ...path(id), body })),
};
