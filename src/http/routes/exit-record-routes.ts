/**
 * The records an exit reads beside its own: a mandate's milestones (the offer's delivery date, approved change orders'
 * dates, and dates the user adds or removes) and a client's formal notices (mise en demeure / notice of breach) with
 * their generated letter as JSON or PDF. Mounted by exit-routes.ts.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { listEvidenceCandidates } from "../../app/exits/exit-evidence.ts";
import {
  getFormalNotice,
  listFormalNotices,
  recordFormalNotice,
  renderFormalNoticePdf,
} from "../../app/exits/formal-notices.ts";
import {
  addMandateMilestone,
  listMandateMilestones,
  removeMandateMilestone,
} from "../../app/mandates/mandate-milestones.ts";
import type { AppContext } from "../../app/shared/context.ts";
import { EVIDENCE_KINDS } from "../../domain/exit/exit-check.ts";
import { FORMAL_NOTICE_METHODS } from "../../domain/exit/formal-notice.ts";
import { type HttpEnv, requireActor } from "../auth.ts";
import { fileResponse } from "../file-response.ts";
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

const MilestonesSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        date: z.string(),
        source: z.enum(["offer", "change_order", "user"]),
      }),
    ),
  })
  .openapi("MandateMilestones");

const FormalNoticeSchema = z
  .object({
    id: z.string(),
    clientId: z.string(),
    exitId: z.string().optional(),
    sentOn: z.string(),
    cureDays: z.number(),
    method: z.enum(FORMAL_NOTICE_METHODS),
    lang: z.enum(["fr", "en"]),
    breach: z.string(),
    invoices: z.array(z.object({ id: z.string(), number: z.string(), balance: z.number(), dueDate: z.string() })),
    ruleSet: z.enum(["CA-QC", "FR", "common-law"]),
    letter: z.object({ subject: z.string(), paragraphs: z.array(z.string()) }),
    createdAt: z.string(),
  })
  .openapi("FormalNotice");

export function exitRecordRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<HttpEnv>();

  app.openapi(
    createRoute({
      method: "get",
      path: "/mandates/{id}/milestones",
      tags: ["Mandates"],
      summary: "A mandate's milestones: the offer's delivery date, approved change orders' dates, the user's dates",
      request: { params: IdParamsSchema },
      responses: { 200: jsonResponse(MilestonesSchema, "Milestones, earliest first"), ...problems(401, 404) },
    }),
    async (c) => c.json(await listMandateMilestones(ctx, requireActor(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/mandates/{id}/milestones",
      tags: ["Mandates"],
      summary: "Add a dated milestone (a launch) to an open mandate",
      request: {
        params: IdParamsSchema,
        ...jsonBody(z.strictObject({ title: RequiredText(200), date: IsoDateSchema }).openapi("NewMilestone")),
      },
      responses: { 201: jsonResponse(MilestonesSchema, "Milestones"), ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(await addMandateMilestone(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/mandates/{id}/milestones/{milestoneId}",
      tags: ["Mandates"],
      summary: "Remove a milestone the user added",
      request: {
        params: z.object({
          id: IdSchema.openapi({ param: { name: "id", in: "path" } }),
          milestoneId: IdSchema.openapi({ param: { name: "milestoneId", in: "path" } }),
        }),
      },
      responses: { 200: jsonResponse(MilestonesSchema, "Milestones"), ...problems(401, 403, 404, 409) },
    }),
    async (c) => {
      const { id, milestoneId } = c.req.valid("param");
      return c.json(await removeMandateMilestone(ctx, requireActor(c), id, milestoneId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/clients/{id}/formal-notices",
      tags: ["Exits"],
      summary: "Record a formal notice sent to the client (date, cure delay, method); its letter is generated",
      request: {
        params: IdParamsSchema,
        ...jsonBody(
          z
            .strictObject({
              sentOn: IsoDateSchema,
              cureDays: z.int().min(1).max(365),
              method: z.enum(FORMAL_NOTICE_METHODS),
              breach: Text(4_000),
              invoiceIds: z.array(IdSchema).max(50).optional(),
              exitId: IdSchema.optional(),
              lang: z.enum(["fr", "en"]).optional(),
            })
            .openapi("NewFormalNotice"),
        ),
      },
      responses: { 201: jsonResponse(FormalNoticeSchema, "The notice"), ...problems(400, 401, 403, 404) },
    }),
    async (c) =>
      c.json(await recordFormalNotice(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/clients/{id}/formal-notices",
      tags: ["Exits"],
      summary: "The client's formal notices, latest first",
      request: { params: IdParamsSchema },
      responses: {
        200: jsonResponse(z.object({ items: z.array(FormalNoticeSchema) }), "Notices"),
        ...problems(401, 404),
      },
    }),
    async (c) => c.json({ items: await listFormalNotices(ctx, requireActor(c), c.req.valid("param").id) }, 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/formal-notices/{id}",
      tags: ["Exits"],
      summary: "A formal notice with its letter (JSON, or PDF with format=pdf)",
      request: { params: IdParamsSchema, query: z.object({ format: z.enum(["json", "pdf"]).default("json") }) },
      responses: {
        200: {
          description: "The notice",
          content: {
            "application/json": { schema: FormalNoticeSchema },
            "application/pdf": { schema: z.string().openapi({ format: "binary" }) },
          },
        },
        ...problems(401, 404),
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const id = c.req.valid("param").id;
      if (c.req.valid("query").format === "pdf")
        return fileResponse(c, await renderFormalNoticePdf(ctx, actor, id), "application/pdf");
      return c.json(await getFormalNotice(ctx, actor, id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/clients/{id}/exit-evidence",
      tags: ["Exits"],
      summary:
        "The client's records that can show a serious reason: signals, rounds, rejected change orders, overdue invoices, formal notices",
      request: { params: IdParamsSchema },
      responses: {
        200: jsonResponse(
          z.object({
            items: z.array(
              z.object({
                kind: z.enum(EVIDENCE_KINDS),
                id: z.string(),
                label: z.object({ fr: z.string(), en: z.string() }),
              }),
            ),
          }),
          "Records",
        ),
        ...problems(401, 404),
      },
    }),
    async (c) => c.json({ items: await listEvidenceCandidates(ctx, requireActor(c), c.req.valid("param").id) }, 200),
  );

  return app;
}
