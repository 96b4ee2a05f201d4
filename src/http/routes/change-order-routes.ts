import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import {
  createChangeOrder,
  getChangeOrder,
  listChangeOrders,
  sendChangeOrder,
  withdrawChangeOrderById,
} from "../../app/change-orders.ts";
import type { AppContext } from "../../app/context.ts";
import { renderChangeOrder } from "../../app/render-change-order.ts";
import { type HttpEnv, requireActor } from "../auth.ts";
import { fileContent, fileResponse } from "../file-response.ts";
import {
  IdParamsSchema,
  IdSchema,
  jsonBody,
  jsonResponse,
  MinorUnitsSchema,
  problems,
  RequiredText,
} from "../schemas/common-schemas.ts";

const CreateSchema = z
  .strictObject({
    claimIds: z.array(IdSchema).min(1).max(200).openapi({ description: "claims triaged change_order, in item order" }),
    title: RequiredText(200),
    reason: RequiredText(5_000),
    requester: RequiredText(200),
    hourlyRate: MinorUnitsSchema.optional().openapi({
      description: "minor units per hour; default: the workspace's target rate",
    }),
  })
  .openapi("CreateChangeOrder");

const ChangeOrderSchema = z
  .object({
    id: z.string(),
    mandateId: z.string(),
    offerId: z.string(),
    number: z.string(),
    status: z.enum(["draft", "sent", "approved", "rejected", "withdrawn"]),
    content: z.object({ title: z.string(), items: z.array(z.unknown()) }).passthrough(),
    createdAt: z.string(),
  })
  .passthrough()
  .openapi("ChangeOrder");

export function changeOrderRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<HttpEnv>();
  const tags = ["Change orders"];

  app.openapi(
    createRoute({
      method: "post",
      path: "/mandates/{id}/change-orders",
      tags,
      summary: "Build a change order from claims triaged as change_order: price, hours, proposed new delivery date",
      request: { params: IdParamsSchema, ...jsonBody(CreateSchema) },
      responses: { 201: jsonResponse(ChangeOrderSchema, "Draft change order"), ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        (await createChangeOrder(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json"))) as never,
        201,
      ),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/mandates/{id}/change-orders",
      tags,
      summary: "The mandate's change log, oldest first",
      request: { params: IdParamsSchema },
      responses: {
        200: jsonResponse(z.object({ items: z.array(ChangeOrderSchema) }), "Change orders"),
        ...problems(401, 404),
      },
    }),
    async (c) => c.json({ items: await listChangeOrders(ctx, requireActor(c), c.req.valid("param").id) } as never, 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/change-orders/{id}",
      tags,
      summary: "A change order",
      request: { params: IdParamsSchema },
      responses: { 200: jsonResponse(ChangeOrderSchema, "Change order"), ...problems(401, 404) },
    }),
    async (c) => c.json((await getChangeOrder(ctx, requireActor(c), c.req.valid("param").id)) as never, 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/change-orders/{id}/send",
      tags,
      summary: "Freeze the change order and send the client a portal link to approve or reject it",
      request: { params: IdParamsSchema },
      responses: {
        200: jsonResponse(
          z.object({ changeOrder: ChangeOrderSchema, portalUrl: z.string(), message: z.unknown() }),
          "Sent",
        ),
        ...problems(401, 403, 404, 409),
      },
    }),
    async (c) => c.json((await sendChangeOrder(ctx, requireActor(c), c.req.valid("param").id)) as never, 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/change-orders/{id}/withdraw",
      tags,
      summary: "Withdraw a draft or sent change order (its claims are free again)",
      request: { params: IdParamsSchema },
      responses: { 200: jsonResponse(ChangeOrderSchema, "Withdrawn"), ...problems(401, 403, 404, 409) },
    }),
    async (c) => c.json((await withdrawChangeOrderById(ctx, requireActor(c), c.req.valid("param").id)) as never, 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/change-orders/{id}/pdf",
      tags,
      summary: "The change order as a PDF in its language (approval certificate once approved)",
      request: { params: IdParamsSchema },
      responses: {
        200: fileContent("application/pdf", "PDF"),
        ...problems(401, 404),
      },
    }),
    async (c) =>
      fileResponse(c, await renderChangeOrder(ctx, requireActor(c), c.req.valid("param").id), "application/pdf"),
  );

  return app;
}
