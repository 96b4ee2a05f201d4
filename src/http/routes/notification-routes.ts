/** The signed-in member's notifications (the bell) and the kinds they receive by e-mail. */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import {
  getNotificationPreferences,
  listNotifications,
  markNotificationsRead,
  setNotificationPreferences,
  unreadNotificationCount,
} from "../../app/notifications/notifications.ts";
import type { AppContext } from "../../app/shared/context.ts";
import { NOTIFICATION_ENTITIES, NOTIFICATION_KINDS } from "../../domain/notification.ts";
import { type HttpEnv, requireActor } from "../auth.ts";
import { IdSchema, jsonBody, jsonResponse, PageQuerySchema, problems } from "../schemas/common-schemas.ts";

const tags = ["Notifications"];

const NotificationKindSchema = z.enum(NOTIFICATION_KINDS).openapi("NotificationKind", {
  description:
    "offer_viewed (first opening in the portal), offer_signed, offer_declined, change_order_approved, " +
    "change_order_rejected, invoice_opened (first opening in the portal), invoice_overdue, invoice_paid (in full), " +
    "list_received (a client's list imported from the mailbox), client_health (crossed the warning threshold)",
});

const NotificationSchema = z
  .object({
    id: z.string(),
    kind: NotificationKindSchema,
    entity: z.enum(NOTIFICATION_ENTITIES).openapi({ description: "the kind of record it is about" }),
    entityId: z.string(),
    path: z.string().openapi({ description: "where the record is in the app, e.g. /invoices/{id}" }),
    reference: z
      .string()
      .openapi({ description: "the record's number (a list: the day received; a client: its name)" }),
    clientName: z.string(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
    emailed: z.boolean().openapi({ description: "an e-mail went (or is going) to the member about it" }),
  })
  .openapi("Notification");

const NotificationPageSchema = z
  .object({
    items: z.array(NotificationSchema),
    total: z.int(),
    unread: z.int(),
    page: z.int(),
    pageSize: z.int(),
  })
  .openapi("NotificationPage");

const UnreadSchema = z.object({ unread: z.int() }).openapi("NotificationUnreadCount");

const MarkReadSchema = z
  .union([
    z.strictObject({ notificationIds: z.array(IdSchema).min(1).max(200) }),
    z.strictObject({ all: z.literal(true) }),
  ])
  .openapi("NotificationMarkRead", { description: 'the notifications to mark read, or `{ "all": true }`' });

const PreferencesSchema = z
  .object({
    email: z.array(NotificationKindSchema).openapi({ description: "the kinds received by e-mail" }),
    isDefault: z.boolean().openapi({ description: "true until the member chooses (the default choice is shown)" }),
  })
  .openapi("NotificationPreferences");

const PreferencesInputSchema = z
  .strictObject({ email: z.array(NotificationKindSchema).max(NOTIFICATION_KINDS.length * 2) })
  .openapi("NotificationPreferencesInput");

export function notificationRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(
    createRoute({
      method: "get",
      path: "/notifications",
      tags,
      summary: "The member's notifications, unread first (or newest first with order=date)",
      request: {
        query: PageQuerySchema.extend({
          order: z.enum(["unread", "date"]).default("unread").openapi({ description: "unread first, or by date" }),
        }),
      },
      responses: { 200: jsonResponse(NotificationPageSchema, "Notifications"), ...problems(400, 401) },
    }),
    async (c) => c.json(await listNotifications(ctx, requireActor(c), c.req.valid("query")), 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/notifications/unread-count",
      tags,
      summary: "How many of the member's notifications are unread (the bell)",
      responses: { 200: jsonResponse(UnreadSchema, "Unread count"), ...problems(401) },
    }),
    async (c) => c.json(await unreadNotificationCount(ctx, requireActor(c)), 200),
  );
  app.openapi(
    createRoute({
      method: "post",
      path: "/notifications/read",
      tags,
      summary: "Mark some of the member's notifications read, or all of them",
      request: jsonBody(MarkReadSchema),
      responses: {
        200: jsonResponse(z.object({ marked: z.int(), unread: z.int() }).openapi("NotificationsMarked"), "Marked"),
        ...problems(400, 401, 404),
      },
    }),
    async (c) => c.json(await markNotificationsRead(ctx, requireActor(c), c.req.valid("json")), 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/me/notification-preferences",
      tags,
      summary: "The kinds of notification the member receives by e-mail",
      responses: { 200: jsonResponse(PreferencesSchema, "Preferences"), ...problems(401) },
    }),
    async (c) => c.json(await getNotificationPreferences(ctx, requireActor(c)), 200),
  );
  app.openapi(
    createRoute({
      method: "put",
      path: "/me/notification-preferences",
      tags,
      summary: "Choose the kinds of notification received by e-mail (every kind stays in the app)",
      request: jsonBody(PreferencesInputSchema),
      responses: { 200: jsonResponse(PreferencesSchema, "Saved"), ...problems(400, 401) },
    }),
    async (c) => c.json(await setNotificationPreferences(ctx, requireActor(c), c.req.valid("json")), 200),
  );
  return app;
}
