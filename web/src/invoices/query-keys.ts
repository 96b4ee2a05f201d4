/**
 * The cache keys of invoicing: invoices, their sources, reminders and interest, receivables and the tax report, the
 * money ledgers computed from them, and recurring invoices — the one place they are written (TanStack Query).
 */
export const invoiceKeys = {
  all: ["invoices"] as const,
  list: (filters: Record<string, unknown>) => ["invoices", "list", filters] as const,
  detail: (id: string) => ["invoices", "detail", id] as const,
  sources: (clientId: string) => ["invoices", "sources", clientId] as const,
  remindersAll: ["invoices", "reminders"] as const,
  reminders: (id: string) => ["invoices", "reminders", id] as const,
  interest: (id: string) => ["invoices", "interest", id] as const,
  receivablesAll: ["invoices", "receivables"] as const,
  receivables: (filters: Record<string, unknown>) => ["invoices", "receivables", filters] as const,
  taxReport: (from: string, to: string) => ["invoices", "tax-report", from, to] as const,
};

/**
 * Under the invoices' key: every invoice change (draft, issue, payment, credit note, write-off) already invalidates
 * `invoiceKeys.all`, and so refreshes the ledgers that are computed from those invoices.
 */
export const moneyKeys = {
  all: [...invoiceKeys.all, "money"] as const,
  mandate: (id: string) => [...invoiceKeys.all, "money", "mandate", id] as const,
  client: (id: string) => [...invoiceKeys.all, "money", "client", id] as const,
  dashboard: [...invoiceKeys.all, "money", "dashboard"] as const,
};

/** What a change to a mandate's work (a tick, a delivery, a % complete) makes stale: ledgers and invoice sources. */
export const workChangedKeys = [moneyKeys.all, [...invoiceKeys.all, "sources"]] as const;

export const recurringKeys = {
  all: ["recurring"] as const,
  list: (clientId: string) => ["recurring", "list", clientId] as const,
  usage: (id: string) => ["recurring", "usage", id] as const,
};

/** The cost lines recorded on a mandate, under the ledgers (an invoice that bills a cost refreshes them). */
export const costKeys = { mandate: (id: string) => [...invoiceKeys.all, "money", "costs", id] as const };
