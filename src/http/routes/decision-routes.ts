import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { getDecision, listDecisions, openDecision, updateDecision } from "../../app/exits/decisions.ts";
import { renderDecisionWorksheet } from "../../app/exits/render-decision-worksheet.ts";
import type { AppContext } from "../../app/shared/context.ts";
import { DECISION_OPTIONS } from "../../domain/decision/decision-worksheet.ts";
import { type HttpEnv, requireActor } from "../auth.ts";
import { fileContent, fileResponse } from "../file-response.ts";
import {
  IdParamsSchema,
  IdSchema,
  jsonBody,
  jsonResponse,
  MinorUnitsSchema,
  problems,
  RequiredText,
} from "../schemas/common-schemas.ts";
import { DecisionRowSchema, DecisionSchema } from "../schemas/decision-schemas.ts";

const Option = z.enum(DECISION_OPTIONS);
const OneToFive = z.int().min(1).max(5);

const OpenSchema = z
  .strictObject({
    expectedFutureWork: z
      .array(
        z.strictObject({
          description: RequiredText(300),
          amount: MinorUnitsSchema,
          probabilityPercent: z.int().min(0).max(100).optional(),
        }),
      )
      .max(50)
      .optional(),
    renegotiatedHoursPerWeek: z.number().min(0).max(168).optional(),
  })
  .openapi("OpenDecision");

const UpdateSchema = z
  .strictObject({
    ratings: z
      .array(z.strictObject({ criterionId: IdSchema, option: Option, rating: OneToFive }))
      .max(200)
      .optional(),
    addArguments: z
      .array(
        z.strictObject({ option: Option, side: z.enum(["pro", "con"]), text: RequiredText(1_000), weight: OneToFive }),
      )
      .max(50)
      .optional(),
    weights: z
      .array(z.strictObject({ argumentId: IdSchema, weight: OneToFive }))
      .max(200)
      .optional(),
    removeArguments: z.array(IdSchema).max(200).optional(),
    verdict: z.strictObject({ verdict: Option, rationale: RequiredText(5_000) }).optional(),
    revise: z.boolean().optional(),
  })
  .openapi("UpdateDecision");

export function decisionRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<HttpEnv>();
  const tags = ["Decisions"];

  app.openapi(
    createRoute({
      method: "post",
      path: "/clients/{id}/decisions",
      tags,
      summary:
        "Open a continue / renegotiate / stop worksheet prefilled with the client's facts and the studio's values",
      request: { params: IdParamsSchema, ...jsonBody(OpenSchema) },
      responses: { 201: jsonResponse(DecisionSchema, "Worksheet"), ...problems(400, 401, 403, 404) },
    }),
    async (c) => c.json(await openDecision(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/clients/{id}/decisions",
      tags,
      summary: "A client's decisions, newest first",
      request: { params: IdParamsSchema },
      responses: {
        200: jsonResponse(z.object({ items: z.array(DecisionRowSchema) }), "Decisions"),
        ...problems(401, 404),
      },
    }),
    async (c) => c.json({ items: await listDecisions(ctx, requireActor(c), c.req.valid("param").id) }, 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/decisions/{id}",
      tags,
      summary: "A worksheet with the options scored side by side",
      request: { params: IdParamsSchema },
      responses: { 200: jsonResponse(DecisionSchema, "Worksheet"), ...problems(401, 404) },
    }),
    async (c) => c.json(await getDecision(ctx, requireActor(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/decisions/{id}/pdf",
      tags,
      summary: "The worksheet as a PDF: verdict and rationale, scores side by side, facts, values and arguments",
      request: { params: IdParamsSchema },
      responses: { 200: fileContent("application/pdf", "A PDF file"), ...problems(401, 404) },
    }),
    async (c) =>
      fileResponse(c, await renderDecisionWorksheet(ctx, requireActor(c), c.req.valid("param").id), "application/pdf"),
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/decisions/{id}",
      tags,
      summary: "Rate the values per option, add or weigh arguments, record the verdict; or revise a decided worksheet",
      request: { params: IdParamsSchema, ...jsonBody(UpdateSchema) },
      responses: { 200: jsonResponse(DecisionSchema, "Worksheet"), ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await updateDecision(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  return app;
}
