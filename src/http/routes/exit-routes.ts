import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { evidencePack } from "../../app/exits/evidence-pack.ts";
import { executeExit } from "../../app/exits/execute-exit.ts";
import { exitLetter, getExit, listExits, prepareExit, updateExit } from "../../app/exits/exits.ts";
import { renderExitLetter } from "../../app/exits/render-exit-letter.ts";
import { sendExitLetter } from "../../app/exits/send-exit-letter.ts";
import type { AppContext } from "../../app/shared/context.ts";
import { EVIDENCE_KINDS, INSUFFICIENT_REASONS, SERIOUS_REASONS } from "../../domain/exit/exit-check.ts";
import { HANDOVER_KEYS } from "../../domain/exit/handover-checklist.ts";
import {
  CHOSEN_INVOICE_EXIT_ACTIONS,
  DEPOSIT_EXIT_ACTIONS,
  MANDATE_EXIT_ACTIONS,
} from "../../domain/exit/prepare-exit-plan.ts";
import { type HttpEnv, requireActor } from "../auth.ts";
import { fileContent, fileResponse } from "../file-response.ts";
import {
  IdParamsSchema,
  IdSchema,
  IsoDateSchema,
  jsonBody,
  jsonResponse,
  problems,
  RequiredText,
  Text,
} from "../schemas/common-schemas.ts";
import { ExitSchema } from "../schemas/exit-schemas.ts";
import { OutboxMessageSchema } from "../schemas/outbox-schemas.ts";
import { exitRecordRoutes } from "./exit-record-routes.ts";

const Localized = z.strictObject({ fr: Text(2_000), en: Text(2_000) });
const OptionsSchema = z
  .strictObject({
    initiatedBy: z.enum(["provider", "client", "mutual"]),
    basis: z.enum(["convenience", "cause"]),
    reason: z.strictObject({
      category: z.enum([...SERIOUS_REASONS, ...INSUFFICIENT_REASONS]),
      description: Text(2_000).optional(),
      evidence: z
        .array(z.strictObject({ kind: z.enum(EVIDENCE_KINDS), id: IdSchema }))
        .max(50)
        .openapi({ description: "records of this client that show the reason (404 for an unknown id)" }),
    }),
    tone: z.enum(["cordial", "firm"]),
    includeReasons: z.boolean(),
    reasons: Localized,
    referral: z.strictObject({ name: RequiredText(200), contact: Text(200).optional() }),
    contract: z.strictObject({
      duration: z.enum(["indefinite", "fixed_term", "project"]),
      terminationClause: z
        .strictObject({ reference: RequiredText(200), noticeDays: z.int().min(0).max(730) })
        .optional(),
      clientWaived2125: z.boolean().optional(),
      cureDays: z.int().min(0).max(365).optional(),
      establishedRelationship: z.boolean().optional(),
      relationshipStart: IsoDateSchema.optional(),
      shortNoticeAcknowledgement: Text(2_000).optional().openapi({
        description: "France: knowingly give a notice shorter than L442-1 suggests (recorded with the date)",
      }),
    }),
    formalNoticeId: IdSchema.openapi({ description: "the recorded formal notice the exit relies on" }),
    choices: z.strictObject({
      mandates: z.record(IdSchema, z.enum(MANDATE_EXIT_ACTIONS)).optional(),
      invoices: z.record(IdSchema, z.enum(CHOSEN_INVOICE_EXIT_ACTIONS)).optional(),
      expenses: z.record(IdSchema, z.int().min(0)).optional(),
      deposits: z
        .record(IdSchema, z.enum(DEPOSIT_EXIT_ACTIONS))
        .optional()
        .openapi({ description: "per cancelled offer: credit its deposit (default) or keep it against costs" }),
    }),
    handover: z
      .array(
        z.strictObject({
          key: z.enum(HANDOVER_KEYS),
          applicable: z.boolean().optional(),
          dueDate: IsoDateSchema.optional(),
          notes: Text(1_000).optional(),
        }),
      )
      .max(HANDOVER_KEYS.length),
  })
  .partial()
  .openapi("ExitOptions");

