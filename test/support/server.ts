/** A real listening Mandat (port 0, fresh SQLite file, built web UI) for browser journeys. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AppContext } from "../../src/app/context.ts";
import { startServer } from "../../src/http/server.ts";
import { testConfig } from "./engines.ts";

export interface TestServer {
  url: string;
  ctx: AppContext;
  close(): Promise<void>;
}

export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "mandat-e2e-"));
  const config = testConfig(dataDir, { PORT: "0", HOST: "127.0.0.1", PUBLIC_URL: "", ...env });
  const server = await startServer(config);
  return {
    url: server.url,
    ctx: server.ctx,
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
