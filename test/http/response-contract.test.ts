/** The response check the test client runs on every answer fails on a drift: each kind shown on a two-route API. */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import type { HttpApp } from "../../src/http/app.ts";
import { problems } from "../../src/http/schemas/common-schemas.ts";
import { engines } from "../support/engines.ts";
import { createHttpFixture } from "../support/http-fixture.ts";
import { checkAnswers, checkedFetch, checksAnswers, contractBreach } from "../support/response-contract.ts";

const app = new OpenAPIHono();
app.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/things/{id}",
    responses: {
      200: { description: "A thing", content: { "application/json": { schema: z.object({ name: z.string() }) } } },
      ...problems(404),
    },
  }),
  (c) => c.json({ name: "x" }, 200),
);
const json = "application/json";

describe("the response contract check", () => {
  it("passes an answer that matches its documented status and schema", () => {
    expect(contractBreach(app, "GET", "/api/v1/things/1", 200, json, { name: "Lampe" })).toBeUndefined();
  });

  it("fails on a field of the wrong type", () => {
    expect(contractBreach(app, "GET", "/api/v1/things/1", 200, json, { name: 3 })).toMatch(
      /^GET \/api\/v1\/things\/\{id\} → 200: does not match its schema — name: /,
    );
  });

  it("fails on a field the schema does not describe, naming it", () => {
    expect(contractBreach(app, "GET", "/api/v1/things/1?x=1", 200, json, { name: "Lampe", secret: 1 })).toBe(
      "GET /api/v1/things/{id} → 200: answers fields its schema does not describe — secret",
    );
  });

  it("fails on a status the operation does not document, and on a server error", () => {
    expect(contractBreach(app, "GET", "/api/v1/things/1", 418, json, {})).toMatch(/status not documented/);
    expect(contractBreach(app, "GET", "/api/v1/things/1", 500, "application/problem+json", {})).toMatch(
      /status not documented/,
    );
  });

  it("leaves alone what the document does not describe (health checks, static files)", () => {
    expect(contractBreach(app, "GET", "/healthz", 200, json, { anything: true })).toBeUndefined();
  });
});

describe("answers checked by the app itself", () => {
  it("throws on a wrong answer even when a test calls app.request directly, and hands back a right one unread", async () => {
    const drifting = new OpenAPIHono();
    drifting.openapi(
      createRoute({
        method: "get",
        path: "/api/v1/things/{id}",
        responses: {
          200: { description: "A thing", content: { "application/json": { schema: z.object({ name: z.string() }) } } },
        },
      }),
      // The handler answers a shape its schema does not say (the cast stands for a drift the compiler missed).
      (c) => c.json((c.req.param("id") === "1" ? { name: "Lampe" } : { name: 3 }) as { name: string }, 200),
    );
    const checked = checkAnswers(drifting as unknown as HttpApp);
    const ok = await checked.request("/api/v1/things/1");
    expect(await ok.json()).toEqual({ name: "Lampe" });
    await expect(checked.request("/api/v1/things/2")).rejects.toThrow(
      /breaks the OpenAPI document: GET \/api\/v1\/things\/\{id\} → 200: does not match its schema — name:/,
    );
  });

  it.each(engines())("is how every HTTP fixture's app answers, on $engine", async ({ engine, skip }) => {
    if (skip) return;
    const fx = await createHttpFixture(engine);
    try {
      expect(checksAnswers(fx.app)).toBe(true);
    } finally {
      await fx.close();
    }
  });
});

describe("answers of a server in another process", () => {
  it("are checked by checkedFetch: a drifting answer over a socket throws, a right one is handed back unread", async () => {
    const { createServer } = await import("node:http");
    let answer: unknown = { name: "Lampe" };
    const server = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as { port: number };
      const fetchChecked = checkedFetch(app);
      const res = await fetchChecked(`http://127.0.0.1:${port}/api/v1/things/1`);
      expect(await res.json()).toEqual({ name: "Lampe" });
      answer = { name: "Lampe", secret: 1 };
      await expect(fetchChecked(`http://127.0.0.1:${port}/api/v1/things/1`)).rejects.toThrow(
        "the answer breaks the OpenAPI document: GET /api/v1/things/{id} → 200: answers fields its schema does not describe — secret",
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