const ExitRowSchema = z
  .object({
    id: z.string(),
    status: z.enum(["draft", "ready", "executed", "abandoned"]),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("ExitRow");

export function exitRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<HttpEnv>();
  const tags = ["Exits"];
  // Mandate milestones and formal notices: the records the exit's checks and letters read.
  app.route("/", exitRecordRoutes(ctx));

  app.openapi(
    createRoute({
      method: "post",
      path: "/clients/{id}/exits",
      tags,
      summary: "Prepare an exit plan from the records, with the legal checks of the client's jurisdiction",
      request: {
        params: IdParamsSchema,
        ...jsonBody(
          z.strictObject({
            decisionId: IdSchema.optional(),
            noticeDate: IsoDateSchema.optional(),
            effectiveDate: IsoDateSchema.optional(),
            options: OptionsSchema.optional(),
          }),
        ),
      },
      responses: { 201: jsonResponse(ExitSchema, "Exit plan"), ...problems(400, 401, 403, 404) },
    }),
    async (c) => c.json(await prepareExit(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/clients/{id}/exits",
      tags,
      summary: "A client's exit plans",
      request: { params: IdParamsSchema },
      responses: { 200: jsonResponse(z.object({ items: z.array(ExitRowSchema) }), "Exits"), ...problems(401, 404) },
    }),
    async (c) => c.json({ items: await listExits(ctx, requireActor(c), c.req.valid("param").id) }, 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/exits/{id}",
      tags,
      summary: "An exit plan with its legal checks (each with its source and severity)",
      request: { params: IdParamsSchema },
      responses: { 200: jsonResponse(ExitSchema, "Exit"), ...problems(401, 404) },
    }),
    async (c) => c.json(await getExit(ctx, requireActor(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/exits/{id}",
      tags,
      summary:
        "Revise dates, choices and options; mark ready (refused while a blocking check fails), reopen or abandon",
      request: {
        params: IdParamsSchema,
        ...jsonBody(
          z.strictObject({
            noticeDate: IsoDateSchema.optional(),
            effectiveDate: IsoDateSchema.optional(),
            options: OptionsSchema.optional(),
            status: z.enum(["ready", "draft", "abandoned"]).optional(),
            abandonReason: Text(2_000).optional(),
            handoverDone: z
              .array(z.strictObject({ key: z.enum(HANDOVER_KEYS), doneOn: IsoDateSchema.optional() }))
              .max(HANDOVER_KEYS.length)
              .optional(),
            letter: z
              .strictObject({
                subject: RequiredText(300),
                paragraphs: z.array(Text(10_000)).min(1).max(60),
                lang: z.enum(["fr", "en"]),
              })
              .nullable()
              .optional(),
          }),
        ),
      },
      responses: { 200: jsonResponse(ExitSchema, "Exit"), ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await updateExit(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/exits/{id}/letter",
      tags,
      summary: "The termination letter in French or English (JSON, or PDF with format=pdf)",
      request: {
        params: IdParamsSchema,
        query: z.object({ lang: z.enum(["fr", "en"]).optional(), format: z.enum(["json", "pdf"]).default("json") }),
      },
      responses: {
        200: {
          description: "The letter",
          content: {
            "application/json": {
              schema: z.object({
                subject: z.string(),
                paragraphs: z.array(z.string()),
                lang: z.string(),
                generated: z.boolean(),
                date: IsoDateSchema.openapi({
                  description: "The letter's date: the plan's notice day, from which its text counts the notice",
                }),
                datePassed: z.boolean().openapi({
                  description:
                    "The studio's today is after the letter's date: a letter never given before can no longer be sent as dated (reopen the plan and date it again)",
                }),
              }),
            },
            "application/pdf": { schema: z.string().openapi({ format: "binary" }) },
          },
        },
        ...problems(400, 401, 404),
      },
    }),
    async (c) => {
      const { lang, format } = c.req.valid("query");
      const actor = requireActor(c);
      const id = c.req.valid("param").id;
      if (format === "pdf") {
        return fileResponse(c, await renderExitLetter(ctx, actor, id, lang), "application/pdf");
      }
      const { workspace: _w, client: _c, ...letter } = await exitLetter(ctx, actor, id, lang);
      return c.json(letter, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/exits/{id}/letter/send",
      tags,
      summary:
        "Send the frozen termination letter by e-mail (kept in the outbox without SMTP); refused on a draft or an abandoned exit",
      request: {
        params: IdParamsSchema,
        ...jsonBody(z.strictObject({ lang: z.enum(["fr", "en"]).optional() }).openapi("SendLetter")),
      },
      responses: {
        200: jsonResponse(OutboxMessageSchema, "The message"),
        ...problems(401, 403, 404, 409),
      },
    }),
    async (c) =>
      c.json(await sendExitLetter(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json").lang), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/exits/{id}/execute",
      tags,
      summary: "Execute a ready exit in one transaction (idempotent): cancel, stop, invoice, credit, end the client",
      request: {
        params: IdParamsSchema,
        ...jsonBody(
          z
            .strictObject({
              doNotReengage: z.boolean().default(false),
              lesson: RequiredText(5_000),
              sendLetter: z
                .boolean()
                .default(false)
                .openapi({ description: "send the frozen letter in the same step" }),
            })
            .openapi("ExecuteExit"),
        ),
      },
      responses: {
        200: jsonResponse(
          z.object({
            exit: ExitSchema,
            alreadyExecuted: z.boolean(),
            finalInvoiceIds: z.array(z.string()),
            letterMessage: z.union([OutboxMessageSchema, z.null()]),
          }),
          "Executed",
        ),
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const id = c.req.valid("param").id;
      const result = await executeExit(ctx, actor, id, c.req.valid("json"));
      // Answer with the same view as GET /exits/{id} (options and letter included).
      return c.json({ ...result, exit: await getExit(ctx, actor, id) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/clients/{id}/evidence",
      tags,
      summary:
        "The client's evidence pack: signed documents with their verification, rounds, time, invoices, letters, audit",
      request: { params: IdParamsSchema },
      responses: {
        200: fileContent("application/zip", "A zip file"),
        ...problems(401, 404),
      },
    }),
    async (c) => {
      return fileResponse(
        c,
        await evidencePack(ctx, requireActor(c), c.req.valid("param").id),
        "application/zip",
        "attachment",
      );
    },
  );

  return app;
}
