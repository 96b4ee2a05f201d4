/**
 * The answer to a client's feedback round, in French (Québec) or English: a plain-text subject and body the user can
 * edit before sending. It thanks the client for the list, then answers each claim with its triage outcome, quoting
 * the signed clause it was judged against, and cites the signed offer (number, signature date, the first 12 hex
 * characters of its SHA-256 fingerprint, the full fingerprint in a footnote). Goodwill is named as a courtesy given
 * once, never a precedent; change orders come with their number and portal link. The tone is calm and cordial: the
 * letter documents, it does not argue.
 *
 * The rationale is shown to the client for every outcome but goodwill (a courtesy needs no justification, and the
 * reason for it is often internal). Amounts and dates go through Intl (fr-CA / en-CA).
 */

import { isCalendarDate } from "../calendar-date.ts";
import type { BaselineReferenceKind, TriageOutcome } from "../claim/claim.ts";
import { TRIAGE_OUTCOMES } from "../claim/claim.ts";
import { DomainError, type FieldIssue } from "../errors.ts";
import type { Money } from "../money.ts";
import { localDate } from "../time/local-date.ts";
import type { SettledPoint } from "../triage/find-repeats.ts";
import { englishReply } from "./round-reply-en.ts";
import { frenchReply } from "./round-reply-fr.ts";

/** One claim as the letter answers it. */
export interface RoundReplyClaim {
  /** The client's words. */
  text: string;
  triage: TriageOutcome;
  /** The signed clause judged against, with the text to quote (a deliverable's title, an exclusion's sentence). */
  baseline?: { kind: BaselineReferenceKind; text: string } | undefined;
  rationale?: string | undefined;
  /** What we propose instead (`alternative`). */
  alternative?: string | undefined;
  estimatedHours?: number | undefined;
  /** Value of goodwill at the billable rate, shown as what will not be invoiced. */
  value?: Money | undefined;
  /** The change order proposed for it (`change_order`). */
  changeOrder?:
    | {
        number: string;
        portalUrl?: string | undefined;
        amount?: Money | undefined;
        /** Where it stands: the letter says it was sent, approved, rejected or withdrawn only when it was. */
        status?: "draft" | "sent" | "approved" | "rejected" | "withdrawn" | undefined;
        /** When it was answered (approved, rejected or withdrawn): an instant, or its `YYYY-MM-DD` date. */
        answeredOn?: string | undefined;
      }
    | undefined;
  /** `duplicate`: the 1-based item of this letter it repeats; absent when it repeats an earlier round. */
  duplicateOf?: number | undefined;
  /** `duplicate` of a point already answered or delivered: the earlier answer, restated courteously. */
  repeat?: Pick<SettledPoint, "answer" | "on" | "text" | "clause" | "alternative" | "changeOrderNumber"> | undefined;
}

/** Input of {@link renderRoundReply}. */
export interface RenderRoundReplyInput {
  language: "fr" | "en";
  client: { name: string; contactName?: string | undefined };
  issuer: { name: string };
  /** The signed offer: `signedAt` is the signature instant (or its `YYYY-MM-DD` date). */
  offer: { number: string; signedAt: string; sha256: string; title: string };
  claims: readonly RoundReplyClaim[];
  signerName: string;
  /** Date of the letter, `YYYY-MM-DD`. */
  date: string;
  /** Date the client's list was received, `YYYY-MM-DD`. */
  receivedAt?: string | undefined;
  /** Time zone in which the signature instant is dated (default `America/Toronto`). */
  timeZone?: string | undefined;
}

/** The letter. */
export interface RoundReply {
  subject: string;
  body: string;
}

/** What the language templates receive: the input checked, texts tidied, the signature dated. */
export interface ReplyContext {
  input: RenderRoundReplyInput;
  claims: RoundReplyClaim[];
  signedOn: string;
  /** First 12 hex characters of the fingerprint. */
  shortSha: string;
}

/** Longest claim text quoted back to the client (longer ones end with "…"). */
export const MAX_QUOTED_CLAIM = 300;

/** Collapses white space and shortens to `max` characters. */
export function quotable(text: string, max = MAX_QUOTED_CLAIM): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** A free text as a sentence: trimmed, with final punctuation added when missing. */
export function asSentence(text: string | undefined): string {
  const t = text?.replace(/\s+/g, " ").trim() ?? "";
  if (!t) return "";
  return /[.!?…»”)]$/u.test(t) ? t : `${t}.`;
}

/** Renders the reply letter; throws `validation` naming every field at fault. */
export function renderRoundReply(input: RenderRoundReplyInput): RoundReply {
  const issues: FieldIssue[] = [];
  const fail = (path: string, issue: string, message: string) => issues.push({ path, issue, message });
  if (input.language !== "fr" && input.language !== "en") fail("language", "invalid", "language must be fr or en");
  if (!/^[0-9a-f]{64}$/.test(input.offer.sha256)) {
    fail("offer.sha256", "invalid", "the fingerprint is 64 lower-case hex characters");
  }
  if (!input.offer.number.trim()) fail("offer.number", "required", "the offer number is required");
  if (!isCalendarDate(input.date)) fail("date", "invalid_date", "date must be a date YYYY-MM-DD");
  if (input.receivedAt !== undefined && !isCalendarDate(input.receivedAt)) {
    fail("receivedAt", "invalid_date", "receivedAt must be a date YYYY-MM-DD");
  }
  if (!input.signerName.trim()) fail("signerName", "required", "the signer's name is required");
  if (input.claims.length === 0) fail("claims", "required", "the letter answers at least one claim");
  input.claims.forEach((c, i) => {
    if (!(TRIAGE_OUTCOMES as readonly string[]).includes(c.triage)) {
      fail(`claims.${i}.triage`, "invalid", "every claim needs its triage outcome");
    }
    if (c.repeat !== undefined && !isCalendarDate(c.repeat.on)) {
      fail(`claims.${i}.repeat.on`, "invalid_date", "the earlier answer's date is a date YYYY-MM-DD");
    }
    if (c.duplicateOf !== undefined) {
      const ok = Number.isInteger(c.duplicateOf) && c.duplicateOf >= 1 && c.duplicateOf <= input.claims.length;
      if (!ok || c.duplicateOf === i + 1) {
        fail(`claims.${i}.duplicateOf`, "invalid", "duplicateOf is the number of another item of this letter");
      }
    }
  });
  let signedOn = input.offer.signedAt;
  if (!isCalendarDate(signedOn)) {
    try {
      signedOn = localDate({ instant: signedOn, timeZone: input.timeZone ?? "America/Toronto" });
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      fail("offer.signedAt", "invalid", "signedAt must be an ISO-8601 instant or a date YYYY-MM-DD");
    }
  }
  if (issues.length > 0) {
    throw new DomainError("validation", issues.map((i) => `${i.path}: ${i.message}`).join("; "), { fields: issues });
  }
  const context: ReplyContext = {
    input,
    claims: input.claims.map((c) => ({
      ...c,
      text: quotable(c.text),
      // A change order's answer is an instant: dated in the studio's zone, like the signature.
      changeOrder:
        c.changeOrder?.answeredOn && !isCalendarDate(c.changeOrder.answeredOn)
          ? {
              ...c.changeOrder,
              answeredOn: localDate({
                instant: c.changeOrder.answeredOn,
                timeZone: input.timeZone ?? "America/Toronto",
              }),
            }
          : c.changeOrder,
    })),
    signedOn,
    shortSha: input.offer.sha256.slice(0, 12),
  };
  return input.language === "fr" ? frenchReply(context) : englishReply(context);
}
