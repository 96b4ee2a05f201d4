import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppContext } from "../../app/shared/context.ts";
import { searchEverywhere } from "../../app/shared/search.ts";
import { SEARCH_KINDS } from "../../domain/search-hit.ts";
import { type HttpEnv, requireActor } from "../auth.ts";
import { jsonResponse, problems } from "../schemas/common-schemas.ts";

const SearchKindSchema = z.enum(SEARCH_KINDS).openapi("SearchKind");

const SearchHitSchema = z
  .object({
    kind: SearchKindSchema,
    id: z.string().openapi({ description: "the record's id" }),
    title: z.string().openapi({ description: "its number (offers, change orders, invoices) or name; a claim's text" }),
    detail: z.string().openapi({ description: "what else identifies it: an offer's title, a contact's e-mail…" }),
    clientId: z.string(),
    clientName: z.string(),
    roundId: z.string().optional().openapi({ description: "a claim's round, where it is triaged" }),
  })
  .openapi("SearchHit");

const SearchResultSchema = z
  .object({
    q: z.string(),
    groups: z.array(z.object({ kind: SearchKindSchema, items: z.array(SearchHitSchema) })).openapi({
      description: "one group per kind with hits, in the order client, contact, offer, change_order, invoice, claim",
    }),
  })
  .openapi("SearchResult");

export function searchRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<HttpEnv>();
  app.openapi(
    createRoute({
      method: "get",
      path: "/search",
      tags: ["Search"],
      summary: "Find clients, contacts, offers, change orders, invoices and claims by number or words",
      description:
        "Every word must appear (case and accents ignored) in a client's name, contacts, city or tags; a contact's " +
        "name, e-mail or phone; an offer's number or title; a change order's number or title; an invoice's number; " +
        "or a claim's text. Only the caller's workspace is searched.",
      request: {
        query: z.object({
          q: z.string().trim().min(1, "required").max(200),
          limit: z.coerce.number().int().min(1).max(20).default(5).openapi({ description: "hits per kind" }),
        }),
      },
      responses: { 200: jsonResponse(SearchResultSchema, "Hits grouped by kind"), ...problems(400, 401) },
    }),
    async (c) => c.json(await searchEverywhere(ctx, requireActor(c), c.req.valid("query")), 200),
  );
  return app;
}
