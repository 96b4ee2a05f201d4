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
 * `failed` when the rules refused to make it (a closed client). A retainer's closing run is a draft, or
 * `nothing_to_bill` when its last time stayed within the allowance.
 */
export const RUN_STATUSES = ["draft", "to_send", "sent", "kept", "send_failed", "failed", "nothing_to_bill"] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
/**
 * The run key of an ended retainer's closing invoice (one per template, in the runs' unique key): once its last
 * invoiced period is over, the time no next invoice will consume is billed by it — the overage, as a draft.
 */
export const CLOSING_RUN_INDEX = -1;
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
