/**
 * A second (third…) Mandat process for scheduler tests: opens the app on the database named by its environment
 * (scheduler interval off) and runs `runDueWork` at the time each message names. `crash: true` kills the process
 * right after its first claimed batch is committed, before anything is delivered.
 */

import { runDueWork } from "../../src/app/scheduler.ts";
import { loadConfig } from "../../src/config.ts";
import { openApp } from "../../src/http/server.ts";

type Order = { type: "tick"; now: string; crash?: boolean; batchSize?: number } | { type: "stop" };

let clock = new Date(process.env.TICK_START ?? Date.now());
const { ctx, store } = await openApp(loadConfig(process.env), { now: () => clock });

process.on("message", async (order: Order) => {
  if (order.type === "stop") {
    await store.close();
    process.exit(0);
  }
  clock = new Date(order.now);
  try {
    const r = await runDueWork(ctx, clock, {
      reminders: {
        batchSize: order.batchSize ?? 2,
        ...(order.crash ? { afterClaim: () => process.exit(70) } : {}),
      },
    });
    process.send?.({ type: "done", result: r.reminders });
  } catch (err) {
    process.send?.({ type: "error", message: err instanceof Error ? err.stack : String(err) });
  }
});
process.send?.({ type: "ready" });
