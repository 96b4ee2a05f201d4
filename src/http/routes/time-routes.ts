import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { setGoodwillBudget } from "../../app/mandates/set-goodwill-budget.ts";
import type { AppContext } from "../../app/shared/context.ts";
import { deleteTime, discardTimer, logTime, runningTimers, startTimer, stopTimer } from "../../app/time/log-time.ts";
import { capacity, goodwill, listTime, timesheet } from "../../app/time/time-reports.ts";
import { type HttpEnv, requireActor } from "../auth.ts";
import {
  IdParamsSchema,
  IdSchema,
  IsoDateSchema,
  jsonBody,
  jsonResponse,
  PageQuerySchema,
  problems,
  Text,
} from "../schemas/common-schemas.ts";
import {
  GoodwillSummarySchema,
  RunningTimerSchema,
  TeamCapacitySchema,
  TimeCategorySchema,
  TimeEntryPageSchema,
  TimeEntrySchema,
  TimesheetSchema,
} from "../schemas/time-schemas.ts";

const Category = TimeCategorySchema;
const LogSchema = z
  .strictObject({
    memberId: IdSchema.optional(),
    mandateId: IdSchema.optional(),
    claimId: IdSchema.optional(),
    date: IsoDateSchema,
    minutes: z.int().min(1).max(1_440),
    category: Category,
    note: Text(2_000).optional(),
  })
  .openapi("LogTime");
const TimerSchema = z
  .strictObject({
    memberId: IdSchema.optional(),
    mandateId: IdSchema.optional(),
    claimId: IdSchema.optional(),
    category: Category,
    note: Text(2_000).optional(),
  })
  .openapi("StartTimer");

export function timeRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<HttpEnv>();
  const tags = ["Time"];

  app.openapi(
    createRoute({
      method: "get",
      path: "/time-entries",
      tags,
      summary: "Time entries, newest first; each flagged when it is work on an unapproved change order",
      description:
        "By `page` (an offset: deep pages cost more) or by `cursor` (the `nextCursor` of the page before: the same " +
        "cost on any page). The totals are those of the whole filter.",
      request: {
        query: PageQuerySchema.extend({
          memberId: IdSchema.optional(),
          mandateId: IdSchema.optional(),
          clientId: IdSchema.optional(),
          category: Category.optional(),
          from: IsoDateSchema.optional(),
          to: IsoDateSchema.optional(),
          cursor: z.string().max(400).optional().openapi({
            description: "the previous page's `nextCursor`: the next page by its sort key (`page` is then ignored)",
          }),
        }),
      },
      responses: { 200: jsonResponse(TimeEntryPageSchema, "Entries"), ...problems(400, 401) },
    }),
    async (c) => c.json(await listTime(ctx, requireActor(c), c.req.valid("query")), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/time-entries",
      tags,
      summary: "Log time (rounded by the workspace's rule); owners may log for a colleague",
      request: jsonBody(LogSchema),
      responses: { 201: jsonResponse(TimeEntrySchema, "Logged"), ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await logTime(ctx, requireActor(c), c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/time-entries/{id}",
      tags,
      summary: "Delete an entry not yet invoiced",
      request: { params: IdParamsSchema },
      responses: { 204: { description: "Deleted" }, ...problems(401, 403, 404, 409) },
    }),
    async (c) => {
      await deleteTime(ctx, requireActor(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/timers",
      tags,
      summary: "Running timers",
      responses: { 200: jsonResponse(z.object({ items: z.array(RunningTimerSchema) }), "Timers"), ...problems(401) },
    }),
    async (c) => c.json({ items: await runningTimers(ctx, requireActor(c)) }, 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/timers/start",
      tags,
      summary: "Start one's timer (one per member)",
      request: jsonBody(TimerSchema),
      responses: { 201: jsonResponse(RunningTimerSchema, "Started"), ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await startTimer(ctx, requireActor(c), c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/timers/stop",
      tags,
      summary: "Stop one's timer and log its time",
      request: jsonBody(z.strictObject({ memberId: IdSchema.optional() })),
      responses: { 201: jsonResponse(TimeEntrySchema, "Logged"), ...problems(400, 401, 403, 404) },
    }),
    async (c) => c.json(await stopTimer(ctx, requireActor(c), c.req.valid("json").memberId), 201),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/timers/discard",
      tags,
      summary: "Discard one's running timer without logging time",
      request: jsonBody(z.strictObject({ memberId: IdSchema.optional() })),
      responses: { 204: { description: "Discarded" }, ...problems(400, 401, 403, 404) },
    }),
    async (c) => {
      await discardTimer(ctx, requireActor(c), c.req.valid("json").memberId);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/timesheet",
      tags,
      summary: "The ISO week around a date: minutes per member, mandate and day",
      request: { query: z.object({ date: IsoDateSchema, memberId: IdSchema.optional() }) },
      responses: { 200: jsonResponse(TimesheetSchema, "Week"), ...problems(400, 401) },
    }),
    async (c) => {
      const q = c.req.valid("query");
      return c.json(await timesheet(ctx, requireActor(c), q.date, q.memberId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/goodwill",
      tags,
      summary: "Goodwill hours and their value per client and mandate, against budgets (warnings at 80 % and 100 %)",
      request: { query: z.object({ clientId: IdSchema.optional(), mandateId: IdSchema.optional() }) },
      responses: { 200: jsonResponse(GoodwillSummarySchema, "Goodwill"), ...problems(400, 401) },
    }),
    async (c) => c.json(await goodwill(ctx, requireActor(c), c.req.valid("query")), 200),
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/goodwill-budgets",
      tags,
      summary: "Set (or remove with null) the goodwill budget in hours of a client or a mandate",
      request: jsonBody(
        z
          .strictObject({
            scope: z.enum(["client", "mandate"]),
            id: IdSchema,
            hours: z.number().min(0).max(10_000).nullable(),
          })
          .openapi("GoodwillBudget"),
      ),
      responses: { 204: { description: "Saved" }, ...problems(400, 401, 403, 404) },
    }),
    async (c) => {
      await setGoodwillBudget(ctx, requireActor(c), c.req.valid("json"));
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/capacity",
      tags,
      summary: "Each member's capacity against booked work, week by week, with warnings before the limit",
      request: { query: z.object({ weeks: z.coerce.number().int().min(1).max(52).default(12) }) },
      responses: { 200: jsonResponse(TeamCapacitySchema, "Capacity"), ...problems(400, 401) },
    }),
    async (c) => c.json(await capacity(ctx, requireActor(c), c.req.valid("query").weeks), 200),
  );

  return app;
}
