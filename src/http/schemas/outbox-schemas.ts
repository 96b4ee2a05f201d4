/** An outgoing message as every operation answers it: the outbox's list, a sending, a reminder, a reply. */
import { z } from "@hono/zod-openapi";

export const OutboxMessageSchema = z
  .object({
    id: z.string(),
    kind: z.string().openapi({ description: "what it is: offer, invoice, reminder, reply, exit letter…" }),
    to: z.string(),
    subject: z.string(),
    body: z.string(),
    entity: z.string().openapi({ description: "the kind of record it is about (invoice, offer…)" }),
    entityId: z.string(),
    status: z.enum(["pending", "sent", "failed", "kept"]),
    error: z.string().nullable(),
    createdAt: z.string().openapi({ description: "when it was sent (written to the outbox)" }),
    sentAt: z.string().nullable().openapi({ description: "when SMTP accepted it; null: not delivered (yet)" }),
    attachments: z
      .array(z.object({ filename: z.string(), entity: z.string(), entityId: z.string() }))
      .optional()
      .openapi({ description: "documents attached (rendered when sent): the invoice's PDF…" }),
    messageKey: z
      .string()
      .optional()
      .openapi({ description: "unique per workspace: a message with this key is written once (automatic reminders)" }),
  })
  .openapi("OutboxMessage");
