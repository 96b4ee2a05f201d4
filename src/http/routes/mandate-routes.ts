import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { listMandateCosts, recordCost, removeCost } from "../../app/mandates/mandate-costs.ts";
import { getClientMoney, getMandateMoney, setProgress } from "../../app/mandates/mandate-money.ts";
import { getMandate, listMandates, recordDelivery, updateMandate } from "../../app/mandates/mandate-work.ts";
import type { AppContext } from "../../app/shared/context.ts";
import { type HttpEnv, requireActor } from "../auth.ts";
import {
  IdParamsSchema,
  IdSchema,
  jsonBody,
  jsonResponse,
  PageQuerySchema,
  problems,
} from "../schemas/common-schemas.ts";
import {
  ClientMoneySchema,
  MandateCostSchema,
  MandateMoneySchema,
  RecordCostSchema,
  SetProgressSchema,
} from "../schemas/ledger-schemas.ts";
import {
  MandatePageSchema,
  MandateSchema,
  RecordDeliverySchema,
  UpdateMandateSchema,
} from "../schemas/offer-schemas.ts";

export function mandateRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<HttpEnv>();
  const tags = ["Mandates"];

  app.openapi(
    createRoute({
      method: "get",
      path: "/mandates",
      tags,
      summary: "Mandates, newest first, by client or status",
      request: {
        query: PageQuerySchema.extend({ clientId: IdSchema.optional(), status: z.string().max(20).optional() }),
      },
      responses: {
        200: jsonResponse(MandatePageSchema, "Mandates"),
        ...problems(400, 401),
      },
    }),
    async (c) => c.json(await listMandates(ctx, requireActor(c), c.req.valid("query")), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/mandates/{id}",
      tags,
      summary: "A mandate with its checklist and deliveries",
      request: { params: IdParamsSchema },
      responses: { 200: jsonResponse(MandateSchema, "Mandate"), ...problems(401, 404) },
    }),
    async (c) => c.json(await getMandate(ctx, requireActor(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/mandates/{id}",
      tags,
      summary: "Tick checklist items; accept, stop (with a reason) or close the mandate",
      request: { params: IdParamsSchema, ...jsonBody(UpdateMandateSchema) },
      responses: { 200: jsonResponse(MandateSchema, "Mandate"), ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await updateMandate(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/mandates/{id}/deliveries",
      tags,
      summary: "Record a delivery with the checklist as it stands (409 `invalid_state` when nothing on it is ticked)",
      request: { params: IdParamsSchema, ...jsonBody(RecordDeliverySchema) },
      responses: { 201: jsonResponse(MandateSchema, "Mandate"), ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await recordDelivery(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/mandates/{id}/money",
      tags,
      summary: "The mandate's ledger: signed, earned (work done, valued as the contract says), invoiced, paid, owed",
      request: { params: IdParamsSchema },
      responses: { 200: jsonResponse(MandateMoneySchema, "Money"), ...problems(401, 404) },
    }),
    async (c) => c.json(await getMandateMoney(ctx, requireActor(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/mandates/{id}/progress",
      tags,
      summary: "Set the % complete of a fixed-price mandate, with a note (replaces the checklist's measure)",
      request: { params: IdParamsSchema, ...jsonBody(SetProgressSchema) },
      responses: { 200: jsonResponse(MandateMoneySchema, "Money"), ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await setProgress(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/mandates/{id}/progress",
      tags,
      summary: "Measure the % complete from the checklist again",
      request: { params: IdParamsSchema },
      responses: { 200: jsonResponse(MandateMoneySchema, "Money"), ...problems(401, 403, 404, 409) },
    }),
    async (c) => c.json(await setProgress(ctx, requireActor(c), c.req.valid("param").id, null), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/mandates/{id}/costs",
      tags,
      summary: "Costs and disbursements recorded on the mandate, each with the invoice that bills it",
      request: { params: IdParamsSchema },
      responses: {
        200: jsonResponse(z.object({ items: z.array(MandateCostSchema) }), "Costs"),
        ...problems(401, 404),
      },
    }),
    async (c) => c.json(await listMandateCosts(ctx, requireActor(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/mandates/{id}/costs",
      tags,
      summary: "Record a cost incurred for the client (counts in the work earned; a source to invoice, once)",
      request: { params: IdParamsSchema, ...jsonBody(RecordCostSchema) },
      responses: { 201: jsonResponse(MandateCostSchema, "Cost"), ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await recordCost(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/costs/{id}",
      tags,
      summary: "Remove a cost no invoice bills (one on an invoice answers 409: credit it instead)",
      request: { params: IdParamsSchema },
      responses: { 204: { description: "Removed" }, ...problems(401, 403, 404, 409) },
    }),
    async (c) => {
      await removeCost(ctx, requireActor(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/clients/{id}/money",
      tags: ["Clients"],
      summary: "The client's ledger: each mandate's, the lines linked to none, and the total",
      request: { params: IdParamsSchema },
      responses: { 200: jsonResponse(ClientMoneySchema, "Money"), ...problems(401, 404) },
    }),
    async (c) => c.json(await getClientMoney(ctx, requireActor(c), c.req.valid("param").id), 200),
  );

  return app;
}
