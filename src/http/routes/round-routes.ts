import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { confirmRepeat } from "../../app/scope/confirm-repeat.ts";
import { deleteClaim, mergeClaims, splitClaim, updateClaim } from "../../app/scope/edit-claims.ts";
import { receiveRound } from "../../app/scope/receive-round.ts";
import { replyToRound } from "../../app/scope/reply-to-round.ts";
import { getRound, listRounds } from "../../app/scope/round-view.ts";
import type { AppContext } from "../../app/shared/context.ts";
import { type HttpEnv, requireActor } from "../auth.ts";
import { IdParamsSchema, jsonBody, jsonResponse, problems, Text } from "../schemas/common-schemas.ts";
import { OutboxMessageSchema } from "../schemas/outbox-schemas.ts";
import {
  ClaimSchema,
  MergeClaimsSchema,
  ReceiveRoundSchema,
  RoundViewSchema,
  SplitClaimSchema,
  UpdateClaimSchema,
} from "../schemas/round-schemas.ts";

export function roundRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<HttpEnv>();
  const tags = ["Scope guard"];

  app.openapi(
    createRoute({
      method: "post",
      path: "/mandates/{id}/rounds",
      tags,
      summary: "Receive a client's feedback list: kept as received and split into claims",
      request: { params: IdParamsSchema, ...jsonBody(ReceiveRoundSchema) },
      responses: {
        201: jsonResponse(RoundViewSchema, "The round with its claims and baseline suggestions"),
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const body = c.req.valid("json");
      const view = await receiveRound(ctx, requireActor(c), c.req.valid("param").id, {
        text: body.text,
        receivedOn: body.receivedAt.slice(0, 10),
      });
      return c.json(view, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/mandates/{id}/rounds",
      tags,
      summary: "A mandate's feedback rounds with their triage progress",
      request: { params: IdParamsSchema },
      responses: {
        200: jsonResponse(
          z.object({
            items: z.array(
              z.object({
                id: z.string(),
                receivedOn: z.string(),
                createdAt: z.string(),
                claims: z.int(),
                triaged: z.int(),
              }),
            ),
          }),
          "Rounds",
        ),
        ...problems(401, 404),
      },
    }),
    async (c) => c.json({ items: await listRounds(ctx, requireActor(c), c.req.valid("param").id) }, 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/rounds/{id}",
      tags,
      summary: "A round's claims, each beside the signed baseline ranked by relevance",
      request: { params: IdParamsSchema },
      responses: { 200: jsonResponse(RoundViewSchema, "Round"), ...problems(401, 404) },
    }),
    async (c) => c.json(await getRound(ctx, requireActor(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/claims/{id}",
      tags,
      summary: "Triage a claim (or clear its triage), or correct its words before triage",
      request: { params: IdParamsSchema, ...jsonBody(UpdateClaimSchema) },
      responses: { 200: jsonResponse(ClaimSchema, "Claim"), ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await updateClaim(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/claims/{id}/confirm-repeat",
      tags,
      summary: "Confirm that a claim repeats a point the client already had answered or delivered",
      request: { params: IdParamsSchema },
      responses: { 200: jsonResponse(ClaimSchema, "Claim"), ...problems(401, 403, 404, 409) },
    }),
    async (c) => c.json(await confirmRepeat(ctx, requireActor(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/claims/{id}",
      tags,
      summary: "Remove an untriaged claim that is not a request (a signature, a greeting)",
      request: { params: IdParamsSchema },
      responses: { 204: { description: "Removed" }, ...problems(401, 403, 404, 409) },
    }),
    async (c) => {
      await deleteClaim(ctx, requireActor(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/rounds/{id}/merge",
      tags,
      summary: "Merge untriaged claims of a round into one",
      request: { params: IdParamsSchema, ...jsonBody(MergeClaimsSchema) },
      responses: { 200: jsonResponse(ClaimSchema, "The merged claim"), ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(await mergeClaims(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json").claimIds), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/claims/{id}/split",
      tags,
      summary: "Split an untriaged claim in two at an offset of its text",
      request: { params: IdParamsSchema, ...jsonBody(SplitClaimSchema) },
      responses: {
        200: jsonResponse(z.object({ items: z.array(ClaimSchema) }), "The two claims"),
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) =>
      c.json(
        {
          items: await splitClaim(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json").atOffset),
        },
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/rounds/{id}/reply",
      tags,
      summary: "Generate (or save an edited) reply to the round in the client's language; optionally send it",
      request: {
        params: IdParamsSchema,
        ...jsonBody(
          z
            .strictObject({
              subject: Text(300).optional(),
              body: Text(50_000).optional(),
              send: z.boolean().optional(),
            })
            .openapi("RoundReply"),
        ),
      },
      responses: {
        200: jsonResponse(
          z
            .object({
              subject: z.string(),
              body: z.string(),
              language: z.string(),
              updatedAt: z.string(),
              sentAt: z.string().optional().openapi({ description: "when the reply was sent (kept in the outbox)" }),
              message: z.union([OutboxMessageSchema, z.null()]).openapi({ description: "the message, when sent" }),
            })
            .openapi("RoundLetter"),
          "The letter",
        ),
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) => c.json(await replyToRound(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  return app;
}
