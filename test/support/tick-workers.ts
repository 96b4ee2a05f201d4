/**
 * Starts `tick-worker.ts` as a real child process on the test's database: the scheduler tests drive two (or more) of
 * them at the same instants, and kill one after a claimed batch (`crash`) to show nothing is made or sent twice.
 */
import { type ChildProcess, fork } from "node:child_process";
import { join } from "node:path";
import type { HttpFixture } from "./http-fixture.ts";

const WORKER = join(import.meta.dirname, "tick-worker.ts");

export interface TickOptions {
  /** Exit right after the first claimed batch of reminders is committed. */
  crash?: boolean;
  /** Exit right after the first claimed batch of recurring invoices is committed. */
  crashInRecurring?: boolean;
}

export interface Worker {
  child: ChildProcess;
  tick(now: string, options?: TickOptions): Promise<unknown>;
  stop(): Promise<void>;
}

/** The environment a worker needs to open the fixture's database (SMTP when given). */
export function workerEnv(fx: HttpFixture, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATA_DIR: fx.db.dataDir,
    ...(fx.db.location.databaseUrl ? { DATABASE_URL: fx.db.location.databaseUrl } : {}),
    SCHEDULER_INTERVAL_SECONDS: "0",
    LOG_LEVEL: "silent",
    SESSION_SECRET: "test-secret-test-secret-test-secret-0123",
    PUBLIC_URL: "http://mandat.test",
    ...extra,
  };
}

export function startWorker(env: Record<string, string>): Promise<Worker> {
  const child = fork(WORKER, [], {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, ...env },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const next = () =>
    new Promise<{ type: string; result?: unknown; message?: string; code?: number | null }>((resolve) => {
      const onMessage = (m: { type: string }) => {
        child.off("exit", onExit);
        resolve(m);
      };
      const onExit = (code: number | null) => {
        child.off("message", onMessage);
        resolve({ type: "exit", code });
      };
      child.once("message", onMessage);
      child.once("exit", onExit);
    });
  return next().then((first) => {
    if (first.type !== "ready") throw new Error(`worker did not start: ${JSON.stringify(first)}`);
    return {
      child,
      async tick(now, options = {}) {
        const answer = next();
        child.send({ type: "tick", now, ...options });
        const m = await answer;
        if (m.type === "error") throw new Error(m.message);
        return m;
      },
      async stop() {
        if (child.exitCode !== null) return;
        const exited = new Promise((r) => child.once("exit", r));
        child.send({ type: "stop" });
        await exited;
      },
    };
  });
}
