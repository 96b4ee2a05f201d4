import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import {
  changeRecurringStatus,
  createRecurring,
  getRecurringInvoice,
  listRecurringInvoices,
  retainerUsageOf,
  updateRecurring,
} from "../../app/invoices/recurring-invoices.ts";
import type { AppContext } from "../../app/shared/context.ts";
import { RECURRING_MODES, RECURRING_STATUSES, RUN_STATUSES } from "../../domain/invoice/recurring-lifecycle.ts";
import { RECURRING_FREQUENCIES } from "../../domain/invoice/recurring-period.ts";
import { type HttpEnv, requireActor } from "../auth.ts";
import {
  CurrencySchema,
  IdParamsSchema,
  IdSchema,
  IsoDateSchema,
  jsonBody,
  jsonResponse,
  MinorUnitsSchema,
  problems,
  RequiredText,
  Text,
} from "../schemas/common-schemas.ts";

const Amount = MinorUnitsSchema.max(9_000_000_000);

const TemplateLineSchema = z
  .strictObject({
    description: RequiredText(500),
    quantityMilli: z.int().min(0).max(1_000_000_000).openapi({ description: "thousandths: 1500 = 1.5" }),
    unitPrice: Amount,
    unit: Text(20).optional(),
    detail: Text(400).optional().openapi({ description: "printed under the period on each invoice" }),
    taxable: z.boolean().optional().openapi({ description: "default true" }),
  })
  .openapi("RecurringLine");

const RetainerSchema = z
  .strictObject({
    minutesPerPeriod: z
      .int()
      .min(1)
      .max(744 * 60)
      .openapi({ description: "hours included each month, in minutes (20 h = 1200)" }),
    hourlyRate: Amount.openapi({ description: "price of one hour, minor units" }),
  })
  .openapi("Retainer");

const fields = {
  mandateId: IdSchema.optional().openapi({ description: "the client's mandate it bills for (a retainer's hours)" }),
  name: RequiredText(200),
  frequency: z.enum(RECURRING_FREQUENCIES),
  anchorDate: IsoDateSchema.openapi({ description: "the first period's first day; later periods keep its day" }),
  endDate: IsoDateSchema.nullable().optional().openapi({ description: "no period starts after it; null: no end" }),
  mode: z.enum(RECURRING_MODES).openapi({ description: "draft: to review; issue_and_send: issued and e-mailed" }),
  lines: z.array(TemplateLineSchema).max(100).optional(),
  paymentDays: z.int().min(0).max(365).optional(),
  reference: Text(200).optional(),
  contactIds: z
    .array(IdSchema)
    .max(20)
    .optional()
    .openapi({ description: "who receives each issued invoice; empty: the billing contact" }),
  retainer: RetainerSchema.nullable().optional().openapi({ description: "hours per month at a rate (monthly only)" }),
};

const CreateRecurringSchema = z
  .strictObject({
    clientId: IdSchema,
    currency: CurrencySchema.optional().openapi({ description: "the workspace's currency (the default)" }),
    ...fields,
  })
  .openapi("CreateRecurringInvoice");

const PatchRecurringSchema = z
  .strictObject({
    ...fields,
    name: fields.name.optional(),
    frequency: fields.frequency.optional(),
    anchorDate: fields.anchorDate.optional(),
    mode: fields.mode.optional(),
    mandateId: IdSchema.nullable().optional().openapi({ description: "null: none" }),
  })
  .openapi("PatchRecurringInvoice");

const PeriodSchema = z.object({
  index: z.int(),
  start: z.string(),
  end: z.string(),
  label: z.string().openapi({ description: "as printed on the invoice, in the client's language" }),
});

