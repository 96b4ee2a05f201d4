import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { cancelOffer } from "../../app/offers/cancel-offer.ts";
import { createOffer } from "../../app/offers/create-offer.ts";
import { estimateOffer } from "../../app/offers/estimate-offer.ts";
import { getOffer, listOffers, verifyOffer } from "../../app/offers/get-offer.ts";
import { renderOffer } from "../../app/offers/render-offer.ts";
import { revokeOfferLinks } from "../../app/offers/revoke-offer-links.ts";
import { resendOfferLink, sendOffer } from "../../app/offers/send-offer.ts";
import { updateOffer } from "../../app/offers/update-offer.ts";
import type { AppContext } from "../../app/shared/context.ts";
import { type HttpEnv, requireActor } from "../auth.ts";
import { fileContent, fileResponse } from "../file-response.ts";
import { IdParamsSchema, jsonBody, jsonResponse, problems } from "../schemas/common-schemas.ts";
import {
  CancelSchema,
  CreateOfferSchema,
  EstimateOfferSchema,
  OfferDetailSchema,
  OfferListQuerySchema,
  OfferListSchema,
  OfferSchema,
  SendOfferResultSchema,
  UpdateOfferSchema,
} from "../schemas/offer-schemas.ts";

export function offerRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<HttpEnv>();
  const tags = ["Offers"];

  app.openapi(
    createRoute({
      method: "get",
      path: "/offers",
      tags,
      summary: "Offers, newest first, by client or status",
      request: { query: OfferListQuerySchema },
      responses: { 200: jsonResponse(OfferListSchema, "A page of offers"), ...problems(400, 401) },
    }),
    async (c) => c.json(await listOffers(ctx, requireActor(c), c.req.valid("query")), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/offers",
      tags,
      summary: "Write a draft offer (optionally starting from a previous one)",
      request: jsonBody(CreateOfferSchema),
      responses: { 201: jsonResponse(OfferSchema, "Draft created"), ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await createOffer(ctx, requireActor(c), c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/offers/{id}",
      tags,
      summary: "An offer with totals, team estimate (PERT) and implied hourly rate",
      request: { params: IdParamsSchema },
      responses: { 200: jsonResponse(OfferDetailSchema, "Offer"), ...problems(401, 404) },
    }),
    async (c) => c.json(await getOffer(ctx, requireActor(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/offers/{id}",
      tags,
      summary: "Edit a draft; editing a sent offer creates version N+1; a signed offer refuses (409 invalid_state)",
      request: { params: IdParamsSchema, ...jsonBody(UpdateOfferSchema) },
      responses: {
        200: jsonResponse(OfferSchema, "The draft now holding the content"),
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) => c.json(await updateOffer(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/offers/{id}/estimates",
      tags,
      summary: "Record one member's optimistic / likely / pessimistic hours per deliverable",
      request: { params: IdParamsSchema, ...jsonBody(EstimateOfferSchema) },
      responses: {
        200: jsonResponse(OfferDetailSchema, "Offer with the updated team estimate"),
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const id = c.req.valid("param").id;
      await estimateOffer(ctx, actor, id, c.req.valid("json"));
      return c.json(await getOffer(ctx, actor, id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/offers/{id}/send",
      tags,
      summary: "Number, freeze and send the offer; returns the client's portal link",
      request: { params: IdParamsSchema },
      responses: { 200: jsonResponse(SendOfferResultSchema, "Sent"), ...problems(401, 403, 404, 409) },
    }),
    async (c) => c.json(await sendOffer(ctx, requireActor(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/offers/{id}/resend",
      tags,
      summary: "Send the client a new portal link to the same frozen offer (earlier links stop working)",
      request: { params: IdParamsSchema },
      responses: { 200: jsonResponse(SendOfferResultSchema, "Sent again"), ...problems(401, 403, 404, 409) },
    }),
    async (c) => c.json(await resendOfferLink(ctx, requireActor(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/offers/{id}/cancel",
      tags,
      summary: "Cancel a draft, a sent offer, or a signed offer whose work has not started",
      request: { params: IdParamsSchema, ...jsonBody(CancelSchema) },
      responses: { 200: jsonResponse(OfferSchema, "Cancelled"), ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(await cancelOffer(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json").reason), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/offers/{id}/verify",
      tags,
      summary: "Recompute the SHA-256 of the frozen text and compare it with the recorded fingerprint",
      request: { params: IdParamsSchema },
      responses: {
        200: jsonResponse(
          z.object({ sha256: z.string().nullable(), valid: z.boolean() }).openapi("Verification"),
          "Result",
        ),
        ...problems(401, 404),
      },
    }),
    async (c) => c.json(await verifyOffer(ctx, requireActor(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/offers/{id}/pdf",
      tags,
      summary: "The offer as a PDF in its language (signature certificate page once signed)",
      request: { params: IdParamsSchema },
      responses: {
        200: fileContent("application/pdf", "PDF"),
        ...problems(401, 404),
      },
    }),
    async (c) => fileResponse(c, await renderOffer(ctx, requireActor(c), c.req.valid("param").id), "application/pdf"),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/offers/{id}/revoke-links",
      tags,
      summary: "Revoke the offer's portal links (they then answer 404)",
      request: { params: IdParamsSchema },
      responses: { 200: jsonResponse(z.object({ revoked: z.int() }), "Revoked"), ...problems(401, 403, 404) },
    }),
    async (c) => c.json(await revokeOfferLinks(ctx, requireActor(c), c.req.valid("param").id), 200),
  );

  return app;
}
