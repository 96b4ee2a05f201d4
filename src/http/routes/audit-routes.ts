import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { listAuditEvents, verifyAuditTrail } from "../../app/shared/audit-trail.ts";
import type { AppContext } from "../../app/shared/context.ts";
import { type HttpEnv, requireActor } from "../auth.ts";
import { IsoDateSchema, jsonResponse, PageQuerySchema, problems } from "../schemas/common-schemas.ts";

const AuditEventSchema = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actor: z.object({ id: z.string(), name: z.string() }).nullable(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    hash: z.string(),
  })
  .openapi("AuditEvent");

const VerificationSchema = z
  .object({
    valid: z.boolean(),
    checked: z.number().int(),
    firstInvalid: z.object({ seq: z.number().int(), id: z.string(), reason: z.string() }).nullable(),
    invoices: z.object({
      checked: z.number().int(),
      mismatched: z.array(z.object({ id: z.string(), number: z.string().nullable(), reason: z.string() })),
    }),
  })
  .openapi("AuditVerification");

export function auditRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<HttpEnv>();
  const tags = ["Audit"];

  app.openapi(
    createRoute({
      method: "get",
      path: "/audit",
      tags,
      summary: "Audit events, newest first, optionally for one entity, one member, one client or a span of days",
      request: {
        query: PageQuerySchema.extend({
          entity: z.string().max(40).optional(),
          id: z.string().max(64).optional(),
          memberId: z.string().max(64).optional().openapi({ description: "only what this member did" }),
          clientId: z
            .string()
            .max(64)
            .optional()
            .openapi({ description: "only the events of this client's records (offers, invoices, time…)" }),
          from: IsoDateSchema.optional().openapi({ description: "events on or after this day (UTC)" }),
          to: IsoDateSchema.optional().openapi({ description: "events on or before this day (UTC)" }),
        }),
      },
      responses: {
        200: jsonResponse(z.object({ items: z.array(AuditEventSchema), total: z.number().int() }), "Events"),
        ...problems(400, 401, 404, 409),
      },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const { items, total } = await listAuditEvents(ctx, requireActor(c), {
        entity: q.entity,
        entityId: q.id,
        memberId: q.memberId,
        clientId: q.clientId,
        from: q.from,
        to: q.to,
        page: q.page,
        pageSize: q.pageSize,
      });
      return c.json(
        {
          total,
          items: items.map((e) => ({
            seq: e.seq,
            at: e.at,
            actor: e.actorMemberId ? { id: e.actorMemberId, name: e.actorName ?? "" } : null,
            action: e.action,
            entity: e.entity,
            entityId: e.entityId,
            before: e.before,
            after: e.after,
            hash: e.hash,
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/audit/verify",
      tags,
      summary: "Re-verify the workspace's audit hash chain",
      responses: { 200: jsonResponse(VerificationSchema, "Verification"), ...problems(401) },
    }),
    async (c) => c.json(await verifyAuditTrail(ctx, requireActor(c)), 200),
  );

  return app;
}
