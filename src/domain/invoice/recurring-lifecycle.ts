/**
 * A recurring invoice's lifecycle: active (its periods are invoiced on their dates), paused (periods that begin while
 * paused are skipped), ended (for good: nothing more is made, nothing changes). An end date reached ends it too.
 */
import { DomainError } from "../errors.ts";
import { assertNever } from "./assert-never.ts";

export const RECURRING_STATUSES = ["active", "paused", "ended"] as const;
export type RecurringStatus = (typeof RECURRING_STATUSES)[number];
/** Each period's invoice waits as a draft for the studio, or is issued and e-mailed to the client. */
export const RECURRING_MODES = ["draft", "issue_and_send"] as const;
export type RecurringMode = (typeof RECURRING_MODES)[number];
/**
 * What became of one period: a draft; issued and `to_send`, then `sent`, `kept` (no SMTP) or `send_failed`; or
 * `failed` when the rules refused to make it (a closed client).
 */
export const RUN_STATUSES = ["draft", "to_send", "sent", "kept", "send_failed", "failed"] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
export type RecurringAction = "pause" | "resume" | "end";

/** The status after `action`, or `invalid_state` when the lifecycle forbids it. */
export function recurringTransition(status: RecurringStatus, action: RecurringAction): RecurringStatus {
  switch (action) {
    case "pause":
      if (status === "active") return "paused";
      break;
    case "resume":
      if (status === "paused") return "active";
      break;
    case "end":
      if (status !== "ended") return "ended";
      break;
    default:
      return assertNever(action, "recurring action");
  }
  throw new DomainError("invalid_state", `a recurring invoice that is ${status} cannot ${action}`);
}

/** Whether a template's terms may still be edited (an ended one never changes). */
export function requireEditableRecurring(status: RecurringStatus): void {
  if (status === "ended") throw new DomainError("invalid_state", "an ended recurring invoice no longer changes");
}
