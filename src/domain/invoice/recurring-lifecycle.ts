/**
 * A recurring invoice's lifecycle: active (its periods are invoiced on their dates), paused (periods that begin while
 * paused are skipped), ended (for good: nothing more is made, nothing changes). An end date reached ends it too.
 */
import { DomainError } from "../errors.ts";
import { assertNever } from "./assert-never.ts";

export type RecurringStatus = "active" | "paused" | "ended";
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
