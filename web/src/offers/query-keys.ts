/**
 * The cache keys of offers, mandates, the portal and the outbox: the one place they are written (TanStack Query).
 * A prefix invalidates everything under it: `offerKeys.all` every list of offers.
 */
export const offerKeys = {
  all: ["offers"] as const,
  list: (filters: Record<string, unknown>) => ["offers", filters] as const,
  detail: (id: string) => ["offer", id] as const,
  /** Every mandate's detail. */
  mandateAll: ["mandate"] as const,
  mandate: (id: string) => ["mandate", id] as const,
  mandatesAll: ["mandates"] as const,
  mandates: (filters: Record<string, unknown>) => ["mandates", filters] as const,
  outboxAll: ["outbox"] as const,
  outbox: (page: number) => ["outbox", page] as const,
  portalAll: ["portal"] as const,
  portal: (token: string) => ["portal", token] as const,
};
