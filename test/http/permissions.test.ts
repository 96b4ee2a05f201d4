/**
 * The permission matrix: every route × owner / member / viewer / anonymous / another workspace's owner. A foreign id
 * answers 404 exactly like an unknown one, and refused requests write nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines } from "../support/engines.ts";
import { buildClient, type TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

type Who = "owner" | "member" | "viewer" | "anonymous" | "foreign";
const WHO: Who[] = ["owner", "member", "viewer", "anonymous", "foreign"];

interface Ids {
  clientId: string;
  memberId: string;
  tokenId: () => Promise<string>;
}

interface RouteCase {
  name: string;
  method: string;
  path: (ids: Ids) => string;
  body?: () => unknown;
  tokenPath?: boolean;
  expect: Record<Who, number>;
}

const READ = { owner: 200, member: 200, viewer: 200, anonymous: 401, foreign: 200 };
const READ_ID = { ...READ, foreign: 404 };

const ROUTES: RouteCase[] = [
  { name: "GET /me", method: "GET", path: () => "/api/v1/me", expect: READ },
  { name: "PATCH /me", method: "PATCH", path: () => "/api/v1/me", body: () => ({ locale: "en-CA" }), expect: READ },
  { name: "GET /workspace", method: "GET", path: () => "/api/v1/workspace", expect: READ },
  {
    name: "PATCH /workspace",
    method: "PATCH",
    path: () => "/api/v1/workspace",
    body: () => ({ legalName: "Changed inc." }),
    expect: { owner: 200, member: 403, viewer: 403, anonymous: 401, foreign: 200 },
  },
  { name: "GET /members", method: "GET", path: () => "/api/v1/members", expect: READ },
  {
    name: "POST /members",
    method: "POST",
    path: () => "/api/v1/members",
    body: () => ({ email: `p${Math.random()}@x.test`, name: "New", role: "member" }),
    expect: { owner: 201, member: 403, viewer: 403, anonymous: 401, foreign: 201 },
  },
  {
    name: "PATCH /members/{id}",
    method: "PATCH",
    path: (ids) => `/api/v1/members/${ids.memberId}`,
    body: () => ({ weeklyCapacityHours: 20 }),
    expect: { owner: 200, member: 403, viewer: 403, anonymous: 401, foreign: 404 },
  },
  {
    name: "GET /tokens",
    method: "GET",
    path: () => "/api/v1/tokens",
    expect: { owner: 200, member: 200, viewer: 403, anonymous: 401, foreign: 200 },
  },
  {
    name: "POST /tokens",
    method: "POST",
    path: () => "/api/v1/tokens",
    body: () => ({ name: "script" }),
    expect: { owner: 201, member: 201, viewer: 403, anonymous: 401, foreign: 201 },
  },
  {
    name: "DELETE /tokens/{id}",
    method: "DELETE",
    path: () => "",
    tokenPath: true,
    expect: { owner: 204, member: 204, viewer: 403, anonymous: 401, foreign: 404 },
  },
  { name: "GET /clients", method: "GET", path: () => "/api/v1/clients", expect: READ },
  { name: "GET /clients/tags", method: "GET", path: () => "/api/v1/clients/tags", expect: READ },
  {
    name: "POST /clients",
    method: "POST",
    path: () => "/api/v1/clients",
    body: () => buildClient(),
    expect: { owner: 201, member: 201, viewer: 403, anonymous: 401, foreign: 201 },
  },
  { name: "GET /clients/{id}", method: "GET", path: (ids) => `/api/v1/clients/${ids.clientId}`, expect: READ_ID },
  {
    name: "PATCH /clients/{id}",
    method: "PATCH",
    path: (ids) => `/api/v1/clients/${ids.clientId}`,
    body: () => ({ status: "paused" }),
    expect: { owner: 200, member: 200, viewer: 403, anonymous: 401, foreign: 404 },
  },
  {
    name: "GET /clients/{id}/signals",
    method: "GET",
    path: (ids) => `/api/v1/clients/${ids.clientId}/signals`,
    expect: READ_ID,
  },
  {
    name: "POST /clients/{id}/signals",
    method: "POST",
    path: (ids) => `/api/v1/clients/${ids.clientId}/signals`,
    body: () => ({ kind: "note", severity: 1, source: "call", occurredOn: "2026-11-20", text: "hello" }),
    expect: { owner: 201, member: 201, viewer: 403, anonymous: 401, foreign: 404 },
  },
  { name: "GET /audit", method: "GET", path: () => "/api/v1/audit", expect: READ },
  { name: "GET /audit/verify", method: "GET", path: () => "/api/v1/audit/verify", expect: READ },
];

describe.each(engines())("permission matrix on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let clients: Record<Who, TestClient>;
  let ids: Ids;

  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    const owner = await fx.owner();
    const member = await fx.memberOf(owner, "member");
    const viewer = await fx.memberOf(owner, "viewer");
    const foreign = await fx.owner();
    clients = { owner, member, viewer, anonymous: fx.client(), foreign };
    const client = await owner.post("/api/v1/clients", buildClient());
    ids = {
      clientId: client.body.id,
      memberId: member.memberId,
      tokenId: async () => (await owner.post("/api/v1/tokens", { name: "to revoke" })).body.id,
    };
  });
  afterAll(async () => {
    await fx?.close();
  });

  for (const route of ROUTES) {
    for (const who of WHO) {
      it.skipIf(skip)(`${route.name} as ${who} → ${route.expect[who]}`, async () => {
        const path = route.tokenPath ? `/api/v1/tokens/${await ids.tokenId()}` : route.path(ids);
        const auditBefore = await fx.db.store.db.selectFrom("audit_events").select("id").execute();
        const res = await clients[who].request(route.method, path, route.body?.());
        expect(res.status, JSON.stringify(res.body)).toBe(route.expect[who]);
        if (res.status >= 400) {
          expect(res.body.code).toBeTypeOf("string");
          const auditAfter = await fx.db.store.db.selectFrom("audit_events").select("id").execute();
          expect(auditAfter.length, "a refused request recorded nothing").toBe(auditBefore.length);
        }
        if (who === "foreign" && res.status === 404) {
          expect(JSON.stringify(res.body)).not.toContain(ids.clientId);
        }
      });
    }
  }

  it.skipIf(skip)("a foreign owner's client list never shows another workspace's clients", async () => {
    const res = await clients.foreign.get("/api/v1/clients?pageSize=200");
    expect(res.body.items.map((c: { id: string }) => c.id)).not.toContain(ids.clientId);
    const audit = await clients.foreign.get("/api/v1/audit?pageSize=200");
    expect(JSON.stringify(audit.body)).not.toContain(ids.clientId);
  });
});
