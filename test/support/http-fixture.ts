/** An HTTP app on a fresh database of one engine, with helpers to sign up owners and add members with roles. */
import { createHttpApp } from "../../src/http/app.ts";
import type { Engine } from "../../src/store/open-database.ts";
import { createTestDatabase, type TestDatabase, testContext } from "./engines.ts";
import { buildSignUp, TestClient } from "./http-client.ts";
import { checkAnswers } from "./response-contract.ts";

export interface HttpFixture {
  db: TestDatabase;
  app: ReturnType<typeof createHttpApp>;
  ctx: ReturnType<typeof testContext>;
  client(): TestClient;
  /** A new workspace and its signed-in owner. */
  owner(): Promise<TestClient & { workspaceId: string; memberId: string }>;
  /** A signed-in member of the owner's workspace with the given role. */
  memberOf(owner: TestClient, role: "owner" | "member" | "viewer"): Promise<TestClient & { memberId: string }>;
  close(): Promise<void>;
}

/** `now` is the app's clock (the test clock unless a test steps its own, e.g. through TOTP periods). */
export async function createHttpFixture(
  engine: Engine,
  env: Record<string, string> = {},
  now?: () => Date,
): Promise<HttpFixture> {
  const db = await createTestDatabase(engine);
  const ctx = testContext(db, env, now);
  const app = checkAnswers(createHttpApp(ctx));
  let n = 0;
  return {
    db,
    app,
    ctx,
    client: () => new TestClient(app),
    async owner() {
      const c = new TestClient(app);
      const res = await c.post("/api/v1/auth/signup", buildSignUp());
      if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${JSON.stringify(res.body)}`);
      return Object.assign(c, { workspaceId: res.body.workspace.id as string, memberId: res.body.member.id as string });
    },
    async memberOf(owner, role) {
      n += 1;
      const email = `${role}-${n}-${Date.now().toString(36)}@studio.test`;
      const invited = await owner.post("/api/v1/members", { email, name: `${role} ${n}`, role });
      if (invited.status !== 201) throw new Error(`invite failed: ${invited.status} ${JSON.stringify(invited.body)}`);
      const token = String(invited.body.inviteUrl).split("/invite/")[1];
      const c = new TestClient(app);
      const joined = await c.post("/api/v1/auth/accept-invite", {
        token,
        name: `${role} ${n}`,
        password: "another long password",
      });
      if (joined.status !== 200) throw new Error(`accept failed: ${joined.status} ${JSON.stringify(joined.body)}`);
      return Object.assign(c, { memberId: invited.body.member.id as string });
    },
    close: () => db.drop(),
  };
}
