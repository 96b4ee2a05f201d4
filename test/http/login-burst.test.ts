/** The per-account sign-in limit holds under a parallel burst: the count and the record are one serialised step. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOGIN_LIMITS } from "../../src/app/workspace/log-in.ts";
import { engines } from "../support/engines.ts";
import { buildSignUp } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

describe.each(engines())("sign-in burst on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  beforeAll(async () => {
    if (!skip) fx = await createHttpFixture(engine);
  });
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)("100 parallel wrong passwords: exactly 10 are checked, the rest answer 429", async () => {
    const data = buildSignUp();
    expect((await fx.client().post("/api/v1/auth/signup", data)).status).toBe(201);
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        fx.client().post("/api/v1/auth/login", { email: data.email, password: `wrong ${i}` }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(LOGIN_LIMITS.perAccount);
    expect(statuses.filter((s) => s === 429)).toHaveLength(100 - LOGIN_LIMITS.perAccount);
    const rows = await fx.db.store.db
      .selectFrom("login_attempts")
      .select("id")
      .where("key", "=", `account:${data.email}`)
      .execute();
    expect(rows).toHaveLength(LOGIN_LIMITS.perAccount);
    // The right password is refused too while the account is locked.
    expect((await fx.client().post("/api/v1/auth/login", { email: data.email, password: data.password })).status).toBe(
      429,
    );
  });

  it.skipIf(skip)("a success withdraws its own record and clears the account's failures", async () => {
    const data = buildSignUp();
    await fx.client().post("/api/v1/auth/signup", data);
    await fx.client().post("/api/v1/auth/login", { email: data.email, password: "wrong" });
    expect((await fx.client().post("/api/v1/auth/login", { email: data.email, password: data.password })).status).toBe(
      200,
    );
    const left = await fx.db.store.db
      .selectFrom("login_attempts")
      .select("id")
      .where("key", "=", `account:${data.email}`)
      .execute();
    expect(left).toHaveLength(0);
  });
});
