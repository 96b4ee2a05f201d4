import type { z } from "zod";
import { DomainError } from "../errors.ts";
import type { OfferContent } from "./offer-content.ts";
import { OfferContentSchema } from "./offer-content.ts";

/** A zod failure as a `validation` DomainError naming every field at fault (dotted paths). */
export function zodToDomainError(error: z.ZodError): DomainError {
  const fields = error.issues.map((i) => ({ path: i.path.map(String).join("."), issue: i.code, message: i.message }));
  return new DomainError("validation", fields.map((f) => `${f.path}: ${f.message}`).join("; "), { fields });
}

/** Parses unknown input as offer content; throws a `validation` DomainError listing the fields at fault. */
export function parseOfferContent(input: unknown): OfferContent {
  const parsed = OfferContentSchema.safeParse(input);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  return parsed.data;
}
