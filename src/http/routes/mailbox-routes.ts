import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import {
  getMailboxSettings,
  getRoundMailSource,
  importMailMessage,
  listMailboxFolders,
  listMailboxMessages,
  removeMailbox,
  setMailbox,
} from "../../app/mail/mail-import.ts";
import type { AppContext } from "../../app/shared/context.ts";
import { type HttpEnv, requireActor } from "../auth.ts";
import {
  IdParamsSchema,
  IdSchema,
  jsonBody,
  jsonResponse,
  ProblemSchema,
  problems,
  RequiredText,
} from "../schemas/common-schemas.ts";
import { AttachmentSchema, ImportedRoundSchema, importConflict } from "../schemas/mail-schemas.ts";
import { receivedMailRoutes } from "./received-mail-routes.ts";

/** Host name or IP address, without scheme, path or port. */
const HostSchema = z
  .string()
  .trim()
  .min(1, "required")
  .max(253)
  .regex(
    /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[?[0-9A-Fa-f:.]+\]?)$/,
    "a host name such as imap.example.com",
  )
  .openapi({ example: "imap.example.test" });

const SecuritySchema = z.enum(["tls", "starttls", "none"]).openapi({
  description:
    "`tls`: TLS from the start (port 993); `starttls`: upgraded (port 143); `none`: only to a server on this machine",
});

const MailboxSettingsSchema = z
  .object({
    configured: z.boolean(),
    host: z.string(),
    port: z.int(),
    security: SecuritySchema,
    username: z.string(),
    folder: z.string(),
    updatedAt: z.string().nullable(),
    polledAt: z.string().nullable().openapi({ description: "When the server last polled the mailbox" }),
    lastError: z.string().nullable().openapi({ description: "Why the last poll failed; null once one succeeds" }),
    lastErrorAt: z.string().nullable(),
  })
  .openapi("MailboxSettings");

const MailboxInputSchema = z
  .strictObject({
    host: HostSchema,
    port: z.int().min(1).max(65535).openapi({ example: 993 }),
    security: SecuritySchema,
    username: RequiredText(320),
    password: z.string().min(1).max(1000).optional().openapi({ description: "Absent: keep the stored password" }),
    folder: RequiredText(300).default("INBOX"),
  })
  .openapi("MailboxInput");

const MailboxMessageSchema = z
  .object({
    uid: z.int(),
    messageId: z.string().nullable(),
    subject: z.string(),
    from: z.object({ name: z.string(), address: z.string() }).nullable(),
    date: z.string().nullable(),
    size: z.int(),
    attachments: z.array(AttachmentSchema),
    clientMatch: z.enum(["address", "domain"]).nullable(),
    imported: z.object({ roundId: z.string(), mandateId: z.string(), importedAt: z.string() }).nullable(),
  })
  .openapi("MailboxMessage");

export const mailProblems = {
  422: {
    description: "The mail server refused the user name or password (`mail_login_refused`)",
    content: { "application/problem+json": { schema: ProblemSchema } },
  },
  502: {
    description: "The mail server cannot be reached or answers unusably (`mail_server_unreachable`, with a `reason`)",
    content: {
      "application/problem+json": {
        schema: ProblemSchema.extend({ reason: z.string().optional() }).openapi("MailServerProblem"),
      },
    },
  },
};

export function mailboxRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<HttpEnv>();
  const tags = ["Mailbox"];

  app.openapi(
    createRoute({
      method: "get",
      path: "/mailbox",
      tags,
      summary: "The workspace's mailbox settings (never the password)",
      responses: { 200: jsonResponse(MailboxSettingsSchema, "Settings"), ...problems(401) },
    }),
    async (c) => c.json(await getMailboxSettings(ctx, requireActor(c)), 200),
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/mailbox",
      tags,
      summary: "Connect the workspace's mailbox (IMAP); the password is stored encrypted",
      request: jsonBody(MailboxInputSchema),
      responses: { 200: jsonResponse(MailboxSettingsSchema, "Settings"), ...problems(400, 401, 403) },
    }),
    async (c) => c.json(await setMailbox(ctx, requireActor(c), c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/mailbox",
      tags,
      summary: "Disconnect the mailbox (messages already imported stay)",
      responses: { 204: { description: "Disconnected" }, ...problems(401, 403, 404) },
    }),
    async (c) => {
      await removeMailbox(ctx, requireActor(c));
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/mailbox/folders",
      tags,
      summary: "The mailbox's folders, read from the mail server",
      responses: {
        200: jsonResponse(z.object({ items: z.array(z.object({ path: z.string(), name: z.string() })) }), "Folders"),
        ...problems(401, 403, 404, 409),
        ...mailProblems,
      },
    }),
    async (c) => c.json({ items: await listMailboxFolders(ctx, requireActor(c)) }, 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/mailbox/messages",
      tags,
      summary: "The newest messages of a folder (read-only: nothing is marked read), each marked when imported",
      request: {
        query: z.object({
          folder: z.string().trim().min(1).max(300).optional(),
          limit: z.coerce.number().int().min(1).max(100).default(25),
          mandateId: IdSchema.optional().openapi({ description: "Mark the senders that are this mandate's client" }),
        }),
      },
      responses: {
        200: jsonResponse(z.object({ folder: z.string(), items: z.array(MailboxMessageSchema) }), "Messages"),
        ...problems(400, 401, 403, 404, 409),
        ...mailProblems,
      },
    }),
    async (c) => c.json(await listMailboxMessages(ctx, requireActor(c), c.req.valid("query")), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/mandates/{id}/rounds/from-mailbox",
      tags: ["Scope guard", ...tags],
      summary:
        "Import a message of the mailbox as a feedback round (once per message: again answers 409 naming the round)",
      request: {
        params: IdParamsSchema,
        ...jsonBody(
          z
            .strictObject({
              uid: z.int().min(1).openapi({ description: "The message's IMAP UID in the folder" }),
              folder: z.string().trim().min(1).max(300).optional(),
            })
            .openapi("MailboxImport"),
        ),
      },
      responses: {
        201: jsonResponse(ImportedRoundSchema, "The round with its claims, and the message it came from"),
        ...problems(400, 401, 403, 404, 413),
        ...importConflict,
        ...mailProblems,
      },
    }),
    async (c) =>
      c.json(await importMailMessage(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/rounds/{id}/mail",
      tags: ["Scope guard", ...tags],
      summary: "The e-mail a round was imported from (null for a pasted list)",
      request: { params: IdParamsSchema },
      responses: {
        200: jsonResponse(
          z.object({
            mail: z
              .object({
                messageId: z.string().nullable(),
                roundId: z.string(),
                mandateId: z.string(),
                folder: z.string(),
                uid: z.int(),
                subject: z.string(),
                sender: z.string(),
                sentAt: z.string().nullable(),
                attachments: z.array(AttachmentSchema),
                createdAt: z.string(),
              })
              .nullable(),
          }),
          "The message, or null",
        ),
        ...problems(401, 404),
      },
    }),
    async (c) => c.json(await getRoundMailSource(ctx, requireActor(c), c.req.valid("param").id), 200),
  );

  app.route("/", receivedMailRoutes(ctx));
  return app;
}
