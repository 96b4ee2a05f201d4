/** A real listening Mandat (port 0, fresh SQLite file, built web UI, the tests' fixed clock) for browser journeys. */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, BrowserContextOptions } from "playwright-core";
import type { AppContext } from "../../src/app/shared/context.ts";
import { startServer } from "../../src/http/server.ts";
import { keepJournals } from "../e2e/page-journal.ts";
import { testNow } from "./clock.ts";
import { testConfig } from "./engines.ts";

export interface TestServer {
  url: string;
  ctx: AppContext;
  close(): Promise<void>;
}

/**
 * `now` replaces the tests' clock when a journey moves time itself (weeks pass between the steps of a story); it
 * must only move forward.
 */
export async function startTestServer(
  env: Record<string, string> = {},
  now: () => Date = testNow,
): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "mandat-e2e-"));
  const config = testConfig(dataDir, {
    PORT: "0",
    HOST: "127.0.0.1",
    PUBLIC_URL: "",
    // Journeys tick the scheduler themselves when they need it, at the time they choose.
    SCHEDULER_INTERVAL_SECONDS: "0",
    ...env,
  });
  const server = await startServer(config, { now });
  return {
    url: server.url,
    ctx: server.ctx,
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A browser context whose clock is the test server's, so pages compute "today" as the server does; time flows
 * naturally from there. Against a server started elsewhere (MANDAT_E2E_URL), the browser keeps its own clock.
 */
export async function clockedContext(
  browser: Browser,
  server: TestServer | undefined,
  options?: BrowserContextOptions,
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  keepJournals(context);
  if (server) await context.clock.install({ time: server.ctx.now() });
  return context;
}

/** A free local port, so a server knows its public URL (and the links it mails) before it listens. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
