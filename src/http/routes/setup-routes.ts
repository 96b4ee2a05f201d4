import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppContext } from "../../app/shared/context.ts";
import { SETUP_STEPS, setupStatus } from "../../app/workspace/setup-status.ts";
import { type HttpEnv, requireActor } from "../auth.ts";
import { jsonResponse, problems } from "../schemas/common-schemas.ts";

const count = z.int().min(0);

const SetupStatusSchema = z
  .object({
    steps: z.array(z.object({ id: z.enum(SETUP_STEPS), done: z.boolean() })).openapi({
      description:
        "the first-run guide, in order: identity (legal name, address, a tax number), team (each active member's " +
        "billable rate and weekly capacity), values, payment (payment instructions), email (SMTP configured); " +
        "each done when the records hold it",
    }),
    today: z.string().openapi({ description: "the studio's today (YYYY-MM-DD, its time zone)" }),
    todo: z.object({
      overdueInvoices: count,
      draftInvoices: count,
      offersAwaitingSignature: count,
      changeOrdersAwaitingApproval: count,
      untriagedClaims: count,
    }),
  })
  .openapi("SetupStatus");

export function setupRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(
    createRoute({
      method: "get",
      path: "/setup",
      tags: ["Workspace"],
      summary: "The first-run guide's steps, each done or not from the records, and what needs an action today",
      responses: { 200: jsonResponse(SetupStatusSchema, "Setup and today"), ...problems(401) },
    }),
    async (c) => c.json(await setupStatus(ctx, requireActor(c)), 200),
  );
  return app;
}
