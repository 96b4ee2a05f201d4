import { describe, expect, it } from "vitest";
import { auditHash, GENESIS, type StoredAuditEvent, verifyAuditChain } from "./audit-chain.ts";

function chain(n: number): StoredAuditEvent[] {
  const out: StoredAuditEvent[] = [];
  let prev = GENESIS;
  for (let seq = 1; seq <= n; seq++) {
    const content = {
      workspaceId: "w1",
      seq,
      at: `2026-11-26T00:00:0${seq}.000Z`,
      actorMemberId: "m1",
      action: "client.updated",
      entity: "client",
      entityId: "c1",
      before: { name: `v${seq - 1}` },
      after: { name: `v${seq}` },
    };
    const hash = auditHash(prev, content);
    out.push({ ...content, id: `e${seq}`, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe("audit chain", () => {
  it("verifies an intact chain", () => {
    expect(verifyAuditChain(chain(5))).toMatchObject({ valid: true, checked: 5, firstInvalid: null });
  });
  it("verifies page by page with a cursor", () => {
    const events = chain(6);
    const first = verifyAuditChain(events.slice(0, 4));
    expect(verifyAuditChain(events.slice(4), first.cursor)).toMatchObject({ valid: true, checked: 6 });
  });
  it("names the first edited event", () => {
    const events = chain(5);
    events[2] = { ...events[2]!, after: { name: "tampered" } };
    const result = verifyAuditChain(events);
    expect(result.valid).toBe(false);
    expect(result.firstInvalid).toMatchObject({ seq: 3, id: "e3" });
    expect(result.checked).toBe(2);
  });
  it("detects a deleted event as a sequence gap", () => {
    const events = chain(4);
    events.splice(1, 1);
    expect(verifyAuditChain(events).firstInvalid).toMatchObject({ seq: 3, reason: expect.stringContaining("gap") });
  });
  it("detects a re-hashed event through the broken link that follows", () => {
    const events = chain(3);
    const { id, prevHash, hash: _old, ...content } = { ...events[1]!, after: { name: "forged" } };
    events[1] = { ...content, id, prevHash, hash: auditHash(prevHash, content) };
    expect(verifyAuditChain(events).firstInvalid).toMatchObject({ seq: 3, id: "e3" });
  });
});
