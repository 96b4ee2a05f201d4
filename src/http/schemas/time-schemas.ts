/** What the time routes answer: entries, the list's page, timers, the week, goodwill and capacity — every field named. */
import { z } from "@hono/zod-openapi";
import { BUDGET_STATUSES } from "../../domain/time/goodwill-budget-status.ts";
import { TIME_CATEGORIES } from "../../domain/time/time-entry.ts";
import { MoneySchema } from "./invoice-view-schemas.ts";

export const TimeCategorySchema = z.enum(TIME_CATEGORIES).openapi("TimeCategory");
const IsoDate = z.string().openapi({ format: "date" });
const Localized = z.object({ fr: z.string(), en: z.string() });
const ByCategory = z.object(
  Object.fromEntries(TIME_CATEGORIES.map((c) => [c, z.int()])) as Record<(typeof TIME_CATEGORIES)[number], z.ZodInt>,
);

export const TimeEntrySchema = z
  .object({
    id: z.string(),
    memberId: z.string(),
    mandateId: z.string().optional(),
    claimId: z.string().optional(),
    date: IsoDate,
    minutes: z.int().openapi({ description: "after the workspace's rounding rule: what is counted and valued" }),
    recordedMinutes: z.int().openapi({ description: "as typed or measured, before rounding" }),
    category: TimeCategorySchema,
    note: z.string(),
  })
  .openapi("TimeEntry");

export const TimeEntryRowSchema = TimeEntrySchema.extend({
  clientId: z.string().nullable(),
  mandateTitle: z.string().nullable().openapi({ description: "the mandate's title (null without a mandate)" }),
  billableRate: z.int().openapi({ description: "the member's rate when logged, minor units per hour" }),
  invoiceId: z.string().nullable(),
  createdAt: z.string(),
  onUnapprovedChangeOrder: z.boolean().openapi({
    description: "work on a claim whose change order the client has not approved: it may never be paid",
  }),
  readOnly: z.enum(["invoiced", "client_ended"]).optional().openapi({
    description: "why the entry can no longer be deleted (on an invoice, or its client ended)",
  }),
}).openapi("TimeEntryRow");

export const TimeEntryPageSchema = z
  .object({
    items: z.array(TimeEntryRowSchema),
    total: z.int().openapi({ description: "entries matching the filter (counted once while no entry changes)" }),
    totalMinutes: z.int(),
    page: z.int().optional().openapi({ description: "the page asked for (absent when asked by cursor)" }),
    pageSize: z.int(),
    nextCursor: z.string().nullable().openapi({
      description: "pass as `cursor` for the next page, at the same cost however deep; null after the last page",
    }),
  })
  .openapi("TimeEntryPage");

export const RunningTimerSchema = z
  .object({
    id: z.string(),
    memberId: z.string(),
    mandateId: z.string().optional(),
    claimId: z.string().optional(),
    category: TimeCategorySchema,
    note: z.string(),
    startedAt: z.string().openapi({ description: "ISO-8601 instant" }),
  })
  .openapi("RunningTimer");

const IsoWeekSchema = z
  .object({ key: z.string(), year: z.int(), week: z.int(), monday: IsoDate, sunday: IsoDate })
  .openapi("IsoWeek");

const Days = z.array(z.int()).openapi({ description: "minutes Monday … Sunday" });

export const TimesheetSchema = z
  .object({
    week: IsoWeekSchema,
    dates: z.array(IsoDate),
    rows: z.array(z.object({ memberId: z.string(), mandateId: z.string().nullable(), days: Days, total: z.int() })),
    members: z.array(z.object({ memberId: z.string(), days: Days, total: z.int(), byCategory: ByCategory })),
    days: Days,
    total: z.int(),
    byCategory: ByCategory,
  })
  .openapi("Timesheet");

const GoodwillTotalSchema = z.object({
  id: z.string(),
  name: z.string(),
  minutes: z.int(),
  hours: z.number(),
  value: MoneySchema,
  unratedHours: z.number().openapi({ description: "hours by members without a billable rate: value unknown" }),
  budget: z
    .object({
      status: z.enum(BUDGET_STATUSES),
      budgetHours: z.number(),
      usedHours: z.number(),
      ratio: z.number().optional(),
      message: Localized,
    })
    .optional(),
});

export const GoodwillSummarySchema = z
  .object({
    clients: z.array(GoodwillTotalSchema),
    mandates: z.array(GoodwillTotalSchema.extend({ clientId: z.string() })),
    total: z.object({ minutes: z.int(), hours: z.number(), value: MoneySchema, unratedHours: z.number() }),
  })
  .openapi("GoodwillSummary");

const CapacityStatusSchema = z.enum(["ok", "approaching", "over"]);

export const TeamCapacitySchema = z
  .object({
    weeks: z.array(IsoWeekSchema),
    members: z.array(
      z.object({
        memberId: z.string(),
        name: z.string(),
        weeks: z.array(
          z.object({
            week: IsoWeekSchema,
            capacityHours: z.number(),
            loggedHours: z.number(),
            plannedHours: z.number(),
            planned: z.array(z.object({ workId: z.string(), label: z.string(), hours: z.number() })),
            bookedHours: z.number(),
            utilisation: z.number().optional(),
            status: CapacityStatusSchema,
            message: Localized.optional(),
          }),
        ),
      }),
    ),
    warnings: z.array(
      z.object({
        memberId: z.string(),
        week: IsoWeekSchema,
        status: CapacityStatusSchema.exclude(["ok"]),
        message: Localized,
      }),
    ),
    unallocated: z.array(z.object({ week: IsoWeekSchema, hours: z.number() })),
  })
  .openapi("TeamCapacity");
