/**
 * The audit trail is append-only and hash-chained per workspace: each event's hash covers its own canonical content
 * and the previous event's hash, so altering, deleting or reordering a stored event breaks every hash after it.
 * The first event of a workspace chains to GENESIS.
 */
import { canonicalText, sha256Hex } from "./canonical.ts";

export const GENESIS = "0".repeat(64);

export interface AuditEventContent {
  workspaceId: string;
  seq: number;
  at: string;
  actorMemberId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface StoredAuditEvent extends AuditEventContent {
  id: string;
  prevHash: string;
  hash: string;
}

/** Hash of one event given the previous event's hash. */
export function auditHash(prevHash: string, event: AuditEventContent): string {
  return sha256Hex(
    `${prevHash}\n${canonicalText({ ...event, before: event.before ?? null, after: event.after ?? null })}`,
  );
}

export type ChainVerification =
  | { valid: true; checked: number; firstInvalid: null }
  | { valid: false; checked: number; firstInvalid: { seq: number; id: string; reason: string } };

/** Where a verification stopped, so a long chain can be verified page by page. */
export interface ChainCursor {
  prevHash: string;
  nextSeq: number;
  checked: number;
}

export const CHAIN_START: ChainCursor = { prevHash: GENESIS, nextSeq: 1, checked: 0 };

/**
 * Verifies events given in ascending `seq` order, starting at `from` (the chain's beginning by default). Reports the
 * first event whose sequence, link or hash does not match, and the cursor to continue from.
 */
export function verifyAuditChain(
  events: readonly StoredAuditEvent[],
  from: ChainCursor = CHAIN_START,
): ChainVerification & { cursor: ChainCursor } {
  let { prevHash: prev, nextSeq: expectedSeq, checked } = from;
  for (const e of events) {
    const cursor = { prevHash: prev, nextSeq: expectedSeq, checked };
    const fail = (reason: string) => ({
      valid: false as const,
      checked,
      firstInvalid: { seq: e.seq, id: e.id, reason },
      cursor,
    });
    if (e.seq !== expectedSeq) return fail(`sequence gap: expected ${expectedSeq}, found ${e.seq}`);
    if (e.prevHash !== prev) return fail("link to the previous event does not match");
    const { id: _id, prevHash: _p, hash, ...content } = e;
    if (auditHash(prev, content) !== hash) return fail("content does not match its hash (edited after the fact)");
    prev = hash;
    expectedSeq += 1;
    checked += 1;
  }
  return { valid: true, checked, firstInvalid: null, cursor: { prevHash: prev, nextSeq: expectedSeq, checked } };
}

/**
 * Checks each event of an extract (not necessarily contiguous, such as the events of one client) against its own
 * recorded link: its hash must be the hash of its content chained to the `prevHash` it records. The whole chain's
 * verification (`verifyAuditChain`) then shows that those links are the workspace's.
 */
export function checkEventHashes(events: readonly StoredAuditEvent[]): { checked: number; mismatched: string[] } {
  const mismatched = events
    .filter(({ id: _id, prevHash, hash, ...content }) => auditHash(prevHash, content) !== hash)
    .map((e) => e.id);
  return { checked: events.length, mismatched };
}
