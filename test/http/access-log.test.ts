/** Each request gives one JSON log line with its id, route template, status, duration, member and address; no secret. */
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp } from "../../src/http/app.ts";
import { engines } from "../support/engines.ts";
import { buildClient, buildOffer, buildSignUp, TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";
import { portalToken } from "../support/scope-fixture.ts";

describe.each(engines())("access log on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  const lines: string[] = [];
  let app: ReturnType<typeof createHttpApp>;
  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    app = createHttpApp(fx.ctx, {
      logger: pino({ level: "info" }, { write: (line: string) => void lines.push(line) }),
    });
  });
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)(
    "logs id, method, route, status, duration, member and address, and never a token or password",
    async () => {
      const owner = new TestClient(app);
      const data = buildSignUp();
      const signup = await owner.post("/api/v1/auth/signup", data);
      const memberId = signup.body.member.id;
      const clientId = (await owner.post("/api/v1/clients", buildClient())).body.id;
      const offer = (await owner.post("/api/v1/offers", buildOffer(clientId))).body;
      const sent = (await owner.post(`/api/v1/offers/${offer.id}/send`)).body;
      const token = portalToken(sent.portalUrl);
      const view = await new TestClient(app).get(`/api/v1/portal/${token}`);
      expect(view.status).toBe(200);

      const records = lines.map((l) => JSON.parse(l));
      const portal = records.find((r) => r.route === "/api/v1/portal/:token");
      expect(portal).toMatchObject({
        method: "GET",
        status: 200,
        member: null,
        reqId: view.headers.get("x-request-id"),
      });
      expect(typeof portal.ms).toBe("number");
      const created = records.find((r) => r.route === "/api/v1/clients" && r.method === "POST");
      expect(created).toMatchObject({ status: 201, member: memberId });
      expect("ip" in created).toBe(true);
      const all = lines.join("\n");
      for (const secret of [token, data.password, signup.body.csrfToken, owner.cookie!.split("=")[1]!]) {
        expect(all).not.toContain(secret);
      }
    },
  );
});
