/**
 * A fair worksheet over HTTP: with nothing on record and nothing rated, no option is scored; the next worksheet of the
 * same client starts from the values already rated (and another client's worksheet does not).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines } from "../support/engines.ts";
import { buildClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

describe.each(engines())("decision worksheets on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  beforeAll(async () => {
    if (!skip) fx = await createHttpFixture(engine);
  });
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)("says 'not enough information', then reuses the client's ratings on its next worksheet", async () => {
    const owner = await fx.owner();
    const values = (
      await owner.patch("/api/v1/workspace", {
        values: [
          { statement: "Collaboration saine", weight: 5 },
          { statement: "Rentabilité durable", weight: 3 },
        ],
      })
    ).body.values as { id: string }[];
    const clientId = (await owner.post("/api/v1/clients", buildClient())).body.id as string;
    const otherId = (await owner.post("/api/v1/clients", buildClient())).body.id as string;

    const first = await owner.post(`/api/v1/clients/${clientId}/decisions`, {});
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.scores.options.map((o: { status: string; total: number | null }) => [o.status, o.total])).toEqual(
      [
        ["not_enough_information", null],
        ["not_enough_information", null],
        ["not_enough_information", null],
      ],
    );
    expect(first.body.scores.leading).toBeNull();

    const [healthy, profit] = values.map((v) => v.id);
    const rated = await owner.patch(`/api/v1/decisions/${first.body.id}`, {
      ratings: [
        { criterionId: healthy, option: "continue", rating: 2 },
        { criterionId: healthy, option: "stop", rating: 5 },
        { criterionId: profit, option: "renegotiate", rating: 4 },
      ],
    });
    // stop: (5 − 1) ÷ 4 = 100; continue: (2 − 1) ÷ 4 = 25; renegotiate: (4 − 1) ÷ 4 = 75
    expect(rated.body.scores.options.map((o: { total: number | null }) => o.total)).toEqual([25, 75, 100]);
    await owner.patch(`/api/v1/decisions/${first.body.id}`, {
      verdict: { verdict: "continue", rationale: "On essaie encore un trimestre." },
    });

    const second = await owner.post(`/api/v1/clients/${clientId}/decisions`, {});
    expect(second.status).toBe(201);
    expect(second.body.ratingsCarriedOver).toBe(true);
    expect(second.body.criteria.map((c: { ratings: unknown }) => c.ratings)).toEqual([
      { continue: 2, stop: 5 },
      { renegotiate: 4 },
    ]);
    expect(second.body.scores.options.map((o: { total: number | null }) => o.total)).toEqual([25, 75, 100]);

    const elsewhere = await owner.post(`/api/v1/clients/${otherId}/decisions`, {});
    expect(elsewhere.body.ratingsCarriedOver).toBeUndefined();
    expect(elsewhere.body.criteria.map((c: { ratings: unknown }) => c.ratings)).toEqual([{}, {}]);
  });
});
