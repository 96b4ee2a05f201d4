import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { exportInvoicesCsv, exportPaymentsCsv } from "../../app/invoices/export-invoices.ts";
import { getReceivables, RECEIVABLES_PAGE } from "../../app/invoices/receivables.ts";
import { recordClientPayment } from "../../app/invoices/record-client-payment.ts";
import { taxReportForPeriod } from "../../app/invoices/tax-report.ts";
import type { AppContext } from "../../app/shared/context.ts";
import { type HttpEnv, requireActor } from "../auth.ts";
import {
  IdParamsSchema,
  IdSchema,
  IsoDateSchema,
  jsonBody,
  jsonResponse,
  problems,
} from "../schemas/common-schemas.ts";
import {
  ClientPaymentResultSchema,
  ClientPaymentSchema,
  OptionalPeriodQuerySchema,
  PeriodQuerySchema,
} from "../schemas/invoice-schemas.ts";
import { ReceivablesSchema, TaxReportSchema } from "../schemas/invoice-view-schemas.ts";

const ExportQuerySchema = OptionalPeriodQuerySchema.extend({
  format: z
    .enum(["en", "fr"])
    .optional()
    .openapi({ description: "en (default): comma and decimal dot; fr: semicolon and decimal comma" }),
});
const csvResponse = { description: "CSV (UTF-8 with BOM)", content: { "text/csv": { schema: z.string() } } };

function csv(text: string, filename: string) {
  return new Response(text, {
    status: 200,
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${filename}"` },
  });
}

export function receivableRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<HttpEnv>();
  const tags = ["Receivables"];

  app.openapi(
    createRoute({
      method: "post",
      path: "/clients/{id}/payments",
      tags,
      summary:
        "Record one payment from a client against several of its open invoices (as allocated, else the earliest due " +
        "first); what is left becomes the client's credit",
      request: { params: IdParamsSchema, ...jsonBody(ClientPaymentSchema) },
      responses: { 201: jsonResponse(ClientPaymentResultSchema, "Recorded"), ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(await recordClientPayment(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/receivables",
      tags,
      summary:
        "Aging (current, 1-30, 31-60, 61-90, over 90 days past due) and DSO in total; a page of clients (aging, DSO, " +
        "credit) and a page of open invoices, each with its count and next page",
      request: {
        query: z.object({
          asOf: IsoDateSchema.optional().openapi({ description: "the day aged as of (default: the studio's today)" }),
          from: IsoDateSchema.optional().openapi({ description: "DSO's period start (default: 89 days before asOf)" }),
          clientId: IdSchema.optional().openapi({ description: "only this client: its totals, its row, its invoices" }),
          limit: z.coerce
            .number()
            .int()
            .min(1)
            .max(RECEIVABLES_PAGE.max)
            .optional()
            .openapi({
              description: `rows per page of each list, 1-${RECEIVABLES_PAGE.max} (default ${RECEIVABLES_PAGE.default})`,
            }),
          clientsCursor: z
            .string()
            .max(2000)
            .optional()
            .openapi({ description: "`clientPage.nextCursor` of the page before: the next page of clients" }),
          invoicesCursor: z
            .string()
            .max(2000)
            .optional()
            .openapi({ description: "`invoicePage.nextCursor` of the page before: the next page of open invoices" }),
        }),
      },
      responses: { 200: jsonResponse(ReceivablesSchema, "Receivables"), ...problems(400, 401) },
    }),
    async (c) => c.json(await getReceivables(ctx, requireActor(c), c.req.valid("query")), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/reports/taxes",
      tags,
      summary: "Taxes collected per tax and rate over a period, net of credit notes (for filing)",
      request: { query: PeriodQuerySchema },
      responses: { 200: jsonResponse(TaxReportSchema, "Tax report"), ...problems(400, 401) },
    }),
    async (c) => c.json(await taxReportForPeriod(ctx, requireActor(c), c.req.valid("query")), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/exports/invoices.csv",
      tags,
      summary: "Issued invoices as CSV (RFC 4180, UTF-8 with BOM; formula-like text neutralised)",
      request: { query: ExportQuerySchema },
      responses: { 200: csvResponse, ...problems(400, 401) },
    }),
    async (c) => csv(await exportInvoicesCsv(ctx, requireActor(c), c.req.valid("query")), "invoices.csv"),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/exports/payments.csv",
      tags,
      summary: "Payments as CSV (RFC 4180, UTF-8 with BOM; formula-like text neutralised)",
      request: { query: ExportQuerySchema },
      responses: { 200: csvResponse, ...problems(400, 401) },
    }),
    async (c) => csv(await exportPaymentsCsv(ctx, requireActor(c), c.req.valid("query")), "payments.csv"),
  );

  return app;
}
