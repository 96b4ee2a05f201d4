import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { addSignal } from "../../app/clients/add-signal.ts";
import { clientTimeline } from "../../app/clients/client-timeline.ts";
import { createClient } from "../../app/clients/create-client.ts";
import { getClient } from "../../app/clients/get-client.ts";
import { listClients, listTags } from "../../app/clients/list-clients.ts";
import { updateClient } from "../../app/clients/update-client.ts";
import type { AppContext } from "../../app/shared/context.ts";
import { type HttpEnv, requireActor } from "../auth.ts";
import {
  AddSignalSchema,
  ClientDetailSchema,
  ClientListQuerySchema,
  ClientPageSchema,
  ClientSchema,
  CreateClientSchema,
  SignalSchema,
  UpdateClientSchema,
} from "../schemas/client-schemas.ts";
import { IdParamsSchema, jsonBody, jsonResponse, problems } from "../schemas/common-schemas.ts";

export function clientRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<HttpEnv>();
  const tags = ["Clients"];

  app.openapi(
    createRoute({
      method: "get",
      path: "/clients",
      tags,
      summary: "Search, filter and page through clients",
      request: { query: ClientListQuerySchema },
      responses: { 200: jsonResponse(ClientPageSchema, "A page of clients"), ...problems(400, 401) },
    }),
    async (c) => c.json(await listClients(ctx, requireActor(c), c.req.valid("query")), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/clients/tags",
      tags,
      summary: "Tags in use, for filters",
      responses: { 200: jsonResponse(z.object({ items: z.array(z.string()) }), "Tags"), ...problems(401) },
    }),
    async (c) => c.json({ items: await listTags(ctx, requireActor(c)) }, 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/clients",
      tags,
      summary: "Create a client",
      request: jsonBody(CreateClientSchema),
      responses: { 201: jsonResponse(ClientSchema, "Created"), ...problems(400, 401, 403) },
    }),
    async (c) => c.json(await createClient(ctx, requireActor(c), c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/clients/{id}",
      tags,
      summary: "A client with its signals (newest first)",
      request: { params: IdParamsSchema },
      responses: { 200: jsonResponse(ClientDetailSchema, "Client"), ...problems(401, 404) },
    }),
    async (c) => c.json(await getClient(ctx, requireActor(c), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/clients/{id}",
      tags,
      summary: "Change a client; lists given replace the stored ones",
      request: { params: IdParamsSchema, ...jsonBody(UpdateClientSchema) },
      responses: { 200: jsonResponse(ClientSchema, "Client"), ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await updateClient(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/clients/{id}/signals",
      tags,
      summary: "A client's signals, newest first",
      request: { params: IdParamsSchema },
      responses: { 200: jsonResponse(z.object({ items: z.array(SignalSchema) }), "Signals"), ...problems(401, 404) },
    }),
    async (c) => {
      const client = await getClient(ctx, requireActor(c), c.req.valid("param").id);
      return c.json({ items: client.signals }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/clients/{id}/signals",
      tags,
      summary: "Record a warning, praise or note about a client",
      request: { params: IdParamsSchema, ...jsonBody(AddSignalSchema) },
      responses: { 201: jsonResponse(SignalSchema, "Recorded"), ...problems(400, 401, 403, 404) },
    }),
    async (c) => c.json(await addSignal(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/clients/{id}/timeline",
      tags,
      summary: "What happened with a client, newest first (from the audit trail of every record that belongs to them)",
      request: {
        params: IdParamsSchema,
        query: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) }),
      },
      responses: {
        200: jsonResponse(
          z.object({
            items: z.array(
              z.object({
                at: z.string(),
                action: z.string(),
                entity: z.string(),
                entityId: z.string(),
                actorMemberId: z.string().nullable(),
                seq: z.number(),
              }),
            ),
          }),
          "Timeline",
        ),
        ...problems(400, 401, 404),
      },
    }),
    async (c) =>
      c.json(
        { items: await clientTimeline(ctx, requireActor(c), c.req.valid("param").id, c.req.valid("query").limit) },
        200,
      ),
  );

  return app;
}
