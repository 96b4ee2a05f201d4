import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { dashboardMoney } from "../../app/invoices/dashboard-money.ts";
import type { AppContext } from "../../app/shared/context.ts";
import { type HttpEnv, requireActor } from "../auth.ts";
import { CurrencySchema, IsoDateSchema, jsonResponse, problems } from "../schemas/common-schemas.ts";

const Cents = z.int().openapi({ description: "minor units (cents), taxes included for what is invoiced" });

const DashboardMoneySchema = z
  .object({
    asOf: IsoDateSchema,
    currency: CurrencySchema,
    outstanding: z
      .object({ amount: Cents, invoices: z.int() })
      .openapi({ description: "what clients owe on issued invoices (the receivables' total)" }),
    overdue: z
      .object({ amount: Cents, invoices: z.int() })
      .openapi({ description: "the part of it past its due date" }),
    unbilled: z
      .object({
        amount: z.int().openapi({ description: "cents before taxes: work done (and costs) not yet invoiced" }),
        mandates: z.int(),
        otherCurrencies: z.int().openapi({ description: "open mandates in another currency, not added in" }),
      })
      .openapi({ description: "open mandates' work not yet invoiced (each mandate's money ledger)" }),
    goodwill: z
      .object({
        from: IsoDateSchema,
        to: IsoDateSchema,
        minutes: z.int(),
        value: z.int().openapi({ description: "cents: the hours at each member's billable rate" }),
        unratedMinutes: z.int().openapi({ description: "hours of members without a billable rate (no value)" }),
      })
      .openapi({ description: "goodwill given this calendar quarter" }),
  })
  .openapi("DashboardMoney");

export function dashboardRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(
    createRoute({
      method: "get",
      path: "/dashboard/money",
      tags: ["Dashboard"],
      summary: "The studio's money at a glance: owed, overdue, done but not invoiced, goodwill this quarter",
      responses: { 200: jsonResponse(DashboardMoneySchema, "Money"), ...problems(401) },
    }),
    async (c) => c.json(await dashboardMoney(ctx, requireActor(c)), 200),
  );
  return app;
}
