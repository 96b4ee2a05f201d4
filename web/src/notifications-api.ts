/** The member's notifications (the bell) and e-mail choices, as the API answers them. */
import type { NotificationKind, NotificationView } from "../../src/domain/notification.ts";
import { api, query } from "./api.ts";

export type { NotificationKind } from "../../src/domain/notification.ts";
export { NOTIFICATION_KINDS } from "../../src/domain/notification.ts";

export type StudioNotification = NotificationView;

export interface NotificationPage {
  items: StudioNotification[];
  total: number;
  unread: number;
  page: number;
  pageSize: number;
}

export interface NotificationPreferences {
  email: NotificationKind[];
  isDefault: boolean;
}

export const notificationKeys = {
  all: ["notifications"] as const,
  unread: ["notifications", "unread"] as const,
  list: (order: "unread" | "date", page: number, pageSize: number) =>
    ["notifications", "list", order, page, pageSize] as const,
  preferences: ["notifications", "preferences"] as const,
};

export const notificationsApi = {
  list: (order: "unread" | "date", page: number, pageSize: number) =>
    api<NotificationPage>("GET", `/notifications${query({ order, page, pageSize })}`),
  unread: () => api<{ unread: number }>("GET", "/notifications/unread-count"),
  markRead: (notificationIds: string[]) =>
    api<{ marked: number; unread: number }>("POST", "/notifications/read", { notificationIds }),
  markAllRead: () => api<{ marked: number; unread: number }>("POST", "/notifications/read", { all: true }),
  preferences: () => api<NotificationPreferences>("GET", "/me/notification-preferences"),
  savePreferences: (email: NotificationKind[]) =>
    api<NotificationPreferences>("PUT", "/me/notification-preferences", { email }),
};
