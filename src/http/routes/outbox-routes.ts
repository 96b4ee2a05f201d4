import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppContext } from "../../app/shared/context.ts";
import { listOutbox } from "../../app/shared/list-outbox.ts";
import { type HttpEnv, requireActor } from "../auth.ts";
import { jsonResponse, PageQuerySchema, problems } from "../schemas/common-schemas.ts";
import { OutboxMessageSchema } from "../schemas/outbox-schemas.ts";

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
          z.object({ items: z.array(OutboxMessageSchema), total: z.int(), page: z.int(), pageSize: z.int() }),
          "Messages",
        ),
        ...problems(400, 401),
      },
    }),
    async (c) => c.json(await listOutbox(ctx, requireActor(c), c.req.valid("query")), 200),
  );
  return app;
}
