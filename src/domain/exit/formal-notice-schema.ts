/**
 * A formal notice as stored (decision 0006): the shape the store reads back through (`parseStoredJson`). The compiler
 * checks that it reads exactly into `FormalNotice`.
 */
import { z } from "zod";
import type { Same } from "../same-type.ts";
import { FORMAL_NOTICE_METHODS, type FormalNotice } from "./formal-notice.ts";

export const FormalNoticeSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  exitId: z.string().optional(),
  sentOn: z.iso.date(),
  cureDays: z.int(),
  method: z.enum(FORMAL_NOTICE_METHODS),
  lang: z.enum(["fr", "en"]),
  breach: z.string(),
  invoices: z.array(z.object({ id: z.string(), number: z.string(), balance: z.int(), dueDate: z.iso.date() })),
  ruleSet: z.enum(["CA-QC", "FR", "common-law"]),
  letter: z.object({ subject: z.string(), paragraphs: z.array(z.string()) }),
  createdAt: z.string(),
});

true satisfies Same<z.output<typeof FormalNoticeSchema>, FormalNotice>;
