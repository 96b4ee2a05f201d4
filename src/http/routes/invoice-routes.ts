import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { createCreditNote, writeOff } from "../../app/invoices/credit-notes.ts";
import { createInvoiceDraft, deleteInvoiceDraft, updateInvoiceDraft } from "../../app/invoices/invoice-drafts.ts";
import { computeLateInterest, createInterestInvoice } from "../../app/invoices/invoice-interest.ts";
import { getInvoice, listInvoices } from "../../app/invoices/invoice-queries.ts";
import { listInvoiceSources } from "../../app/invoices/invoice-sources.ts";
import { issueInvoiceById } from "../../app/invoices/issue-invoice.ts";
import { recordInvoicePayment } from "../../app/invoices/record-payment.ts";
import { listReminders, pauseClientReminders, sendReminder } from "../../app/invoices/reminders.ts";
import { renderCreditNote, renderInvoice } from "../../app/invoices/render-invoice.ts";
import type { AppContext } from "../../app/shared/context.ts";
import { type HttpEnv, requireActor } from "../auth.ts";
import { fileContent, fileResponse } from "../file-response.ts";
import { IdParamsSchema, IdSchema, jsonBody, jsonResponse, problems } from "../schemas/common-schemas.ts";
import {
  CreateInvoiceSchema,
  CreditNoteSchema,
  InterestQuerySchema,
  IssueInvoiceSchema,
  ListInvoicesQuerySchema,
  PatchInvoiceSchema,
  PauseRemindersSchema,
  PaymentSchema,
  ReminderSchema,
  RemindersPausedSchema,
  RemindersSchema,
  WriteOffSchema,
} from "../schemas/invoice-schemas.ts";
import {
  CreditNoteAnswerSchema,
  DraftAnswerSchema,
  InvoiceDetailSchema,
  InvoicePageSchema,
  InvoiceSourcesSchema,
  InvoiceViewSchema,
  LateInterestSchema,
  PaymentAnswerSchema,
  ReminderSentSchema,
} from "../schemas/invoice-view-schemas.ts";

const pdfResponse = fileContent("application/pdf", "PDF");

/** A body the caller may leave out (`POST /invoices/{id}/issue` with nothing means: today, tax point = issue date). */
function optionalJsonBody<T extends z.ZodType>(schema: T) {
  return { body: { required: false, content: { "application/json": { schema } } } };
}

