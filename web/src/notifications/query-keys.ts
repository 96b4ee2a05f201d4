/** The cache keys of the member's notifications: the one place they are written (TanStack Query). */
export const notificationKeys = {
  all: ["notifications"] as const,
  unread: ["notifications", "unread"] as const,
  list: (order: "unread" | "date", page: number, pageSize: number) =>
    ["notifications", "list", order, page, pageSize] as const,
  preferences: ["notifications", "preferences"] as const,
};
