/** Shapes shared by the mailbox's routes: an attachment, a message become a round, and the 409 of a second import. */
import { z } from "@hono/zod-openapi";
import { ProblemSchema } from "./common-schemas.ts";
import { RoundViewSchema } from "./round-schemas.ts";

export const AttachmentSchema = z.object({ filename: z.string(), contentType: z.string(), size: z.int() });

/** A second import of the same message names the round it became. */
export const importConflict = {
  409: {
    description: "Already imported (`conflict`, naming `roundId`), or the client relationship has ended",
    content: {
      "application/problem+json": {
        schema: ProblemSchema.extend({
          roundId: z.string().optional(),
          mandateId: z.string().optional(),
          importedAt: z.string().optional(),
        }).openapi("MailImportConflict"),
      },
    },
  },
};

/** A message become a round: the round with its claims, and the message it came from. */
export const ImportedRoundSchema = RoundViewSchema.extend({
  message: z.object({
    messageId: z.string().nullable(),
    subject: z.string(),
    sender: z.string(),
    sentAt: z.string().nullable(),
    receivedOn: z.string(),
    attachments: z.array(AttachmentSchema),
    folder: z.string(),
    uid: z.int(),
  }),
}).openapi("ImportedRound");