export function invoiceRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<HttpEnv>();
  const tags = ["Invoices"];
  const post = <T extends z.ZodType, R extends z.ZodType>(
    path: string,
    summary: string,
    body: T,
    answer: R,
    required = true,
  ) =>
    createRoute({
      method: "post",
      path,
      tags,
      summary,
      request: { params: IdParamsSchema, ...(required ? jsonBody(body) : optionalJsonBody(body)) },
      responses: { 200: jsonResponse(answer, summary), ...problems(400, 401, 403, 404, 409) },
    });
  /** The same operation answering 201: it creates a record (a payment, a credit note, a reminder, a draft). */
  const create = <T extends z.ZodType, R extends z.ZodType>(
    path: string,
    summary: string,
    body: T,
    answer: R,
    required = true,
  ) => {
    const { responses, ...route } = post(path, summary, body, answer, required);
    const { 200: created, ...refusals } = responses;
    return createRoute({ ...route, responses: { 201: created, ...refusals } });
  };

  app.openapi(
    createRoute({
      method: "get",
      path: "/invoice-sources",
      tags,
      summary: "What can be invoiced for a client: signed offers' deposits, approved change orders, billable time",
      request: { query: z.object({ clientId: IdSchema }) },
      responses: { 200: jsonResponse(InvoiceSourcesSchema, "Sources"), ...problems(400, 401, 404) },
    }),
    async (c) => c.json(await listInvoiceSources(ctx, requireActor(c), c.req.valid("query").clientId), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/invoices",
      tags,
      summary: "Invoices and drafts, newest first",
      request: { query: ListInvoicesQuerySchema },
      responses: { 200: jsonResponse(InvoicePageSchema, "Invoices"), ...problems(400, 401) },
    }),
    async (c) => c.json(await listInvoices(ctx, requireActor(c), c.req.valid("query")), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/invoices",
      tags,
      summary: "Create a draft from sources and manual lines; taxes from the workspace and the client's address",
      request: jsonBody(CreateInvoiceSchema),
      responses: { 201: jsonResponse(DraftAnswerSchema, "Draft"), ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await createInvoiceDraft(ctx, requireActor(c), c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/invoices/{id}",
      tags,
      summary: "An invoice with its payments, credit notes and balance",
      request: { params: IdParamsSchema },
      responses: { 200: jsonResponse(InvoiceDetailSchema, "Invoice"), ...problems(401, 404, 409) },
    }),
    async (c) => c.json(await getInvoice(ctx, requireActor(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/invoices/{id}",
      tags,
      summary: "Edit a draft (an issued invoice answers 409)",
      request: { params: IdParamsSchema, ...jsonBody(PatchInvoiceSchema) },
      responses: { 200: jsonResponse(DraftAnswerSchema, "Draft"), ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(await updateInvoiceDraft(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/invoices/{id}",
      tags,
      summary: "Delete a draft and free its sources (an issued invoice answers 409)",
      request: { params: IdParamsSchema },
      responses: { 204: { description: "Deleted" }, ...problems(401, 403, 404, 409) },
    }),
    async (c) => {
      await deleteInvoiceDraft(ctx, requireActor(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    post(
      "/invoices/{id}/issue",
      "Issue: number from the gap-free yearly series, dates, frozen totals",
      IssueInvoiceSchema,
      InvoiceViewSchema,
      false,
    ),
    async (c) =>
      c.json(await issueInvoiceById(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json") ?? {}), 200),
  );

  app.openapi(
    create(
      "/invoices/{id}/payments",
      "Record a payment (overpayment becomes client credit)",
      PaymentSchema,
      PaymentAnswerSchema,
    ),
    async (c) =>
      c.json(await recordInvoicePayment(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );

  app.openapi(
    create(
      "/invoices/{id}/credit-note",
      "Issue a full or partial credit note referencing the invoice",
      CreditNoteSchema,
      CreditNoteAnswerSchema,
    ),
    async (c) =>
      c.json(await createCreditNote(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );

  app.openapi(
    post("/invoices/{id}/write-off", "Write off the unpaid balance (bad debt)", WriteOffSchema, InvoiceViewSchema),
    async (c) => c.json(await writeOff(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/invoices/{id}/reminders",
      tags,
      summary:
        "The automatic reminder schedule (3 days before due, on due, +7, +21; a formal notice proposed at +30) with " +
        "what was sent and when, and the reminders sent by hand",
      request: { params: IdParamsSchema },
      responses: { 200: jsonResponse(RemindersSchema, "Reminders"), ...problems(401, 404) },
    }),
    async (c) => c.json(await listReminders(ctx, requireActor(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/clients/{id}/reminders-pause",
      tags,
      summary: "Pause or resume a client's automatic reminders (steps due while paused are not sent later)",
      request: { params: IdParamsSchema, ...jsonBody(PauseRemindersSchema) },
      responses: { 200: jsonResponse(RemindersPausedSchema, "Paused or not"), ...problems(400, 401, 403, 404) },
    }),
    async (c) =>
      c.json(
        await pauseClientReminders(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json").paused),
        200,
      ),
  );

  app.openapi(
    create(
      "/invoices/{id}/reminders",
      "Send a reminder now, in the client's language, through the outbox",
      ReminderSchema,
      ReminderSentSchema,
      false,
    ),
    async (c) =>
      c.json(await sendReminder(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json") ?? {}), 201),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/invoices/{id}/interest",
      tags,
      summary: "Late interest owed so far (Québec: terms or legal rate; France: ECB + 10 points and 40 €)",
      request: { params: IdParamsSchema, query: InterestQuerySchema },
      responses: { 200: jsonResponse(LateInterestSchema, "Interest"), ...problems(400, 401, 404, 409) },
    }),
    async (c) =>
      c.json(await computeLateInterest(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("query")), 200),
  );

  app.openapi(
    create(
      "/invoices/{id}/interest-invoice",
      "Draft an invoice for the late interest owed so far",
      InterestQuerySchema,
      DraftAnswerSchema,
      false,
    ),
    async (c) =>
      c.json(
        await createInterestInvoice(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json") ?? {}),
        201,
      ),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/invoices/{id}/pdf",
      tags,
      summary: "The invoice as a PDF in the client's language with every mandatory mention (a draft: a preview)",
      request: { params: IdParamsSchema },
      responses: { 200: pdfResponse, ...problems(401, 404) },
    }),
    async (c) => fileResponse(c, await renderInvoice(ctx, requireActor(c), c.req.valid("param").id), "application/pdf"),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/credit-notes/{id}/pdf",
      tags,
      summary: "A credit note as a PDF, referencing the invoice it credits",
      request: { params: IdParamsSchema },
      responses: { 200: pdfResponse, ...problems(401, 404) },
    }),
    async (c) =>
      fileResponse(c, await renderCreditNote(ctx, requireActor(c), c.req.valid("param").id), "application/pdf"),
  );

  return app;
}
