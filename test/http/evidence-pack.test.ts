/**
 * The evidence pack of the founding story's agency, opened as a zip over HTTP: the decision worksheet (JSON and PDF),
 * the exit plan, the termination letter as a PDF with its sending record, the formal notice with its letter, the audit
 * events of every record of the client (exit, decision, claim triage, time, invoices, offers, change orders, mandates,
 * formal notice) with the chain verified, and a manifest whose hashes match the files. Nothing for a stranger.
 */
import { createHash } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditHash } from "../../src/domain/audit-chain.ts";
import { collapse, pdfText } from "../fixtures/pdf/pdf-text.ts";
import { createDemoFixture } from "../support/demo-fixture.ts";
import { engines } from "../support/engines.ts";
import type { TestClient } from "../support/http-client.ts";
import type { HttpFixture } from "../support/http-fixture.ts";

type Files = Record<string, Uint8Array>;
const parse = (files: Files, path: string) => {
  const data = files[path];
  if (!data) throw new Error(`${path} is not in the pack: ${Object.keys(files).join(", ")}`);
  return JSON.parse(strFromU8(data));
};
const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

describe.each(engines())("the evidence pack on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let c: TestClient;
  let agencyId: string;
  let exitId: string;
  let noticeId: string;
  let files: Files;
  beforeAll(async () => {
    if (skip) return;
    ({ fx, owner: c, agencyId } = await createDemoFixture(engine));
    exitId = (await c.get(`/api/v1/clients/${agencyId}/exits`)).body.items[0].id;
    const notice = await c.post(`/api/v1/clients/${agencyId}/formal-notices`, {
      sentOn: "2026-11-20",
      cureDays: 10,
      method: "registered_mail",
      breach: "Les factures échues ne sont pas payées",
      exitId,
    });
    if (notice.status !== 201) throw new Error(`the notice was not recorded: ${JSON.stringify(notice.body)}`);
    noticeId = notice.body.id;
    const sent = await c.post(`/api/v1/exits/${exitId}/letter/send`, {});
    if (sent.status !== 200) throw new Error(`the letter was not sent: ${JSON.stringify(sent.body)}`);
    const res = await fx.app.request(`/api/v1/clients/${agencyId}/evidence`, { headers: { cookie: c.cookie! } });
    if (res.status !== 200) throw new Error(`evidence: ${res.status}`);
    expect(res.headers.get("content-type")).toBe("application/zip");
    files = unzipSync(new Uint8Array(await res.arrayBuffer()));
  }, 180_000);
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)("lists every file in the manifest with a SHA-256 that matches its bytes", () => {
    const manifest = parse(files, "manifest.json");
    const listed = manifest.files.map((f: { path: string }) => f.path).sort();
    expect(listed).toEqual(
      Object.keys(files)
        .filter((p) => p !== "manifest.json")
        .sort(),
    );
    for (const f of manifest.files) expect(sha256(files[f.path]!), f.path).toBe(f.sha256);
    expect(manifest.contents).toMatchObject({ decisions: 1, exits: 1, letters: 1, formalNotices: 1 });
  });

  it.skipIf(skip)("holds the decision worksheet as JSON and as a PDF that reads as the worksheet", async () => {
    const decision = (await c.get(`/api/v1/clients/${agencyId}/decisions`)).body.items[0];
    const dir = Object.keys(files)
      .filter((p) => p.startsWith("decisions/") && p.includes(decision.id.replace(/[^A-Za-z0-9._-]+/g, "_")))
      .map((p) => p.slice(0, p.lastIndexOf("/")))[0];
    expect(dir).toBeDefined();
    const worksheet = parse(files, `${dir}/worksheet.json`);
    expect(worksheet).toMatchObject({ id: decision.id, clientId: agencyId, status: "decided", verdict: "stop" });
    const { text } = await pdfText(files[`${dir}/worksheet.pdf`]!);
    expect(text).toContain("Grille de décision");
    expect(text).toContain("Décision Arrêter");
    expect(text).toContain(collapse(worksheet.rationale));
    for (const c of worksheet.criteria) expect(text).toContain(collapse(c.statement));
    const served = await fx.app.request(`/api/v1/decisions/${decision.id}/pdf`, { headers: { cookie: c.cookie! } });
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("application/pdf");
    expect((await pdfText(new Uint8Array(await served.arrayBuffer()))).text).toContain(collapse(worksheet.rationale));
  });

  it.skipIf(skip)("holds the exit plan, the letter as a PDF and the record of its sending", async () => {
    const dir = `exits/${exitId.replace(/[^A-Za-z0-9._-]+/g, "_")}`;
    const plan = parse(files, `${dir}/exit-plan.json`);
    expect(plan).toMatchObject({ id: exitId, clientId: agencyId });
    expect(plan.plan.jurisdiction).toBe("CA-QC");
    const letter = parse(files, `${dir}/letters/termination-letter-fr.json`);
    const { text } = await pdfText(files[`${dir}/letters/termination-letter-fr.pdf`]!);
    expect(text).toContain(collapse(`Objet : ${letter.subject}`));
    expect(text).toContain(collapse(letter.paragraphs[1]).slice(0, 60));
    const record = parse(files, `${dir}/letters/sending-record.json`);
    expect(record.sent).toBe(true);
    expect(record.messages).toEqual([
      expect.objectContaining({
        kind: "termination_letter",
        entity: "exit",
        entity_id: exitId,
        to_address: "marc-antoine@boreale.demo",
        subject: letter.subject,
        status: "kept",
      }),
    ]);
  });

  it.skipIf(skip)("holds the client's money ledger, the same figures as the client page", async () => {
    const money = parse(files, "money.json");
    expect(money.total.outstanding).toBeGreaterThan(0);
    const live = (await c.get(`/api/v1/clients/${money.mandates[0].clientId}/money`)).body;
    expect(money).toEqual(live);
  });

  it.skipIf(skip)("holds the formal notice, its letter as a PDF and how it was sent", async () => {
    const dir = `formal-notices/2026-11-20-${noticeId.replace(/[^A-Za-z0-9._-]+/g, "_")}`;
    const notice = parse(files, `${dir}/notice.json`);
    expect(notice).toMatchObject({ id: noticeId, clientId: agencyId, exitId, cureDays: 10 });
    const { text } = await pdfText(files[`${dir}/notice.pdf`]!);
    expect(text).toContain(collapse(`Objet : ${notice.letter.subject}`));
    expect(text).toContain("PAR COURRIER RECOMMANDÉ");
    expect(parse(files, `${dir}/sending-record.json`)).toMatchObject({
      sentOn: "2026-11-20",
      method: "registered_mail",
    });
  });

  it.skipIf(skip)("holds the audit events of every record of the client, each hash verifying", async () => {
    const events = parse(files, "audit/events.json") as {
      id: string;
      entity: string;
      entityId: string;
      action: string;
      prevHash: string;
      hash: string;
      workspaceId: string;
    }[];
    const entities = new Set(events.map((e) => e.entity));
    for (const entity of [
      "client",
      "offer",
      "mandate",
      "round",
      "claim",
      "change_order",
      "time_entry",
      "invoice",
      "decision",
      "exit",
      "formal_notice",
    ]) {
      expect(entities, entity).toContain(entity);
    }
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(["decision.decided", "exit.letter_sent"]));
    for (const e of events) {
      const { id: _id, prevHash, hash, ...content } = e;
      expect(auditHash(prevHash, content as never), e.id).toBe(hash);
    }
    const verification = parse(files, "audit/verification.json");
    expect(verification).toMatchObject({ valid: true, extract: { valid: true, mismatched: [] } });
    expect(verification.extract.checked).toBe(events.length);
    // The extract is the client's: every event of the workspace about another client's records stays out.
    const all = (await c.get("/api/v1/audit?pageSize=200")).body.items as { entityId: string; entity: string }[];
    const otherClients = (await c.get("/api/v1/clients")).body.items
      .map((x: { id: string }) => x.id)
      .filter((id: string) => id !== agencyId);
    const foreign = all.filter((e) => e.entity === "client" && otherClients.includes(e.entityId));
    for (const f of foreign) expect(events.some((e) => e.entityId === f.entityId)).toBe(false);
  });

  it.skipIf(skip)("is refused to a stranger (401)", async () => {
    expect((await fx.app.request(`/api/v1/clients/${agencyId}/evidence`)).status).toBe(401);
  });
});
