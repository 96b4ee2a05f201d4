import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import {
  createChangeOrder,
  getChangeOrder,
  listChangeOrders,
  sendChangeOrder,
  withdrawChangeOrderById,
} from "../../app/scope/change-orders.ts";
import { proposeChangeOrderDelivery, updateChangeOrder } from "../../app/scope/edit-change-order.ts";
import { renderChangeOrder } from "../../app/scope/render-change-order.ts";
import type { AppContext } from "../../app/shared/context.ts";
import { HoursSchema } from "../../domain/offer/offer-content.ts";
import { type HttpEnv, requireActor } from "../auth.ts";
import { fileContent, fileResponse } from "../file-response.ts";
import {
  ChangeOrderDetailSchema,
  ChangeOrderRowSchema,
  ChangeOrderSchema,
  ChangeOrderSentSchema,
} from "../schemas/change-order-schemas.ts";
import {
  IdParamsSchema,
  IdSchema,
  IsoDateSchema,
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

const PriceSchema = z
  .discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("hourly"), hourlyRate: MinorUnitsSchema }),
    z.strictObject({ kind: z.literal("fixed"), amount: MinorUnitsSchema }),
  ])
  .openapi("ChangeOrderPrice", { description: "hours × hourlyRate (rounded half-up per line), or a fixed amount" });

const UpdateSchema = z
  .strictObject({
    title: RequiredText(200),
    reason: RequiredText(5_000),
    requester: RequiredText(200),
    items: z
      .array(
        z.strictObject({
          id: IdSchema,
          title: RequiredText(200),
          description: z.string().max(5_000),
          hours: HoursSchema,
          price: PriceSchema,
        }),
      )
      .min(1)
      .max(200)
      .openapi({ description: "every line of the draft, by id" }),
    proposedDeliveryDate: IsoDateSchema,
    scheduleImpactDays: z.number().int().min(0).max(3_650).openapi({ description: "calendar days of delay" }),
  })
  .openapi("UpdateChangeOrder");

const ProposalSchema = z
  .object({
    proposedDeliveryDate: z.string(),
    scheduleImpactDays: z.number().int(),
    workingDaysNeeded: z.number().int(),
  })
  .openapi("ChangeOrderDeliveryProposal");

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
      c.json(await createChangeOrder(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/mandates/{id}/change-orders",
      tags,
      summary: "The mandate's change log, oldest first",
      request: { params: IdParamsSchema },
      responses: {
        200: jsonResponse(z.object({ items: z.array(ChangeOrderRowSchema) }), "Change orders"),
        ...problems(401, 404),
      },
    }),
    async (c) => c.json({ items: await listChangeOrders(ctx, requireActor(c), c.req.valid("param").id) }, 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/change-orders/{id}",
      tags,
      summary: "A change order",
      request: { params: IdParamsSchema },
      responses: { 200: jsonResponse(ChangeOrderDetailSchema, "Change order"), ...problems(401, 404) },
    }),
    async (c) => c.json(await getChangeOrder(ctx, requireActor(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/change-orders/{id}",
      tags,
      summary: "Edit a draft: each line's hours and price, the proposed delivery date and the delay",
      request: { params: IdParamsSchema, ...jsonBody(UpdateSchema) },
      responses: { 200: jsonResponse(ChangeOrderSchema, "Draft change order"), ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(await updateChangeOrder(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/change-orders/{id}/delivery-proposal",
      tags,
      summary: "The delivery date and delay the team's capacity gives today for this many added hours",
      request: {
        params: IdParamsSchema,
        query: z.object({ hours: z.coerce.number().min(0).max(100_000).openapi({ example: 20 }) }),
      },
      responses: { 200: jsonResponse(ProposalSchema, "Proposed delivery"), ...problems(400, 401, 404, 409) },
    }),
    async (c) =>
      c.json(
        await proposeChangeOrderDelivery(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("query").hours),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/change-orders/{id}/send",
      tags,
      summary: "Freeze the change order and send the client a portal link to approve or reject it",
      request: { params: IdParamsSchema },
      responses: {
        200: jsonResponse(ChangeOrderSentSchema, "Sent"),
        ...problems(401, 403, 404, 409),
      },
    }),
    async (c) => c.json(await sendChangeOrder(ctx, requireActor(c), c.req.valid("param").id), 200),
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
    async (c) => c.json(await withdrawChangeOrderById(ctx, requireActor(c), c.req.valid("param").id), 200),
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
