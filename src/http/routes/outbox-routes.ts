import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppContext } from "../../app/context.ts";
import { listOutbox } from "../../app/list-outbox.ts";
import { type HttpEnv, requireActor } from "../auth.ts";
import { jsonResponse, PageQuerySchema, problems } from "../schemas/common-schemas.ts";

const MessageSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    to: z.string(),
    subject: z.string(),
    body: z.string(),
    entity: z.string(),
    entityId: z.string(),
    status: z.enum(["pending", "sent", "failed", "kept"]),
    error: z.string().nullable(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
    attachments: z
      .array(z.object({ filename: z.string(), entity: z.string(), entityId: z.string() }))
      .optional()
      .openapi({ description: "documents attached (rendered when sent): the invoice's PDF…" }),
    messageKey: z
      .string()
      .optional()
      .openapi({ description: "unique per workspace: a message with this key is written once (automatic reminders)" }),
  })
  .openapi("OutboxMessage");

export function outboxRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(
    createRoute({
      method: "get",
      path: "/outbox",
      tags: ["Outbox"],
      summary: "Outgoing messages (sent, failed, or kept to copy when no SMTP server is configured)",
      request: { query: PageQuerySchema },
      responses: {
        200: jsonResponse(
          z.object({ items: z.array(MessageSchema), total: z.int(), page: z.int(), pageSize: z.int() }),
          "Messages",
        ),
        ...problems(400, 401),
      },
    }),
    async (c) => c.json(await listOutbox(ctx, requireActor(c), c.req.valid("query")), 200),
  );
  return app;
}
