/**
 * The mailbox polled by two real server processes on one database (SQLite file or PostgreSQL): both tick at the same
 * instants, one is stopped and another started (a restart) while new mail arrives; every message is kept exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIRST_LIST } from "../../src/app/demo/founding-story-rounds.ts";
import { TEST_START } from "../support/clock.ts";
import { type Dovecot, dovecotAvailable, rawMessage, startDovecot } from "../support/dovecot.ts";
import { engines } from "../support/engines.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";
import { startWorker, type Worker, workerEnv } from "../support/tick-workers.ts";

const hasDovecot = dovecotAvailable();

describe.each(engines())("the mailbox polled by two processes on $engine", ({ engine, skip }) => {
  const off = skip || !hasDovecot;
  let fx: HttpFixture;
  let dovecot: Dovecot;
  let workspaceId: string;
  const workers: Worker[] = [];
  const at = (minutes: number) => new Date(TEST_START.getTime() + 86_400_000 + minutes * 60_000).toISOString();
  const message = (n: number) =>
    rawMessage({
      from: "Julie Bergeron <julie@boreale.demo>",
      to: "alexandre@collectif-web.demo",
      subject: `Liste ${n}`,
      date: "Mon, 23 Nov 2026 21:30:00 -0500",
      text: FIRST_LIST,
      messageId: `<liste-${n}@boreale.demo>`,
    });
  const kept = async () =>
    (
      await fx.db.store.db
        .selectFrom("mail_messages")
        .select("message_key")
        .where("workspace_id", "=", workspaceId)
        .execute()
    ).map((r) => r.message_key);

  beforeAll(async () => {
    if (off) return;
    dovecot = await startDovecot();
    fx = await createHttpFixture(engine);
    const owner = await fx.owner();
    workspaceId = owner.workspaceId;
    for (const n of [1, 2, 3]) await dovecot.append(message(n));
    const saved = await owner.request("PUT", "/api/v1/mailbox", {
      host: dovecot.host,
      port: dovecot.port,
      security: "none",
      username: dovecot.user,
      password: dovecot.password,
    });
    expect(saved.status).toBe(200);
    const env = workerEnv(fx, { TICK_START: at(0) });
    workers.push(await startWorker(env), await startWorker(env));
  }, 60_000);
  afterAll(async () => {
    for (const w of workers) await w.stop();
    await fx?.close();
    await dovecot?.stop();
  });

  it.skipIf(off)("keeps each message once across two processes ticking at once and a restart", async () => {
    await Promise.all(workers.map((w) => w.tick(at(0))));
    const first = await kept();
    expect(first.sort()).toEqual(["<liste-1@boreale.demo>", "<liste-2@boreale.demo>", "<liste-3@boreale.demo>"]);

    // One process stops, a new one starts on the same database; meanwhile a fourth message arrives.
    await workers[0]!.stop();
    workers[0] = await startWorker(workerEnv(fx, { TICK_START: at(3) }));
    await dovecot.append(message(4));
    await Promise.all(workers.map((w) => w.tick(at(3))));
    await Promise.all(workers.map((w) => w.tick(at(6))));
    const after = await kept();
    expect(after).toHaveLength(4);
    expect(new Set(after).size).toBe(4);
    const box = await fx.db.store.db
      .selectFrom("mailboxes")
      .select(["last_error", "polled_at"])
      .where("workspace_id", "=", workspaceId)
      .executeTakeFirstOrThrow();
    expect(box).toEqual({ last_error: null, polled_at: at(6) });
  });
});
