/** An HTTP fixture holding the demo workspace (the founding story), signed in as its owner. */
import type { Engine } from "../../src/store/open-database.ts";
import type { TestClient } from "./http-client.ts";
import { createHttpFixture, type HttpFixture } from "./http-fixture.ts";

export interface DemoFixture {
  fx: HttpFixture;
  owner: TestClient;
  agencyId: string;
}

export async function createDemoFixture(engine: Engine): Promise<DemoFixture> {
  const fx = await createHttpFixture(engine, { SIGNUP_POLICY: "first-only" });
  const owner = fx.client();
  const res = await owner.post("/api/v1/demo");
  if (res.status !== 201) throw new Error(`demo failed: ${res.status} ${JSON.stringify(res.body)}`);
  const agencyId = (await owner.get("/api/v1/clients?q=boreale")).body.items[0].id as string;
  return { fx, owner, agencyId };
}
