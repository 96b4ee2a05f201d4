/** The member's notifications (the bell) and e-mail choices, called through the generated client. */
import { call, client, type Schema } from "../api/client.ts";

export type { NotificationKind } from "../../../src/domain/notification.ts";
export { NOTIFICATION_KINDS } from "../../../src/domain/notification.ts";

export type StudioNotification = Schema<"Notification">;
export type NotificationPage = Schema<"NotificationPage">;
export type NotificationPreferences = Schema<"NotificationPreferences">;

export const notificationsApi = {
  list: (order: "unread" | "date", page: number, pageSize: number) =>
    call(client.GET("/api/v1/notifications", { params: { query: { order, page, pageSize } } })),
  unread: () => call(client.GET("/api/v1/notifications/unread-count")),
  markRead: (notificationIds: string[]) =>
    call(client.POST("/api/v1/notifications/read", { body: { notificationIds } })),
  markAllRead: () => call(client.POST("/api/v1/notifications/read", { body: { all: true } })),
  preferences: () => call(client.GET("/api/v1/me/notification-preferences")),
  savePreferences: (email: Schema<"NotificationKind">[]) =>
    call(client.PUT("/api/v1/me/notification-preferences", { body: { email } })),
};
