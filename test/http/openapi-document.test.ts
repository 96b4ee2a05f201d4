/**
 * The OpenAPI document as a good citizen: every operation has a unique, stable operationId and says who may call it;
 * the server and the tags are described; and what Swagger UI's "Authorize" → "Try it out" sends with a token (the
 * bearer scheme the document declares) is accepted on a protected operation and refused on a write without it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPublicOperation, operationIdOf } from "../../src/http/openapi-document.ts";
import { engines } from "../support/engines.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

type Operation = { operationId?: string; security?: Record<string, string[]>[]; tags?: string[] };

describe("operation ids", () => {
  it("are the method and the path's words, parameters as By…", () => {
    expect(operationIdOf("get", "/api/v1/clients")).toBe("getClients");
    expect(operationIdOf("GET", "/api/v1/clients/{id}/money")).toBe("getClientsByIdMoney");
    expect(operationIdOf("post", "/api/v1/portal/{token}/sign")).toBe("postPortalByTokenSign");
    expect(operationIdOf("delete", "/api/v1/change-orders/{id}")).toBe("deleteChangeOrdersById");
  });

  it("leaves only sign-up, sign-in, invitations, the install state and the portal public", () => {
    expect(isPublicOperation("post", "/api/v1/auth/login")).toBe(true);
    expect(isPublicOperation("get", "/api/v1/portal/{token}/pdf")).toBe(true);
    expect(isPublicOperation("post", "/api/v1/auth/logout")).toBe(false);
    expect(isPublicOperation("get", "/api/v1/clients")).toBe(false);
  });
});

describe.each(engines())("the OpenAPI document on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let doc: {
    servers?: { url: string }[];
    tags?: { name: string; description: string }[];
    paths: Record<string, Record<string, Operation>>;
    components: { securitySchemes: Record<string, { type: string; in?: string; name?: string; scheme?: string }> };
  };
  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    doc = (await fx.client().get("/api/v1/openapi.json")).body;
  });
  afterAll(async () => fx?.close());

  it.skipIf(skip)("gives every operation a unique operationId and its security", () => {
    const ops = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ method, path, op })),
    );
    expect(ops.length).toBeGreaterThan(100);
    const ids = ops.map((o) => o.op.operationId);
    expect(ids.every((id) => typeof id === "string" && /^[a-z][A-Za-z0-9]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { method, path, op } of ops) {
      if (isPublicOperation(method, path)) expect(op.security, `${method} ${path}`).toEqual([]);
      else if (method === "get") expect(op.security, `${method} ${path}`).toEqual([{ bearer: [] }, { session: [] }]);
      else expect(op.security, `${method} ${path}`).toEqual([{ bearer: [] }, { session: [], csrf: [] }]);
    }
    expect(doc.components.securitySchemes).toMatchObject({
      bearer: { type: "http", scheme: "bearer" },
      session: { type: "apiKey", in: "cookie", name: "mandat_session" },
      csrf: { type: "apiKey", in: "header", name: "X-CSRF-Token" },
    });
  });

  it.skipIf(skip)("names its server and describes each tag it uses", () => {
    expect(doc.servers).toEqual([{ url: "/", description: expect.any(String) }]);
    const used = new Set(
      Object.values(doc.paths).flatMap((item) => Object.values(item).flatMap((op) => op.tags ?? [])),
    );
    expect(new Set(doc.tags?.map((t) => t.name))).toEqual(used);
    for (const tag of doc.tags ?? []) expect(tag.description, tag.name).not.toBe(tag.name);
  });

  it.skipIf(skip)("accepts what 'Try it out' sends with a token, and refuses the same write without it", async () => {
    const owner = await fx.owner();
    const token = (await owner.post("/api/v1/tokens", { name: "Swagger UI" })).body.token as string;
    const post = doc.paths["/api/v1/clients"]!.post!;
    expect(post.security).toContainEqual({ bearer: [] });
    // Swagger UI sends the bearer scheme as this header, and no cookie (the document's origin has none for it).
    const withToken = await fx.app.request("/api/v1/clients", {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ kind: "direct", name: "Essai depuis la doc" }),
    });
    expect(withToken.status).toBe(201);
    const without = await fx.app.request("/api/v1/clients", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ kind: "direct", name: "Sans jeton" }),
    });
    expect(without.status).toBe(401);
  });
});
