/**
 * A second (third…) Mandat process for scheduler tests: opens the app on the database named by its environment
 * (scheduler interval off) and runs `runDueWork` at the time each message names. `crash: true` kills the process
 * right after its first claimed batch of reminders is committed, before anything is delivered; `crashInRecurring`
 * after its first batch of recurring invoices is made, before any is sent. Started by `tick-workers.ts`.
 */

import { runDueWork } from "../../src/app/shared/scheduler.ts";
import { loadConfig } from "../../src/config.ts";
import { openApp } from "../../src/http/server.ts";

type Order =
  | { type: "tick"; now: string; crash?: boolean; crashInRecurring?: boolean; batchSize?: number }
  | { type: "stop" };

let clock = new Date(process.env.TICK_START ?? Date.now());
const { ctx, store } = await openApp(loadConfig(process.env), { now: () => clock });

process.on("message", async (order: Order) => {
  if (order.type === "stop") {
    await store.close();
    process.exit(0);
  }
  clock = new Date(order.now);
  const crash = { afterClaim: () => process.exit(70) };
  try {
    const r = await runDueWork(ctx, clock, {
      recurring: { batchSize: order.batchSize ?? 2, ...(order.crashInRecurring ? crash : {}) },
      reminders: {
        batchSize: order.batchSize ?? 2,
        ...(order.crash ? crash : {}),
      },
    });
    process.send?.({ type: "done", result: r.reminders, recurring: r.recurring });
  } catch (err) {
    process.send?.({ type: "error", message: err instanceof Error ? err.stack : String(err) });
  }
});
process.send?.({ type: "ready" });
