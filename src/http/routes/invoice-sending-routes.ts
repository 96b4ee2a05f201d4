import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { invoiceSendings, revokeInvoiceLinks, sendInvoice } from "../../app/invoices/send-invoice.ts";
import type { AppContext } from "../../app/shared/context.ts";
import { type HttpEnv, requireActor } from "../auth.ts";
import { IdParamsSchema, jsonResponse, problems } from "../schemas/common-schemas.ts";
import { OutboxMessageSchema } from "../schemas/outbox-schemas.ts";

const SendInvoiceSchema = z
  .strictObject({
    contactIds: z
      .array(z.string().max(64))
      .max(20)
      .optional()
      .openapi({ description: "the client's contacts to send to; absent: the billing contact" }),
    creditNoteId: z.string().max(64).optional().openapi({ description: "send this credit note of the invoice" }),
  })
  .openapi("SendInvoice");

const SendResultSchema = z.object({ portalUrl: z.string(), message: OutboxMessageSchema }).openapi("InvoiceSent");

const SendingsSchema = z
  .object({
    messages: z.array(OutboxMessageSchema),
    firstOpenedAt: z.string().nullable().openapi({ description: "when the client first opened it in the portal" }),
  })
  .openapi("InvoiceSendings");

/** Sending invoices and credit notes to the client, and what became of the sendings. */
export function invoiceSendingRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<HttpEnv>();
  const tags = ["Invoices"];

  app.openapi(
    createRoute({
      method: "post",
      path: "/invoices/{id}/send",
      tags,
      summary: "E-mail the issued invoice (or a credit note) with its PDF and a portal link; again to resend",
      request: {
        params: IdParamsSchema,
        body: { required: false, content: { "application/json": { schema: SendInvoiceSchema } } },
      },
      responses: {
        200: jsonResponse(SendResultSchema, "Sent, or kept in the outbox without SMTP"),
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) =>
      c.json(await sendInvoice(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json") ?? {}), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/invoices/{id}/sendings",
      tags,
      summary: "Every sending of the invoice and its credit notes, and when the client first opened it",
      request: { params: IdParamsSchema },
      responses: { 200: jsonResponse(SendingsSchema, "Sendings"), ...problems(401, 404) },
    }),
    async (c) => c.json(await invoiceSendings(ctx, requireActor(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/invoices/{id}/revoke-links",
      tags,
      summary: "Revoke every portal link of the invoice",
      request: { params: IdParamsSchema },
      responses: { 200: jsonResponse(z.object({ revoked: z.int() }), "Revoked"), ...problems(401, 403, 404) },
    }),
    async (c) => c.json(await revokeInvoiceLinks(ctx, requireActor(c), c.req.valid("param").id), 200),
  );

  return app;
}
