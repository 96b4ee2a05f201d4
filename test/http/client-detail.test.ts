/**
 * `GET /clients/{id}` reads a client in one statement (`findClientDetail`): it must answer exactly what the client's
 * row, its lists and its first page of signals read apart answer (`findClient`, `listSignals`) — the order of tags,
 * contacts and end clients, signals newest first and cut at one page even when their dates and entry times tie (the
 * test clock never moves), authors' names (one since disabled), empty lists, text with quotes, backslashes and accents.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findClient } from "../../src/store/client-store.ts";
import { listSignals, SIGNAL_PAGE } from "../../src/store/signal-store.ts";
import { engines } from "../support/engines.ts";
import { buildClient, type TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

describe.each(engines())("a client's detail in one statement on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let owner: TestClient & { workspaceId: string };
  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    owner = await fx.owner();
  });
  afterAll(async () => {
    await fx?.close();
  });

  /** What the detail answered before it was one statement: the reads apart, as JSON. */
  const apart = async (id: string) => {
    const client = await findClient(fx.ctx.db, owner.workspaceId, id);
    const signals = await listSignals(fx.ctx.db, owner.workspaceId, id);
    return JSON.parse(JSON.stringify({ ...client, signals }));
  };

  it.skipIf(skip)("answers what the reads apart answer, signal ties and the page's cut included", async () => {
    const created = await owner.post(
      "/api/v1/clients",
      buildClient({
        name: 'Atelier « Grand-Nord » \\ "guillemets"',
        tags: ["zèbre", "agence", "Été"],
        contacts: [
          { name: "Zoé Tremblay", email: "zoe@nord.test", phone: "", role: "" },
          { name: "Amélie d'Anjou", email: "amelie@nord.test", phone: "418 555-0101", role: "PM \\ design" },
        ],
        endClients: [{ name: "Zinc" }, { name: "Apex" }],
      }),
    );
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const member = await fx.memberOf(owner, "member");
    const add = (who: TestClient, occurredOn: string, n: number) =>
      who.post(`/api/v1/clients/${id}/signals`, {
        kind: ["warning", "praise", "note"][n % 3],
        severity: (n % 3) + 1,
        source: n % 2 ? "previous developer" : "",
        occurredOn,
        text: `signal ${n}: « ${'"quoted"'} » \\ ${"é".repeat(n % 4)}`,
      });
    // More than a page, on three dates only: many signals tie on date and entry time.
    for (let n = 0; n < SIGNAL_PAGE + 7; n++) {
      const res = await add(n % 5 === 0 ? member : owner, ["2026-10-01", "2026-10-15", "2026-10-15"][n % 3]!, n);
      expect(res.status).toBe(201);
    }
    // Some signals' author is disabled since: their name is still shown.
    expect((await owner.request("PATCH", `/api/v1/members/${member.memberId}`, { status: "disabled" })).status).toBe(
      200,
    );

    const detail = await owner.get(`/api/v1/clients/${id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.signals).toHaveLength(SIGNAL_PAGE);
    expect(detail.body).toEqual(await apart(id));
  });

  it.skipIf(skip)("answers empty lists as empty, and another workspace's client as not found", async () => {
    const created = await owner.post("/api/v1/clients", buildClient({ tags: [], contacts: [], endClients: [] }));
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const detail = await owner.get(`/api/v1/clients/${id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ tags: [], contacts: [], endClients: [], signals: [] });
    expect(detail.body).toEqual(await apart(id));

    const stranger = await fx.owner();
    expect((await stranger.get(`/api/v1/clients/${id}`)).status).toBe(404);
  });
});
