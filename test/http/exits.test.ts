/**
 * Ending the founding story's agency relationship over HTTP, on both engines: the plan from the records with its
 * governing law and milestones; the inopportune-time check and its safe date; a serious reason linked to its
 * evidence (never another client's or another workspace's records); formal notices as records; letters in both
 * languages, JSON and PDF, stating only recorded facts; sending refused on a draft, the letter frozen once ready, and
 * sent after execution through a real SMTP peer, recorded in the outbox.
 */
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../src/domain/calendar-date.ts";
import { createMailer } from "../../src/mail/mailer.ts";
import { testNow } from "../support/clock.ts";
import { engines } from "../support/engines.ts";
import type { TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";
import { mailText, startSmtpPeer } from "../support/smtp-peer.ts";

const NOTICE_WORDS = /mise en demeure|avis de manquement|formal notice|breach notice/i;

interface Demo {
  fx: HttpFixture;
  c: TestClient;
  agencyId: string;
  smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
}

async function demo(engine: Parameters<typeof createHttpFixture>[0], now?: () => Date): Promise<Demo> {
  const smtp = await startSmtpPeer();
  const fx = await createHttpFixture(engine, { SIGNUP_POLICY: "first-only" }, now);
  const c = fx.client();
  const res = await c.post("/api/v1/demo");
  if (res.status !== 201) throw new Error(`demo failed: ${res.status} ${JSON.stringify(res.body)}`);
  const agencyId = (await c.get("/api/v1/clients?q=boreale")).body.items[0].id as string;
  return { fx, c, agencyId, smtp };
}

const items = <T>(body: T[] | { items: T[] }): T[] => (Array.isArray(body) ? body : body.items);

/** The agency's records that show the reason: its lists (rounds) and the rejected change order, and its mandate. */
async function records(c: TestClient, agencyId: string) {
  const mandates = (await c.get(`/api/v1/mandates?clientId=${agencyId}`)).body.items as { id: string }[];
  for (const m of mandates) {
    const rounds = items((await c.get(`/api/v1/mandates/${m.id}/rounds`)).body) as { id: string }[];
    if (rounds.length === 0) continue;
    const cos = items((await c.get(`/api/v1/mandates/${m.id}/change-orders`)).body) as { id: string; status: string }[];
    return {
      mandateId: m.id,
      evidence: [
        ...rounds.map((r) => ({ kind: "round", id: r.id })),
        ...cos.filter((co) => co.status === "rejected").map((co) => ({ kind: "change_order", id: co.id })),
      ],
    };
  }
  throw new Error("no mandate with rounds");
}

type Check = { code: string; severity: string; passed: boolean; fix?: { kind: string; date?: string } };
const checkOf = (exit: { checks: { checks: Check[] } }, code: string) =>
  exit.checks.checks.find((k) => k.code === code)!;

async function pdfText(fx: HttpFixture, c: TestClient, path: string): Promise<string> {
  const res = await fx.app.request(path, { headers: { cookie: c.cookie! } });
  expect(res.status).toBe(200);
  const doc = await getDocumentProxy(new Uint8Array(await res.arrayBuffer()));
  return (await extractText(doc, { mergePages: true })).text.replace(/\s+/g, " ");
}

describe.each(engines())("exit plans on $engine", ({ engine, skip }) => {
  let d: Demo;
  let evidence: { kind: string; id: string }[];
  let mandateId: string;
  beforeAll(async () => {
    if (skip) return;
    d = await demo(engine);
    ({ evidence, mandateId } = await records(d.c, d.agencyId));
  }, 120_000);
  afterAll(async () => {
    await d?.fx.close();
    await d?.smtp.close();
  });

  const reason = () => ({
    category: "majorScopeChangeUnderFixedPrice",
    description: "Demandes répétées hors de l'offre signée à prix fixe; avenant refusé.",
    evidence,
  });

  it.skipIf(skip)("prefills the plan with its governing law and the mandate's milestones (the launch)", async () => {
    const res = await d.c.post(`/api/v1/clients/${d.agencyId}/exits`, {
      noticeDate: "2026-11-27",
      effectiveDate: "2026-12-18",
      options: { reason: reason() },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const { plan, governingLaw } = res.body;
    expect(plan.jurisdiction).toBe("CA-QC");
    expect(governingLaw).toMatchObject({ jurisdiction: "CA-QC", basis: "provider_residence" });
    expect(governingLaw.sources[0].article).toBe("C.c.Q. art. 3113");
    const mandate = plan.mandates.find((m: { mandateId: string }) => m.mandateId === mandateId);
    expect(mandate.milestones).toContainEqual({ title: "Lancement du site du client final", date: "2026-12-16" });
    const milestones = (await d.c.get(`/api/v1/mandates/${mandateId}/milestones`)).body.items;
    expect(milestones.map((m: { source: string }) => m.source)).toContain("user");
    expect(checkOf(res.body, "qc_serious_reason")).toMatchObject({ passed: true });
  });

  it.skipIf(skip)(
    "flags an end 6 days before the launch, proposes the day after it, and passes there; finishing moves the date",
    async () => {
      const exit = (
        await d.c.post(`/api/v1/clients/${d.agencyId}/exits`, {
          noticeDate: "2026-11-27",
          effectiveDate: "2026-12-10",
          options: { reason: reason() },
        })
      ).body;
      const flagged = checkOf(exit, "qc_inopportune_time");
      expect(flagged).toMatchObject({ passed: false, fix: { kind: "effective_date", date: "2026-12-17" } });
      const moved = await d.c.patch(`/api/v1/exits/${exit.id}`, { effectiveDate: flagged.fix!.date });
      expect(moved.body.plan.effectiveDate).toBe("2026-12-17");
      expect(checkOf(moved.body, "qc_inopportune_time").passed).toBe(true);
      const finish = await d.c.patch(`/api/v1/exits/${exit.id}`, {
        effectiveDate: "2026-12-10",
        options: { choices: { mandates: { [mandateId]: "finish_milestone" } } },
      });
      expect(finish.status, JSON.stringify(finish.body)).toBe(200);
      expect(finish.body.plan.effectiveDate).toBe("2026-12-17");
    },
  );

  it.skipIf(skip)("a serious reason needs its evidence: unknown ids 404, another client's 400, none 409", async () => {
    const post = (r: unknown) => d.c.post(`/api/v1/clients/${d.agencyId}/exits`, { options: { reason: r } });
    const unknown = await post({
      ...reason(),
      evidence: [{ kind: "round", id: "0190f5b2-0000-7000-8000-000000000000" }],
    });
    expect(unknown.status).toBe(404);
    const other = (await d.c.get("/api/v1/clients")).body.items.find((x: { id: string }) => x.id !== d.agencyId);
    const signal = await d.c.post(`/api/v1/clients/${other.id}/signals`, {
      kind: "note",
      severity: 1,
      occurredOn: "2026-11-20",
      text: "Un autre client",
    });
    expect(signal.status).toBe(201);
    const foreign = await post({ ...reason(), evidence: [{ kind: "signal", id: signal.body.id }] });
    expect(foreign.status).toBe(400);
    expect(foreign.body.fields[0]).toMatchObject({ path: "options.reason.evidence.0", issue: "other_client" });
    const bare = (await post({ category: "clientBadFaith", evidence: [] })).body;
    expect(checkOf(bare, "qc_serious_reason")).toMatchObject({ passed: false, severity: "blocking" });
    expect((await d.c.patch(`/api/v1/exits/${bare.id}`, { status: "ready" })).status).toBe(409);
    const vague = (await post({ category: "other", evidence })).body;
    expect((await d.c.patch(`/api/v1/exits/${vague.id}`, { status: "ready" })).status).toBe(409);
  });

  it.skipIf(skip)(
    "writes both letters, JSON and PDF, with only recorded facts, the reasons and interest terms",
    async () => {
      const exit = (
        await d.c.post(`/api/v1/clients/${d.agencyId}/exits`, {
          noticeDate: "2026-11-27",
          effectiveDate: "2026-12-18",
          options: {
            reason: reason(),
            includeReasons: true,
            reasons: { fr: "Nos visions du mandat diffèrent trop.", en: "" },
          },
        })
      ).body;
      const fr = (await d.c.get(`/api/v1/exits/${exit.id}/letter`)).body;
      const text = fr.paragraphs.join("\n");
      expect(text).not.toMatch(NOTICE_WORDS);
      expect(text).toContain("Nos visions du mandat diffèrent trop.");
      expect(text).toMatch(/Ces factures (portent|porteront) intérêt|intérêt au taux/);
      expect(text).toContain("avant taxes");
      // The English letter asks for English reasons instead of inserting the French ones.
      const asked = await d.c.get(`/api/v1/exits/${exit.id}/letter?lang=en`);
      expect(asked.status).toBe(400);
      expect(asked.body.fields[0].path).toBe("reasons.en");
      await d.c.patch(`/api/v1/exits/${exit.id}`, {
        options: {
          reasons: { fr: "Nos visions du mandat diffèrent trop.", en: "Our views of the work differ too much." },
        },
      });
      const en = (await d.c.get(`/api/v1/exits/${exit.id}/letter?lang=en`)).body.paragraphs.join("\n");
      expect(en).toContain("Our views of the work differ too much.");
      expect(en).not.toContain("Nos visions");
      expect(en).not.toMatch(NOTICE_WORDS);
      expect(en).toMatch(/interest/);
      for (const lang of ["fr", "en"]) {
        const pdf = await pdfText(d.fx, d.c, `/api/v1/exits/${exit.id}/letter?format=pdf&lang=${lang}`);
        expect(pdf).not.toMatch(NOTICE_WORDS);
        expect(pdf).toContain(lang === "fr" ? "Nos visions du mandat" : "Our views of the work");
        // Dated the notice day its text counts from ("the date of this letter"), not the day it is rendered.
        expect(pdf).toContain(lang === "fr" ? "Québec, le 27 novembre 2026" : "Québec, November 27, 2026");
        expect(pdf).not.toMatch(/26 novembre 2026|November 26, 2026/);
        expect(pdf).toMatch(lang === "fr" ? /intérêt/ : /interest/);
      }
    },
  );

  it.skipIf(skip)(
    "a formal notice is a record with its letter and PDF; the cause letter cites it once its delay has run",
    async () => {
      const other = (await d.c.get("/api/v1/clients")).body.items.find((x: { id: string }) => x.id !== d.agencyId);
      const notice = await d.c.post(`/api/v1/clients/${d.agencyId}/formal-notices`, {
        sentOn: "2026-11-02",
        cureDays: 10,
        method: "registered_mail",
        breach: "les demandes hors de l'offre signée ont été exigées sans avenant",
      });
      expect(notice.status, JSON.stringify(notice.body)).toBe(201);
      expect(notice.body.letter.subject).toBe("Mise en demeure");
      const pdf = await pdfText(d.fx, d.c, `/api/v1/formal-notices/${notice.body.id}?format=pdf`);
      expect(pdf).toContain("Mise en demeure");
      expect(pdf).toContain("12 novembre 2026");
      const cause = (id: string) =>
        d.c.post(`/api/v1/clients/${d.agencyId}/exits`, {
          noticeDate: "2026-11-27",
          effectiveDate: "2026-12-18",
          options: { basis: "cause", reason: reason(), formalNoticeId: id },
        });
      const exit = await cause(notice.body.id);
      expect(exit.status, JSON.stringify(exit.body)).toBe(201);
      expect(exit.body.formalNotices.map((n: { id: string }) => n.id)).toContain(notice.body.id);
      const letter = (await d.c.get(`/api/v1/exits/${exit.body.id}/letter`)).body.paragraphs.join("\n");
      expect(letter).toContain("notre mise en demeure du 2 novembre 2026 étant restée sans effet");
      // Another client's notice is refused; an unknown one is not found.
      const foreign = await d.c.post(`/api/v1/clients/${other.id}/formal-notices`, {
        sentOn: "2026-11-02",
        cureDays: 10,
        method: "email",
        breach: "x",
      });
      expect((await cause(foreign.body.id)).status).toBe(400);
      expect((await cause("0190f5b2-0000-7000-8000-000000000000")).status).toBe(404);
    },
  );

  it.skipIf(skip)(
    "refuses to send a draft's letter while a blocking check fails; ready freezes the letter",
    async () => {
      const exit = (
        await d.c.post(`/api/v1/clients/${d.agencyId}/exits`, {
          options: { reason: { category: "personalityClash", evidence: [] } },
        })
      ).body;
      const before = (await d.c.get("/api/v1/outbox")).body.items.length;
      const refused = await d.c.post(`/api/v1/exits/${exit.id}/letter/send`, {});
      expect(refused.status).toBe(409);
      expect(refused.body.checks).toContain("qc_serious_reason");
      expect((await d.c.get("/api/v1/outbox")).body.items.length).toBe(before);
      await d.c.patch(`/api/v1/exits/${exit.id}`, { options: { reason: reason() } });
      const ready = await d.c.patch(`/api/v1/exits/${exit.id}`, { status: "ready" });
      expect(ready.status, JSON.stringify(ready.body)).toBe(200);
      expect(ready.body.letter).toMatchObject({ frozen: true, generated: true, lang: "fr" });
      const edit = await d.c.patch(`/api/v1/exits/${exit.id}`, {
        letter: { subject: "Autre", paragraphs: ["Bonjour,"], lang: "fr" },
      });
      expect(edit.status).toBe(409);
      expect((await d.c.patch(`/api/v1/exits/${exit.id}`, { status: "abandoned", abandonReason: "Test" })).status).toBe(
        200,
      );
      expect((await d.c.post(`/api/v1/exits/${exit.id}/letter/send`, {})).status).toBe(409);
    },
  );
});

describe.each(engines())("the letter's date on $engine", ({ engine, skip }) => {
  let d: Demo;
  let now = testNow();
  beforeAll(async () => {
    if (skip) return;
    d = await demo(engine, () => now);
  }, 120_000);
  afterAll(async () => {
    await d?.fx.close();
    await d?.smtp.close();
  });

  it.skipIf(skip)(
    "is the notice day its text counts from: a past day is never marked ready, nor sent for the first time",
    async () => {
      const today = (await d.c.get("/api/v1/dashboard/money")).body.asOf as string;
      const yesterday = addDays(today, -1);
      const { evidence } = await records(d.c, d.agencyId);
      const prepared = await d.c.post(`/api/v1/clients/${d.agencyId}/exits`, {
        noticeDate: yesterday,
        options: {
          reason: { category: "majorScopeChangeUnderFixedPrice", description: "Avenant refusé.", evidence },
        },
      });
      expect(prepared.status, JSON.stringify(prepared.body)).toBe(201);
      const exit = prepared.body;
      const refused = await d.c.patch(`/api/v1/exits/${exit.id}`, { status: "ready" });
      expect(refused.status, JSON.stringify(refused.body)).toBe(400);
      expect(refused.body.fields[0]).toMatchObject({ path: "noticeDate", issue: "past" });
      expect((await d.c.patch(`/api/v1/exits/${exit.id}`, { noticeDate: today })).status).toBe(200);
      const ready = await d.c.patch(`/api/v1/exits/${exit.id}`, { status: "ready" });
      expect(ready.status, JSON.stringify(ready.body)).toBe(200);
      expect((await d.c.get(`/api/v1/exits/${exit.id}/letter`)).body).toMatchObject({ date: today, datePassed: false });

      // Two days later the ready letter, never sent, still says "the date of this letter" is that day.
      now = new Date(now.getTime() + 2 * 86_400_000);
      const later = (await d.c.get("/api/v1/dashboard/money")).body.asOf as string;
      expect((await d.c.get(`/api/v1/exits/${exit.id}/letter`)).body).toMatchObject({ date: today, datePassed: true });
      const before = (await d.c.get("/api/v1/outbox")).body.items.length;
      const late = await d.c.post(`/api/v1/exits/${exit.id}/letter/send`, {});
      expect(late.status, JSON.stringify(late.body)).toBe(409);
      expect(late.body).toMatchObject({ letterDate: today, today: later });
      const executed = await d.c.post(`/api/v1/exits/${exit.id}/execute`, {
        doNotReengage: false,
        lesson: "Dater la lettre du jour de l'envoi.",
        sendLetter: true,
      });
      expect(executed.status, JSON.stringify(executed.body)).toBe(409);
      expect((await d.c.get("/api/v1/outbox")).body.items.length).toBe(before);

      // Reopened and dated again, it goes; a copy may follow on a later day.
      expect((await d.c.patch(`/api/v1/exits/${exit.id}`, { status: "draft" })).status).toBe(200);
      expect((await d.c.patch(`/api/v1/exits/${exit.id}`, { noticeDate: later })).status).toBe(200);
      expect((await d.c.patch(`/api/v1/exits/${exit.id}`, { status: "ready" })).status).toBe(200);
      const sent = await d.c.post(`/api/v1/exits/${exit.id}/letter/send`, {});
      expect(sent.status, JSON.stringify(sent.body)).toBe(200);
      now = new Date(now.getTime() + 86_400_000);
      expect((await d.c.post(`/api/v1/exits/${exit.id}/letter/send`, {})).status).toBe(200);
    },
  );
});

describe.each(engines())("executing an exit on $engine", ({ engine, skip }) => {
  let d: Demo;
  beforeAll(async () => {
    if (skip) return;
    d = await demo(engine);
  }, 120_000);
  afterAll(async () => {
    await d?.fx.close();
    await d?.smtp.close();
  });

  async function snapshot() {
    const db = d.fx.db.store.db;
    const [offers, mandates, invoices, clients, audit, outbox] = await Promise.all([
      db.selectFrom("offers").select(["id", "status"]).orderBy("id").execute(),
      db.selectFrom("mandates").select(["id", "status"]).orderBy("id").execute(),
      db.selectFrom("invoices").select(["id", "status", "number"]).orderBy("id").execute(),
      db.selectFrom("clients").select(["id", "status", "do_not_reengage"]).orderBy("id").execute(),
      db.selectFrom("audit_events").select("id").execute(),
      db.selectFrom("outbox").select("id").execute(),
    ]);
    return { offers, mandates, invoices, clients, audit: audit.length, outbox: outbox.length };
  }

  it.skipIf(skip)(
    "a failure half-way leaves nothing changed; then it runs whole, once; the letter is sent after",
    async () => {
      const { executeExit } = await import("../../src/app/exits/execute-exit.ts");
      const { c, agencyId } = d;
      const exitId = (await c.get(`/api/v1/clients/${agencyId}/exits`)).body.items[0].id;
      const demoExit = (await c.get(`/api/v1/exits/${exitId}`)).body;
      // The demo's exit is lawful: ready, its reason linked to the agency's lists and the rejected change order, and
      // its end after the launch.
      expect(demoExit.status).toBe("ready");
      expect(demoExit.checks.blocking).toBe(false);
      expect(checkOf(demoExit, "qc_inopportune_time").passed).toBe(true);
      expect(demoExit.options.reason.evidence.map((e: { kind: string }) => e.kind)).toEqual(
        expect.arrayContaining(["round", "change_order"]),
      );
      const me = (await c.get("/api/v1/me")).body;
      const actor = {
        userId: me.user.id,
        memberId: me.member.id,
        workspaceId: me.workspace.id,
        role: "owner" as const,
      };
      const before = await snapshot();
      let ids = 0;
      const failing = {
        ...d.fx.ctx,
        newId: () => {
          ids += 1;
          if (ids > 3) throw new Error("injected failure");
          return d.fx.ctx.newId();
        },
      };
      await expect(executeExit(failing, actor, exitId, { doNotReengage: true, lesson: "x" })).rejects.toThrow(
        "injected failure",
      );
      expect(await snapshot()).toEqual(before);

      const res = await c.post(`/api/v1/exits/${exitId}/execute`, {
        doNotReengage: true,
        lesson:
          "Écouter l'avertissement du développeur précédent; exiger un avenant dès la première demande hors offre.",
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.exit.status).toBe("executed");
      expect(res.body.letterMessage).toBeNull();
      expect((await c.get(`/api/v1/clients/${agencyId}`)).body).toMatchObject({ status: "ended", doNotReengage: true });
      const offers = (await c.get(`/api/v1/offers?clientId=${agencyId}`)).body.items;
      expect(offers.find((o: { title: string }) => o.title.startsWith("Nouveau site")).status).toBe("cancelled");
      const after = await snapshot();
      const again = await c.post(`/api/v1/exits/${exitId}/execute`, { doNotReengage: true, lesson: "again" });
      expect(again.body.alreadyExecuted).toBe(true);
      expect(await snapshot()).toEqual(after);

      // After execution the frozen letter is sent through SMTP, and the sending is on the exit's record.
      Object.assign(d.fx.ctx, { mailer: createMailer(d.smtp.url, "Collectif WEB <bonjour@collectif.test>") });
      const received = d.smtp.received.length;
      const sent = await c.post(`/api/v1/exits/${exitId}/letter/send`, {});
      expect(sent.status, JSON.stringify(sent.body)).toBe(200);
      expect(sent.body).toMatchObject({ status: "sent", to: "marc-antoine@boreale.demo" });
      await expect.poll(() => d.smtp.received.length).toBe(received + 1);
      const mail = d.smtp.received.at(-1)!;
      expect(mail.to).toEqual(["marc-antoine@boreale.demo"]);
      expect(mailText(mail.raw)).toContain("Lancement du site du client final");
      const exit = (await c.get(`/api/v1/exits/${exitId}`)).body;
      expect(exit.sentLetters).toEqual([expect.objectContaining({ id: sent.body.id, status: "sent" })]);
      const outbox = (await c.get("/api/v1/outbox")).body.items;
      expect(outbox.find((m: { id: string }) => m.id === sent.body.id)).toMatchObject({ kind: "termination_letter" });

      // An ended client is read-only; the audit chain verifies.
      expect((await c.patch(`/api/v1/clients/${agencyId}`, { name: "Autre nom" })).status).toBe(409);
      expect((await c.get("/api/v1/audit/verify")).body.valid).toBe(true);
    },
  );
});
