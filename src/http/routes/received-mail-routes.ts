/** The messages the server received by polling the mailbox, and the round one of them becomes in one action. */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import {
  getReceivedAttachment,
  getReceivedMessage,
  listReceivedMessages,
  pollMailboxNow,
  roundFromReceivedMessage,
} from "../../app/mail/received-mail.ts";
import type { AppContext } from "../../app/shared/context.ts";
import { type HttpEnv, requireActor } from "../auth.ts";
import { fileContent, fileResponse } from "../file-response.ts";
import {
  IdParamsSchema,
  IdSchema,
  jsonBody,
  jsonResponse,
  PageQuerySchema,
  problems,
} from "../schemas/common-schemas.ts";
import { AttachmentSchema, ImportedRoundSchema, importConflict } from "../schemas/mail-schemas.ts";

const ReceivedMailSchema = z
  .object({
    id: z.string(),
    messageId: z.string().nullable(),
    subject: z.string(),
    sender: z.string(),
    sentAt: z.string().nullable(),
    receivedOn: z.string(),
    size: z.int(),
    attachments: z.array(AttachmentSchema),
    problem: z
      .enum(["no_text", "too_large", "broken_mime", "no_claims"])
      .nullable()
      .openapi({ description: "Why it cannot become a list (it is kept all the same); null when it reads as one" }),
    problemDetail: z.string().nullable(),
    client: z
      .object({ id: z.string(), name: z.string(), match: z.enum(["address", "domain"]) })
      .nullable()
      .openapi({ description: "The client whose contact's address, or company domain, the sender writes from" }),
    mandate: z
      .object({ id: z.string(), title: z.string() })
      .nullable()
      .openapi({ description: "The client's current mandate, where one click puts the list" }),
    imported: z.object({ roundId: z.string(), mandateId: z.string(), importedAt: z.string() }).nullable(),
    createdAt: z.string(),
  })
  .openapi("ReceivedMail");

export function receivedMailRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<HttpEnv>();
  const tags = ["Mailbox"];

  app.openapi(
    createRoute({
      method: "get",
      path: "/mailbox/received",
      tags,
      summary: "The messages the server received by polling the mailbox, newest first (broken ones with their reason)",
      request: { query: PageQuerySchema },
      responses: {
        200: jsonResponse(z.object({ items: z.array(ReceivedMailSchema), total: z.int() }), "Received messages"),
        ...problems(400, 401, 403),
      },
    }),
    async (c) => {
      const { page, pageSize } = c.req.valid("query");
      const found = await listReceivedMessages(ctx, requireActor(c), {
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return c.json(found, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/mailbox/received/{id}",
      tags,
      summary: "One received message with its text as kept",
      request: { params: IdParamsSchema },
      responses: {
        200: jsonResponse(ReceivedMailSchema.extend({ text: z.string() }), "The message"),
        ...problems(401, 403, 404),
      },
    }),
    async (c) => c.json(await getReceivedMessage(ctx, requireActor(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/mailbox/received/{id}/round",
      tags: ["Scope guard", ...tags],
      summary:
        "Make a received message a feedback round: of the client's current mandate, or of `mandateId` (once: again answers 409 naming the round)",
      request: {
        params: IdParamsSchema,
        ...jsonBody(
          z
            .strictObject({
              mandateId: IdSchema.optional().openapi({ description: "Default: the sender's client's current mandate" }),
            })
            .openapi("ReceivedMailRound"),
        ),
      },
      responses: {
        201: jsonResponse(ImportedRoundSchema, "The round with its claims, and the message it came from"),
        ...problems(400, 401, 403, 404),
        ...importConflict,
      },
    }),
    async (c) =>
      c.json(await roundFromReceivedMessage(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/mailbox/received/{id}/attachments/{index}",
      tags,
      summary:
        "One attachment of a received message, as received (always a download, `application/octet-stream`: never shown inline)",
      request: {
        params: IdParamsSchema.extend({
          index: z.coerce
            .number()
            .int()
            .min(0)
            .max(1000)
            .openapi({ param: { name: "index", in: "path" }, description: "Its place in `attachments`, from 0" }),
        }),
      },
      responses: {
        200: fileContent("application/octet-stream", "The attachment's bytes"),
        ...problems(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { id, index } = c.req.valid("param");
      const file = await getReceivedAttachment(ctx, requireActor(c), id, index);
      // A sender's file name, made safe for the header (ASCII, no quotes).
      const filename = file.filename.replace(/[^\x20-\x7e]|["\\]/g, "_") || `attachment-${index + 1}`;
      return fileResponse(c, { bytes: file.bytes, filename }, "application/octet-stream", "attachment");
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/mailbox/poll",
      tags,
      summary: "Poll the mailbox now (the server also does it every two minutes by itself)",
      responses: {
        200: jsonResponse(
          z.object({
            received: z.int().openapi({ description: "Messages kept by this poll" }),
            withProblem: z.int().openapi({ description: "Of them, kept with a reason they cannot become a list" }),
            error: z.string().nullable().openapi({ description: "Why the mailbox could not be polled" }),
          }),
          "What the poll found",
        ),
        ...problems(401, 403, 404),
      },
    }),
    async (c) => c.json(await pollMailboxNow(ctx, requireActor(c)), 200),
  );

  return app;
}
