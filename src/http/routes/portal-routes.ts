import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { approvePortalChangeOrder } from "../../app/portal/portal-change-order.ts";
import { portalPdf } from "../../app/portal/portal-invoice.ts";
import { signPortalOffer } from "../../app/portal/portal-offer.ts";
import { rejectPortalDocument, viewPortal } from "../../app/portal/portal-view.ts";
import type { AppContext } from "../../app/shared/context.ts";
import { clientInfo, type HttpEnv } from "../auth.ts";
import { fileContent, fileResponse } from "../file-response.ts";
import { jsonBody, jsonResponse, problems, Text } from "../schemas/common-schemas.ts";
import { PortalViewSchema, SignatureSchema } from "../schemas/document-schemas.ts";

const TokenParams = z.object({
  token: z
    .string()
    .min(1)
    .max(300)
    .openapi({ param: { name: "token", in: "path" } }),
});

const SignSchema = z
  .strictObject({
    signerName: z.string().max(200),
    consent: z.boolean(),
    consentText: z.string().max(5_000).optional().openapi({ description: "the consent text that was shown" }),
  })
  .openapi("PortalSign");

export function portalRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<HttpEnv>();
  const tags = ["Portal"];

  app.openapi(
    createRoute({
      method: "get",
      path: "/portal/{token}",
      tags,
      summary: "The one document a portal link opens (no account needed)",
      request: { params: TokenParams },
      responses: {
        200: jsonResponse(PortalViewSchema, "The document and its state"),
        ...problems(404, 429),
      },
    }),
    async (c) => c.json(await viewPortal(ctx, c.req.valid("param").token, clientInfo(c)), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/portal/{token}/sign",
      tags,
      summary: "Sign the offer: typed full name and explicit consent; evidence and fingerprint recorded",
      request: { params: TokenParams, ...jsonBody(SignSchema) },
      responses: {
        200: jsonResponse(
          z.object({ offerId: z.string(), mandateId: z.string(), signature: SignatureSchema }).openapi("PortalSigned"),
          "Signed",
        ),
        ...problems(400, 404, 409, 429),
      },
    }),
    async (c) =>
      c.json(await signPortalOffer(ctx, c.req.valid("param").token, clientInfo(c), c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/portal/{token}/approve",
      tags,
      summary: "Approve the change order: typed full name and explicit consent; evidence and fingerprint recorded",
      request: { params: TokenParams, ...jsonBody(SignSchema) },
      responses: {
        200: jsonResponse(
          z.object({ changeOrderId: z.string(), approval: SignatureSchema }).openapi("PortalApproved"),
          "Approved",
        ),
        ...problems(400, 404, 409, 429),
      },
    }),
    async (c) =>
      c.json(await approvePortalChangeOrder(ctx, c.req.valid("param").token, clientInfo(c), c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/portal/{token}/reject",
      tags,
      summary: "Decline the offer or reject the change order, with an optional reason",
      request: {
        params: TokenParams,
        ...jsonBody(z.strictObject({ reason: Text(2_000).optional() }).openapi("PortalReject")),
      },
      responses: { 204: { description: "Declined" }, ...problems(400, 404, 409, 429) },
    }),
    async (c) => {
      await rejectPortalDocument(ctx, c.req.valid("param").token, clientInfo(c), c.req.valid("json").reason);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/portal/{token}/pdf",
      tags,
      summary:
        "The PDF of the document the link opens: the invoice (or one of its credit notes), or the offer as sent — with its signature certificate once signed",
      request: {
        params: TokenParams,
        query: z.object({ creditNote: z.string().max(64).optional() }),
      },
      responses: {
        200: fileContent("application/pdf", "PDF"),
        ...problems(404, 429),
      },
    }),
    async (c) =>
      fileResponse(
        c,
        await portalPdf(ctx, c.req.valid("param").token, clientInfo(c), c.req.valid("query").creditNote),
        "application/pdf",
      ),
  );

  return app;
}
