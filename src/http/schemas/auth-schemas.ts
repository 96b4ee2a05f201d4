import { z } from "@hono/zod-openapi";
import { parseInvoiceNumberPattern } from "../../domain/invoice/invoice-number.ts";
import { ROLES } from "../../domain/permissions.ts";
import {
  AddressPatchSchema,
  AddressSchema,
  CurrencySchema,
  EmailSchema,
  JurisdictionSchema,
  LocaleSchema,
  MinorUnitsSchema,
  RequiredText,
  Text,
} from "./common-schemas.ts";

const TimeRoundingSchema = z
  .union([z.literal(0), z.literal(6), z.literal(10), z.literal(15), z.literal(30)])
  .openapi({ description: "round each time entry up to this many minutes; 0 = no rounding" });

export const PasswordSchema = z.string().min(12, "at least 12 characters").max(200);

export const ChangePasswordSchema = z
  .strictObject({ currentPassword: z.string().min(1).max(200), newPassword: PasswordSchema })
  .openapi("ChangePassword");

export const SignUpSchema = z
  .strictObject({
    email: EmailSchema,
    password: PasswordSchema,
    name: RequiredText(120),
    workspace: z.strictObject({
      name: RequiredText(200),
      jurisdiction: JurisdictionSchema.default("CA-QC"),
      currency: CurrencySchema.default("CAD"),
      locale: LocaleSchema.default("fr-CA"),
    }),
  })
  .openapi("SignUp");

export const LogInSchema = z
  .strictObject({
    email: EmailSchema,
    password: z.string().min(1).max(200),
    code: z.string().max(40).optional().openapi({
      description: "the second factor when the account has one: the app's 6-digit code or a recovery code",
    }),
  })
  .openapi("LogIn");

export const AcceptInviteSchema = z
  .strictObject({ token: z.string().min(10).max(200), name: RequiredText(120), password: PasswordSchema })
  .openapi("AcceptInvite");

export const RoleSchema = z.enum(ROLES);
const HoursSchema = z.number().min(0).max(168);

export const MemberSchema = z
  .object({
    id: z.string(),
    workspaceId: z.string(),
    userId: z.string().nullable().openapi({ description: "null until an invited member accepts" }),
    name: z.string(),
    email: z.string(),
    role: RoleSchema,
    status: z.enum(["invited", "active", "disabled"]),
    weeklyCapacityHours: z.number(),
    costRate: z.number().int(),
    billableRate: z.number().int(),
    createdAt: z.string(),
  })
  .openapi("Member");

export const InviteMemberSchema = z
  .strictObject({
    email: EmailSchema,
    name: RequiredText(120),
    role: RoleSchema,
    weeklyCapacityHours: HoursSchema.optional(),
    costRate: MinorUnitsSchema.optional(),
    billableRate: MinorUnitsSchema.optional(),
  })
  .openapi("InviteMember");

export const UpdateMemberSchema = z
  .strictObject({
    name: RequiredText(120).optional(),
    role: RoleSchema.optional(),
    status: z.enum(["active", "disabled"]).optional(),
    weeklyCapacityHours: HoursSchema.optional(),
    costRate: MinorUnitsSchema.optional(),
    billableRate: MinorUnitsSchema.optional(),
  })
  .openapi("UpdateMember");

const TaxIdsSchema = z.object({
  gst: z.string().nullable(),
  qst: z.string().nullable(),
  siren: z.string().nullable(),
  vat: z.string().nullable(),
});
const TermsSchema = z.object({
  paymentDays: z.number().int().min(0).max(365),
  lateInterestBp: z.number().int().min(0).max(10_000),
  noticeDays: z.number().int().min(0).max(730),
  vatOnDebits: z
    .boolean()
    .optional()
    .openapi({ description: "France: option pour le paiement de la taxe d'après les débits (printed on invoices)" }),
});
export const PaymentInstructionsSchema = z
  .object({
    accountHolder: z.string(),
    institutionNumber: z.string().openapi({ description: "Canada: 3-digit institution number" }),
    transitNumber: z.string().openapi({ description: "Canada: 5-digit transit (branch) number" }),
    accountNumber: z.string().openapi({ description: "Canada: 7 to 12-digit account number" }),
    iban: z.string(),
    bic: z.string(),
    interacEmail: z.string().openapi({ description: "Interac e-Transfer address" }),
    chequePayableTo: z.string(),
  })
  .openapi("PaymentInstructions");