const RecurringSchema = z
  .object({
    id: IdSchema,
    clientId: IdSchema,
    mandateId: IdSchema.nullable(),
    name: z.string(),
    frequency: z.enum(RECURRING_FREQUENCIES),
    anchorDate: z.string(),
    endDate: z.string().nullable(),
    mode: z.enum(RECURRING_MODES),
    status: z.enum(RECURRING_STATUSES),
    currency: CurrencySchema,
    lines: z.array(
      z.object({
        description: z.string(),
        quantityMilli: z.int(),
        unitPrice: z.int(),
        unit: z.string().optional(),
        detail: z.string().optional(),
        taxable: z.boolean().optional(),
      }),
    ),
    paymentDays: z.int().nullable(),
    reference: z.string().nullable(),
    contactIds: z.array(IdSchema),
    retainer: z.object({ minutesPerPeriod: z.int(), hourlyRate: z.int() }).nullable(),
    nextPeriod: z
      .object({ index: z.int(), start: z.string(), end: z.string(), label: z.string() })
      .nullable()
      .openapi({ description: "the next period to invoice, on its start date; null when paused or ended" }),
    runs: z
      .array(
        z.object({
          id: IdSchema,
          periodIndex: z.int(),
          periodStart: z.string(),
          periodEnd: z.string(),
          status: z.enum(RUN_STATUSES),
          error: z.string().nullable(),
          invoiceId: IdSchema.nullable(),
          invoice: z
            .object({ number: z.string().nullable(), status: z.string(), total: z.int(), currency: z.string() })
            .nullable()
            .openapi({ description: "null: no invoice (failed) or its draft was deleted" }),
          createdAt: z.string(),
        }),
      )
      .openapi({ description: "the invoices its periods produced, newest first (the last 24)" }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("RecurringInvoice");

const UsageSchema = z
  .object({
    recurringInvoiceId: IdSchema,
    period: PeriodSchema,
    hourlyRate: z.int(),
    includedMinutes: z.int(),
    usedMinutes: z.int().openapi({ description: "billable and included time logged in the period" }),
    remainingMinutes: z.int(),
    overageMinutes: z.int(),
    overageAmount: z.object({ amount: z.int(), currency: CurrencySchema }),
    percentUsed: z.int(),
  })
  .openapi("RetainerUsage");

/** Recurring invoices and retainers: templates, their lifecycle, and a retainer's hours used. */
export function recurringRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<HttpEnv>();
  const tags = ["Invoices"];

  app.openapi(
    createRoute({
      method: "get",
      path: "/recurring-invoices",
      tags,
      summary: "Recurring invoices and retainers, with their next period and the invoices they produced",
      request: { query: z.object({ clientId: IdSchema.optional() }) },
      responses: {
        200: jsonResponse(z.object({ items: z.array(RecurringSchema) }), "Recurring invoices"),
        ...problems(400, 401, 404),
      },
    }),
    async (c) => c.json(await listRecurringInvoices(ctx, requireActor(c), c.req.valid("query")), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/recurring-invoices",
      tags,
      summary: "Invoice a client every week, month, quarter or year from a template (a draft, or issued and sent)",
      request: jsonBody(CreateRecurringSchema),
      responses: { 201: jsonResponse(RecurringSchema, "Created"), ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await createRecurring(ctx, requireActor(c), c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/recurring-invoices/{id}",
      tags,
      summary: "A recurring invoice",
      request: { params: IdParamsSchema },
      responses: { 200: jsonResponse(RecurringSchema, "Recurring invoice"), ...problems(401, 404) },
    }),
    async (c) => c.json(await getRecurringInvoice(ctx, requireActor(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/recurring-invoices/{id}",
      tags,
      summary: "Change a template (the periods not made yet); anchor and frequency only before the first period",
      request: { params: IdParamsSchema, ...jsonBody(PatchRecurringSchema) },
      responses: { 200: jsonResponse(RecurringSchema, "Updated"), ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await updateRecurring(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  for (const action of ["pause", "resume", "end"] as const) {
    app.openapi(
      createRoute({
        method: "post",
        path: `/recurring-invoices/{id}/${action}`,
        tags,
        summary:
          action === "pause"
            ? "Pause: periods that begin meanwhile are skipped"
            : action === "resume"
              ? "Resume from the period running today"
              : "End: nothing more is made",
        request: { params: IdParamsSchema },
        responses: { 200: jsonResponse(RecurringSchema, "Done"), ...problems(401, 403, 404, 409) },
      }),
      async (c) => c.json(await changeRecurringStatus(ctx, requireActor(c), c.req.valid("param").id, action), 200),
    );
  }

  app.openapi(
    createRoute({
      method: "get",
      path: "/recurring-invoices/{id}/usage",
      tags,
      summary: "A retainer's hours used in the month containing `date` (today by default): remaining and overage",
      request: { params: IdParamsSchema, query: z.object({ date: IsoDateSchema.optional() }) },
      responses: { 200: jsonResponse(UsageSchema, "Usage"), ...problems(400, 401, 404, 409) },
    }),
    async (c) =>
      c.json(await retainerUsageOf(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("query").date), 200),
  );

  return app;
}
