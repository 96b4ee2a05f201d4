import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import {
  getClientHealth,
  healthSettingsOf,
  healthWarningsPage,
  updateHealthSettings,
  WARNINGS_PAGE,
} from "../../app/health/client-health.ts";
import type { AppContext } from "../../app/shared/context.ts";
import { rateValues } from "../../app/shared/rate-values.ts";
import { resolveHealthSettings } from "../../domain/health/compute-client-health.ts";
import { HEALTH_METRIC_KEYS } from "../../domain/health/health-metric.ts";
import { requirePermission } from "../../domain/permissions.ts";
import { type HttpEnv, requireActor } from "../auth.ts";
import {
  CurrencySchema,
  IdParamsSchema,
  IdSchema,
  IsoDateSchema,
  jsonBody,
  jsonResponse,
  problems,
} from "../schemas/common-schemas.ts";

const LocalizedSchema = z.object({ fr: z.string(), en: z.string() }).openapi("Localized");
const MetricKeySchema = z.enum(HEALTH_METRIC_KEYS).openapi("HealthMetricKey");

const MetricSchema = z
  .object({
    key: MetricKeySchema,
    value: z.number().nullable(),
    unit: z.enum(["money_per_hour", "hours", "money", "ratio", "rounds", "days", "points"]),
    currency: CurrencySchema.optional(),
    status: z.enum(["good", "watch", "bad", "unknown"]),
    explanation: LocalizedSchema,
    sources: z.array(
      z.object({
        entity: z.enum(["time_entry", "invoice", "claim", "offer", "mandate", "change_order", "signal", "value"]),
        id: z.string(),
      }),
    ),
  })
  .openapi("HealthMetric");

const ScoreSchema = z
  .object({
    value: z.number().nullable().openapi({ description: "0-100, or null (not enough data yet)" }),
    parts: z.array(z.object({ key: MetricKeySchema, points: z.number(), weight: z.number() })),
    known: z.int(),
    required: z.int(),
  })
  .openapi("HealthScore");

const LevelSchema = z.enum(["none", "warning", "critical"]);

const ResolvedSettingsSchema = z
  .object({
    weights: z.record(MetricKeySchema, z.number()),
    bands: z.record(MetricKeySchema, z.object({ good: z.number(), watch: z.number(), higherIsBetter: z.boolean() })),
    threshold: z.number(),
    criticalThreshold: z.number(),
    signalHalfLifeDays: z.number(),
  })
  .openapi("HealthSettingsResolved");

const HealthSchema = z
  .object({
    clientId: z.string(),
    asOf: IsoDateSchema,
    from: IsoDateSchema.optional(),
    metrics: z.array(MetricSchema),
    score: ScoreSchema,
    warning: z.object({ level: LevelSchema, reasons: z.array(LocalizedSchema) }),
    settings: ResolvedSettingsSchema,
  })
  .openapi("ClientHealth");

const TrendHealthSchema = z
  .object({
    score: ScoreSchema,
    warning: z.object({ level: LevelSchema }),
    metrics: z.array(MetricSchema.pick({ key: true, value: true, unit: true, currency: true, status: true })),
  })
  .openapi("HealthTrendFigures", {
    description:
      "The health at a month's end: score, level, and each metric's figure and grade (no sentence nor record)",
  });

const TrendPointSchema = z
  .object({ month: z.string(), from: IsoDateSchema.optional(), to: IsoDateSchema, health: TrendHealthSchema })
  .openapi("HealthTrendPoint");

const WarningItemSchema = z
  .object({
    clientId: z.string(),
    clientName: z.string(),
    score: z.object({ value: z.number().nullable() }),
    warning: z.object({ level: z.enum(["warning", "critical"]) }),
    badMetrics: z.array(MetricKeySchema).openapi({
      description:
        "The metrics graded bad, in display order; `GET /clients/{id}/health` explains them with their records",
    }),
  })
  .openapi("HealthWarning");

const SettingsSchema = z
  .strictObject({
    weights: z.record(z.string(), z.number().min(0).max(100)).optional(),
    threshold: z.number().min(0).max(100).optional(),
    criticalThreshold: z.number().min(0).max(100).optional(),
    signalHalfLifeDays: z.int().min(1).max(3650).optional(),
  })
  .openapi("HealthSettings");

export function healthRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<HttpEnv>();
  const tags = ["Client health"];

  app.openapi(
    createRoute({
      method: "get",
      path: "/clients/{id}/health",
      tags,
      summary: "A client's health: explained metrics with their source records, score, warning and monthly trend",
      request: {
        params: IdParamsSchema,
        query: z.object({ months: z.coerce.number().int().min(1).max(60).default(12) }),
      },
      responses: {
        200: jsonResponse(HealthSchema.extend({ trend: z.array(TrendPointSchema) }), "Health"),
        ...problems(400, 401, 404),
      },
    }),
    async (c) =>
      c.json(await getClientHealth(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("query").months), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/health/warnings",
      tags,
      summary:
        "Clients in a working relationship whose score crosses the warning threshold, worst first (then by name), a " +
        "page at a time, with how many are warned and critical",
      request: {
        query: z.object({
          limit: z.coerce
            .number()
            .int()
            .min(1)
            .max(WARNINGS_PAGE.max)
            .optional()
            .openapi({ description: `items per page, 1-${WARNINGS_PAGE.max} (default ${WARNINGS_PAGE.default})` }),
          cursor: z
            .string()
            .max(2000)
            .optional()
            .openapi({ description: "`nextCursor` of the page before: the next page" }),
          clientId: IdSchema.optional().openapi({
            description: "only this client: its item when it is warned, else none (no page)",
          }),
        }),
      },
      responses: {
        200: jsonResponse(
          z.object({
            items: z.array(WarningItemSchema),
            total: z.int().openapi({ description: "clients warned in all (with `clientId`: 1 or 0)" }),
            critical: z.int().openapi({ description: "of them, past the critical threshold" }),
            nextCursor: z.string().nullable().openapi({ description: "the next page's cursor; null on the last" }),
          }),
          "Warnings",
        ),
        ...problems(400, 401),
      },
    }),
    async (c) => c.json(await healthWarningsPage(ctx, requireActor(c), c.req.valid("query")), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/health/settings",
      tags,
      summary: "The weights and thresholds of the health score (defaults merged with the workspace's choices)",
      responses: { 200: jsonResponse(ResolvedSettingsSchema, "Settings"), ...problems(401) },
    }),
    async (c) => {
      const actor = requireActor(c);
      requirePermission(actor, "read");
      return c.json(resolveHealthSettings(await healthSettingsOf(ctx, actor.workspaceId)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/health/settings",
      tags,
      summary: "Change the weights and thresholds of the health score (owner)",
      request: jsonBody(SettingsSchema),
      responses: { 200: jsonResponse(ResolvedSettingsSchema, "Settings"), ...problems(400, 401, 403) },
    }),
    async (c) => c.json(await updateHealthSettings(ctx, requireActor(c), c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/clients/{id}/values-alignment",
      tags,
      summary: "Rate, as a member, how the relationship lives up to each of the studio's values (1-5)",
      request: {
        params: IdParamsSchema,
        ...jsonBody(
          z.strictObject({
            ratings: z.array(z.strictObject({ valueId: IdSchema, rating: z.int().min(1).max(5) })).max(30),
          }),
        ),
      },
      responses: { 204: { description: "Saved" }, ...problems(400, 401, 403, 404) },
    }),
    async (c) => {
      await rateValues(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json").ratings);
      return c.body(null, 204);
    },
  );

  return app;
}