const ValueSchema = z.object({ id: z.string(), statement: z.string(), weight: z.number().int().min(1).max(5) });

export const WorkspaceSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    legalName: z.string(),
    address: AddressSchema,
    jurisdiction: JurisdictionSchema,
    currency: CurrencySchema,
    locale: LocaleSchema,
    taxIds: TaxIdsSchema,
    targetHourlyRate: z.number().int(),
    terms: TermsSchema,
    values: z.array(ValueSchema),
    timeRoundingMinutes: TimeRoundingSchema,
    invoiceNumberPattern: z.string().optional(),
    paymentInstructions: PaymentInstructionsSchema.optional().openapi({
      description: "how clients pay, printed on every invoice and shown in the portal",
    }),
    createdAt: z.string(),
  })
  .openapi("Workspace");

/** `{YYYY}-{SEQ:4}`, `F-{YY}{SEQ:5}`…: exactly one `{SEQ}` (domain `parseInvoiceNumberPattern`). */
const InvoiceNumberPatternSchema = z
  .string()
  .trim()
  .superRefine((s, ctx) => {
    const parsed = parseInvoiceNumberPattern(s);
    if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.reason });
  });

const OptionalTaxId = z
  .string()
  .trim()
  .max(40)
  .nullable()
  .transform((s) => (s ? s : null))
  .optional();

export const UpdateWorkspaceSchema = z
  .strictObject({
    name: RequiredText(200).optional(),
    legalName: Text(200).optional(),
    address: AddressPatchSchema.optional(),
    jurisdiction: JurisdictionSchema.optional(),
    currency: CurrencySchema.optional(),
    locale: LocaleSchema.optional(),
    taxIds: z
      .strictObject({ gst: OptionalTaxId, qst: OptionalTaxId, siren: OptionalTaxId, vat: OptionalTaxId })
      .optional(),
    targetHourlyRate: MinorUnitsSchema.optional(),
    timeRoundingMinutes: TimeRoundingSchema.optional(),
    invoiceNumberPattern: InvoiceNumberPatternSchema.optional(),
    terms: TermsSchema.partial().strict().optional(),
    paymentInstructions: z
      .strictObject({
        accountHolder: Text(200).optional(),
        institutionNumber: Text(3).optional(),
        transitNumber: Text(5).optional(),
        accountNumber: Text(12).optional(),
        iban: Text(42).optional(),
        bic: Text(11).optional(),
        interacEmail: Text(254).optional(),
        chequePayableTo: Text(200).optional(),
      })
      .optional(),
    values: z
      .array(
        z.strictObject({
          id: z.string().max(64).optional(),
          statement: RequiredText(300),
          weight: z.number().int().min(1).max(5),
        }),
      )
      .max(30)
      .optional(),
  })
  .openapi("UpdateWorkspace");

export const MeSchema = z
  .object({
    user: z.object({ id: z.string(), email: z.string(), name: z.string(), locale: z.string() }),
    member: MemberSchema,
    workspace: WorkspaceSchema,
    csrfToken: z.string().nullable(),
    twoFactorSetupRequired: z.boolean().openapi({
      description:
        "The workspace requires two-step sign-in and this member has not set it up: until they do, every other " +
        "operation answers 403 `two_factor_setup_required`",
    }),
  })
  .openapi("Me");

export const UpdateMeSchema = z
  .strictObject({
    name: RequiredText(120).optional(),
    locale: LocaleSchema.optional(),
    weeklyCapacityHours: HoursSchema.optional(),
    costRate: MinorUnitsSchema.optional(),
    billableRate: MinorUnitsSchema.optional(),
  })
  .openapi("UpdateMe");

export const ApiTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    memberId: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
  })
  .openapi("ApiToken");
