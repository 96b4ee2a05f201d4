/**
 * The permission matrix: every route × owner / member / viewer / anonymous / another workspace's owner. A foreign id
 * answers 404 exactly like an unknown one, and refused requests write nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines } from "../support/engines.ts";
import { buildClient, buildOffer, type TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

type Who = "owner" | "member" | "viewer" | "anonymous" | "foreign";
const WHO: Who[] = ["owner", "member", "viewer", "anonymous", "foreign"];

interface Ids {
  clientId: string;
  memberId: string;
  offerId: string;
  deliverableId: string;
  mandateId: string;
  tokenId: () => Promise<string>;
  freshOffer: () => Promise<string>;
  freshInvoice: () => Promise<string>;
  issuedInvoice: () => Promise<string>;
  roundId: string;
  claimId: string;
  changeOrderId: string;
  freshSentOffer: () => Promise<string>;
  decisionId: string;
  exitId: string;
}

interface RouteCase {
  name: string;
  method: string;
  path: (ids: Ids) => string | Promise<string>;
  body?: (ids: Ids) => unknown;
  expect: Record<Who, number>;
}

const READ = { owner: 200, member: 200, viewer: 200, anonymous: 401, foreign: 200 };
const READ_ID = { ...READ, foreign: 404 };
const WRITE_ID = { owner: 200, member: 200, viewer: 403, anonymous: 401, foreign: 404 };
const WRITE_ID_200 = WRITE_ID;

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
    path: async (ids) => `/api/v1/tokens/${await ids.tokenId()}`,
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
  { name: "GET /offers", method: "GET", path: () => "/api/v1/offers", expect: READ },
  {
    name: "POST /offers",
    method: "POST",
    path: () => "/api/v1/offers",
    body: (ids) => buildOffer(ids.clientId),
    expect: { owner: 201, member: 201, viewer: 403, anonymous: 401, foreign: 404 },
  },
  { name: "GET /offers/{id}", method: "GET", path: (ids) => `/api/v1/offers/${ids.offerId}`, expect: READ_ID },
  {
    name: "PATCH /offers/{id}",
    method: "PATCH",
    path: async (ids) => `/api/v1/offers/${await ids.freshOffer()}`,
    body: () => ({ title: "Renamed" }),
    expect: WRITE_ID,
  },
  {
    name: "POST /offers/{id}/estimates",
    method: "POST",
    path: (ids) => `/api/v1/offers/${ids.offerId}/estimates`,
    body: (ids) => ({ items: [{ deliverableId: ids.deliverableId, optimistic: 1, likely: 2, pessimistic: 3 }] }),
    expect: WRITE_ID_200,
  },
  {
    name: "POST /offers/{id}/send",
    method: "POST",
    path: async (ids) => `/api/v1/offers/${await ids.freshOffer()}/send`,
    expect: WRITE_ID,
  },
  {
    name: "POST /offers/{id}/cancel",
    method: "POST",
    path: async (ids) => `/api/v1/offers/${await ids.freshOffer()}/cancel`,
    body: () => ({ reason: "no longer needed" }),
    expect: WRITE_ID,
  },
  {
    name: "POST /offers/{id}/revoke-links",
    method: "POST",
    path: (ids) => `/api/v1/offers/${ids.offerId}/revoke-links`,
    expect: WRITE_ID_200,
  },
  {
    name: "GET /offers/{id}/verify",
    method: "GET",
    path: (ids) => `/api/v1/offers/${ids.offerId}/verify`,
    expect: READ_ID,
  },
  { name: "GET /mandates", method: "GET", path: () => "/api/v1/mandates", expect: READ },
  { name: "GET /mandates/{id}", method: "GET", path: (ids) => `/api/v1/mandates/${ids.mandateId}`, expect: READ_ID },
  {
    name: "PATCH /mandates/{id}",
    method: "PATCH",
    path: (ids) => `/api/v1/mandates/${ids.mandateId}`,
    body: () => ({ checklist: [] }),
    expect: WRITE_ID_200,
  },
  {
    name: "POST /mandates/{id}/deliveries",
    method: "POST",
    path: (ids) => `/api/v1/mandates/${ids.mandateId}/deliveries`,
    body: () => ({ date: "2026-12-01", note: "batch" }),
    expect: { owner: 201, member: 201, viewer: 403, anonymous: 401, foreign: 404 },
  },
  {
    name: "GET /mandates/{id}/money",
    method: "GET",
    path: (ids) => `/api/v1/mandates/${ids.mandateId}/money`,
    expect: READ_ID,
  },
  {
    name: "PUT /mandates/{id}/progress",
    method: "PUT",
    path: (ids) => `/api/v1/mandates/${ids.mandateId}/progress`,
    body: () => ({ percent: 40, note: "Maquettes approuvées" }),
    expect: WRITE_ID_200,
  },
  {
    name: "GET /mandates/{id}/costs",
    method: "GET",
    path: (ids) => `/api/v1/mandates/${ids.mandateId}/costs`,
    expect: READ_ID,
  },
  {
    name: "POST /mandates/{id}/costs",
    method: "POST",
    path: (ids) => `/api/v1/mandates/${ids.mandateId}/costs`,
    body: () => ({ date: "2026-12-01", description: "Licence", amount: 1_000 }),
    expect: { owner: 201, member: 201, viewer: 403, anonymous: 401, foreign: 404 },
  },
  {
    name: "GET /clients/{id}/money",
    method: "GET",
    path: (ids) => `/api/v1/clients/${ids.clientId}/money`,
    expect: READ_ID,
  },
  { name: "GET /outbox", method: "GET", path: () => "/api/v1/outbox", expect: READ },
  { name: "GET /offers/{id}/pdf", method: "GET", path: (ids) => `/api/v1/offers/${ids.offerId}/pdf`, expect: READ_ID },
  {
    name: "POST /offers/{id}/resend",
    method: "POST",
    path: async (ids) => `/api/v1/offers/${await ids.freshSentOffer()}/resend`,
    expect: WRITE_ID,
  },
  {
    name: "GET /mandates/{id}/rounds",
    method: "GET",
    path: (ids) => `/api/v1/mandates/${ids.mandateId}/rounds`,
    expect: READ_ID,
  },
  {
    name: "POST /mandates/{id}/rounds",
    method: "POST",
    path: (ids) => `/api/v1/mandates/${ids.mandateId}/rounds`,
    body: () => ({ text: "- une demande", receivedAt: "2026-12-02" }),
    expect: { owner: 201, member: 201, viewer: 403, anonymous: 401, foreign: 404 },
  },
  { name: "GET /rounds/{id}", method: "GET", path: (ids) => `/api/v1/rounds/${ids.roundId}`, expect: READ_ID },
  {
    name: "PATCH /claims/{id}",
    method: "PATCH",
    path: (ids) => `/api/v1/claims/${ids.claimId}`,
    body: () => ({ triage: { outcome: "change_order", estimatedHours: 2 } }),
    expect: WRITE_ID,
  },
  {
    name: "GET /mandates/{id}/change-orders",
    method: "GET",
    path: (ids) => `/api/v1/mandates/${ids.mandateId}/change-orders`,
    expect: READ_ID,
  },
  {
    name: "GET /change-orders/{id}",
    method: "GET",
    path: (ids) => `/api/v1/change-orders/${ids.changeOrderId}`,
    expect: READ_ID,
  },
  { name: "GET /time-entries", method: "GET", path: () => "/api/v1/time-entries", expect: READ },
  {
    name: "POST /time-entries",
    method: "POST",
    path: () => "/api/v1/time-entries",
    body: () => ({ date: "2026-12-03", minutes: 30, category: "internal" }),
    expect: { owner: 201, member: 201, viewer: 403, anonymous: 401, foreign: 201 },
  },
  { name: "GET /timesheet", method: "GET", path: () => "/api/v1/timesheet?date=2026-12-03", expect: READ },
  { name: "GET /goodwill", method: "GET", path: () => "/api/v1/goodwill", expect: READ },
  { name: "GET /capacity", method: "GET", path: () => "/api/v1/capacity", expect: READ },
  {
    name: "GET /clients/{id}/health",
    method: "GET",
    path: (ids) => `/api/v1/clients/${ids.clientId}/health`,
    expect: READ_ID,
  },
  { name: "GET /health/warnings", method: "GET", path: () => "/api/v1/health/warnings", expect: READ },
  {
    name: "PUT /health/settings",
    method: "PUT",
    path: () => "/api/v1/health/settings",
    body: () => ({ threshold: 60 }),
    expect: { owner: 200, member: 403, viewer: 403, anonymous: 401, foreign: 200 },
  },
  {
    name: "POST /clients/{id}/decisions",
    method: "POST",
    path: (ids) => `/api/v1/clients/${ids.clientId}/decisions`,
    body: () => ({}),
    expect: { owner: 201, member: 201, viewer: 403, anonymous: 401, foreign: 404 },
  },
  { name: "GET /decisions/{id}", method: "GET", path: (ids) => `/api/v1/decisions/${ids.decisionId}`, expect: READ_ID },
  {
    name: "GET /decisions/{id}/pdf",
    method: "GET",
    path: (ids) => `/api/v1/decisions/${ids.decisionId}/pdf`,
    expect: READ_ID,
  },
  {
    name: "POST /clients/{id}/exits",
    method: "POST",
    path: (ids) => `/api/v1/clients/${ids.clientId}/exits`,
    body: () => ({}),
    expect: { owner: 201, member: 201, viewer: 403, anonymous: 401, foreign: 404 },
  },
  { name: "GET /exits/{id}", method: "GET", path: (ids) => `/api/v1/exits/${ids.exitId}`, expect: READ_ID },
  {
    name: "GET /exits/{id}/letter",
    method: "GET",
    path: (ids) => `/api/v1/exits/${ids.exitId}/letter`,
    expect: READ_ID,
  },
  {
    name: "GET /clients/{id}/evidence",
    method: "GET",
    path: (ids) => `/api/v1/clients/${ids.clientId}/evidence`,
    expect: READ_ID,
  },
  {
    name: "GET /clients/{id}/timeline",
    method: "GET",
    path: (ids) => `/api/v1/clients/${ids.clientId}/timeline`,
    expect: READ_ID,
  },
  {
    name: "POST /exits/{id}/letter/send",
    method: "POST",
    path: (ids) => `/api/v1/exits/${ids.exitId}/letter/send`,
    body: () => ({}),
    // The exit is a draft: its letter is sent only once ready or executed (409), after the permission check.
    expect: { ...WRITE_ID, owner: 409, member: 409 },
  },
  { name: "GET /audit", method: "GET", path: () => "/api/v1/audit", expect: READ },
  { name: "GET /audit/verify", method: "GET", path: () => "/api/v1/audit/verify", expect: READ },
  { name: "GET /invoices", method: "GET", path: () => "/api/v1/invoices", expect: READ },
  {
    name: "POST /invoices",
    method: "POST",
    path: () => "/api/v1/invoices",
    body: (ids) => ({
      clientId: ids.clientId,
      lines: [{ description: "Travaux", quantityMilli: 1000, unitPrice: 100 }],
    }),
    expect: { owner: 201, member: 201, viewer: 403, anonymous: 401, foreign: 404 },
  },
  {
    name: "GET /invoice-sources",
    method: "GET",
    path: (ids) => `/api/v1/invoice-sources?clientId=${ids.clientId}`,
    expect: READ_ID,
  },
  {
    name: "GET /invoices/{id}",
    method: "GET",
    path: async (ids) => `/api/v1/invoices/${await ids.freshInvoice()}`,
    expect: READ_ID,
  },
  {
    name: "PATCH /invoices/{id}",
    method: "PATCH",
    path: async (ids) => `/api/v1/invoices/${await ids.freshInvoice()}`,
    body: () => ({ paymentDays: 20 }),
    expect: WRITE_ID,
  },
  {
    name: "DELETE /invoices/{id}",
    method: "DELETE",
    path: async (ids) => `/api/v1/invoices/${await ids.freshInvoice()}`,
    expect: { owner: 204, member: 204, viewer: 403, anonymous: 401, foreign: 404 },
  },
  {
    name: "POST /invoices/{id}/issue",
    method: "POST",
    path: async (ids) => `/api/v1/invoices/${await ids.freshInvoice()}/issue`,
    body: () => ({}),
    expect: WRITE_ID,
  },
  {
    name: "POST /invoices/{id}/payments",
    method: "POST",
    path: async (ids) => `/api/v1/invoices/${await ids.issuedInvoice()}/payments`,
    body: () => ({ date: "2026-12-01", amount: 50, method: "transfer" }),
    expect: { owner: 201, member: 201, viewer: 403, anonymous: 401, foreign: 404 },
  },
  {
    name: "POST /invoices/{id}/credit-note",
    method: "POST",
    path: async (ids) => `/api/v1/invoices/${await ids.issuedInvoice()}/credit-note`,
    body: () => ({ reason: "Annulation" }),
    expect: { owner: 201, member: 201, viewer: 403, anonymous: 401, foreign: 404 },
  },
  {
    name: "POST /invoices/{id}/write-off",
    method: "POST",
    path: async (ids) => `/api/v1/invoices/${await ids.issuedInvoice()}/write-off`,
    body: () => ({ reason: "Faillite du client" }),
    expect: WRITE_ID,
  },
  {
    name: "GET /invoices/{id}/pdf",
    method: "GET",
    path: async (ids) => `/api/v1/invoices/${await ids.issuedInvoice()}/pdf`,
    expect: READ_ID,
  },
  {
    name: "GET /invoices/{id}/reminders",
    method: "GET",
    path: async (ids) => `/api/v1/invoices/${await ids.issuedInvoice()}/reminders`,
    expect: READ_ID,
  },
  {
    name: "POST /invoices/{id}/reminders",
    method: "POST",
    path: async (ids) => `/api/v1/invoices/${await ids.issuedInvoice()}/reminders`,
    body: () => ({}),
    expect: { owner: 201, member: 201, viewer: 403, anonymous: 401, foreign: 404 },
  },
  {
    name: "PUT /clients/{id}/reminders-pause",
    method: "PUT",
    path: async (ids) => `/api/v1/clients/${ids.clientId}/reminders-pause`,
    body: () => ({ paused: false }),
    expect: WRITE_ID,
  },
  {
    name: "POST /clients/{id}/payments",
    method: "POST",
    path: async (ids) => `/api/v1/clients/${ids.clientId}/payments`,
    body: () => ({ date: "2026-11-26", amount: 100, method: "cash" }),
    expect: { owner: 201, member: 201, viewer: 403, anonymous: 401, foreign: 404 },
  },
  {
    name: "GET /invoices/{id}/interest",
    method: "GET",
    path: async (ids) => `/api/v1/invoices/${await ids.issuedInvoice()}/interest`,
    expect: READ_ID,
  },
  { name: "GET /receivables", method: "GET", path: () => "/api/v1/receivables", expect: READ },
  {
    name: "GET /reports/taxes",
    method: "GET",
    path: () => "/api/v1/reports/taxes?from=2026-01-01&to=2026-12-31",
    expect: READ,
  },
  { name: "GET /exports/invoices.csv", method: "GET", path: () => "/api/v1/exports/invoices.csv", expect: READ },
  { name: "GET /exports/payments.csv", method: "GET", path: () => "/api/v1/exports/payments.csv", expect: READ },
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
    const freshOffer = async () => (await owner.post("/api/v1/offers", buildOffer(client.body.id))).body.id as string;
    const freshInvoice = async () =>
      (
        await owner.post("/api/v1/invoices", {
          clientId: client.body.id,
          lines: [{ description: "Travaux", quantityMilli: 1000, unitPrice: 10_000 }],
        })
      ).body.invoice.id as string;
    const offerId = await freshOffer();
    const signedId = await freshOffer();
    const sent = await owner.post(`/api/v1/offers/${signedId}/send`);
    await fx
      .client()
      .post(`/api/v1/portal/${sent.body.portalUrl.split("/portal/")[1]}/sign`, { signerName: "Client", consent: true });
    const mandateId = (await owner.get(`/api/v1/offers/${signedId}`)).body.mandateId;
    // Something delivered, so that recording a delivery is allowed (a delivery of nothing is refused).
    const checklist = (await owner.get(`/api/v1/mandates/${mandateId}`)).body.checklist;
    await owner.patch(`/api/v1/mandates/${mandateId}`, { checklist: [{ id: checklist[0].id, done: true }] });
    const round = (
      await owner.post(`/api/v1/mandates/${mandateId}/rounds`, {
        text: "1) Ajouter une boutique\n2) Traduire le site",
        receivedAt: "2026-12-01",
      })
    ).body;
    await owner.patch(`/api/v1/claims/${round.claims[0].id}`, {
      triage: { outcome: "change_order", estimatedHours: 5 },
    });
    const co = (
      await owner.post(`/api/v1/mandates/${mandateId}/change-orders`, {
        claimIds: [round.claims[0].id],
        title: "Boutique",
        reason: "Hors offre",
        requester: "Julie",
        hourlyRate: 9500,
      })
    ).body;
    const decision = (await owner.post(`/api/v1/clients/${client.body.id}/decisions`, {})).body;
    const exit = (await owner.post(`/api/v1/clients/${client.body.id}/exits`, {})).body;
    ids = {
      roundId: round.round.id,
      claimId: round.claims[1].id,
      changeOrderId: co.id,
      decisionId: decision.id,
      exitId: exit.id,
      freshSentOffer: async () => {
        const id = await freshOffer();
        await owner.post(`/api/v1/offers/${id}/send`);
        return id;
      },
      clientId: client.body.id,
      memberId: member.memberId,
      offerId,
      deliverableId: (await owner.get(`/api/v1/offers/${offerId}`)).body.offer.content.deliverables[0].id,
      mandateId,
      tokenId: async () => (await owner.post("/api/v1/tokens", { name: "to revoke" })).body.id,
      freshOffer,
      freshInvoice,
      issuedInvoice: async () => {
        const id = await freshInvoice();
        await owner.post(`/api/v1/invoices/${id}/issue`, {});
        return id;
      },
    };
  });
  afterAll(async () => {
    await fx?.close();
  });

  for (const route of ROUTES) {
    for (const who of WHO) {
      it.skipIf(skip)(`${route.name} as ${who} → ${route.expect[who]}`, async () => {
        const path = await route.path(ids);
        const auditBefore = await fx.db.store.db.selectFrom("audit_events").select("id").execute();
        const res = await clients[who].request(route.method, path, route.body?.(ids));
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
