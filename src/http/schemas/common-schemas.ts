/** Building blocks shared by the API's schemas. The OpenAPI document is generated from these same schemas. */
import { z } from "@hono/zod-openapi";
import { CURRENCIES } from "../../domain/money.ts";
import { JURISDICTIONS, LOCALES } from "../../domain/workspace.ts";

export const IdSchema = z.string().min(1).max(64);
export const IdParamsSchema = z.object({ id: IdSchema.openapi({ param: { name: "id", in: "path" } }) });

export const Text = (max: number) => z.string().trim().max(max);
export const RequiredText = (max: number) => z.string().trim().min(1, "required").max(max);

/** Calendar date `YYYY-MM-DD` that exists. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, "not a calendar date")
  .openapi({ example: "2026-11-26" });

/** Money in integer minor units (cents). */
export const MinorUnitsSchema = z.number().int().min(0).max(1_000_000_000_000).openapi({ example: 9500 });

export const EmailSchema = z.email().max(254);
export const OptionalEmailSchema = z.union([z.literal(""), z.email().max(254)]);

const addressFields = {
  line1: Text(200),
  line2: Text(200),
  city: Text(120),
  region: Text(60),
  postalCode: Text(20),
  country: z
    .string()
    .trim()
    .regex(/^([A-Z]{2})?$/, "ISO 3166-1 alpha-2 code, e.g. CA or FR"),
};

/** An address as the API answers it: every line present (an empty string when unknown). */
export const AddressSchema = z.strictObject(addressFields).openapi("Address");

/** An address as a request gives it: absent lines are empty. */
export const AddressInputSchema = z
  .strictObject({
    line1: addressFields.line1.default(""),
    line2: addressFields.line2.default(""),
    city: addressFields.city.default(""),
    region: addressFields.region.default(""),
    postalCode: addressFields.postalCode.default(""),
    country: addressFields.country.default(""),
  })
  .openapi("AddressInput");

/** Only the address lines given change; absent ones keep their stored value. */
export const AddressPatchSchema = z.strictObject(addressFields).partial().openapi("AddressPatch");

export const JurisdictionSchema = z.enum(JURISDICTIONS);
export const CurrencySchema = z.enum(CURRENCIES);
export const LocaleSchema = z.enum(LOCALES);

export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string(),
    fields: z.array(z.object({ path: z.string(), issue: z.string(), message: z.string() })).optional(),
    strength: z
      .object({
        score: z.int().min(0).max(4),
        acceptable: z.boolean(),
        warning: z.string().nullable(),
        suggestions: z.array(z.string()),
      })
      .optional()
      .openapi({ description: "a refused password: its zxcvbn score, why it is weak and what would help (keys)" }),
  })
  .openapi("Problem");

const problemContent = { "application/problem+json": { schema: ProblemSchema } };

/** The error responses a route can give, for the OpenAPI document. */
export function problems(...statuses: (400 | 401 | 403 | 404 | 409 | 413 | 429)[]) {
  const descriptions: Record<number, string> = {
    400: "Invalid input (the `fields` name what is wrong)",
    401: "Not signed in",
    403: "Not allowed (role, CSRF or closed sign-up)",
    404: "Not found (also for another workspace's ids)",
    409: "Conflict or invalid state",
    413: "Body too large",
    429: "Too many attempts",
  };
  return Object.fromEntries(statuses.map((s) => [s, { description: descriptions[s]!, content: problemContent }]));
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { body: { required: true, content: { "application/json": { schema } } } };
}

export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { "application/json": { schema } } };
}
