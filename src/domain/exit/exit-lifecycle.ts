/**
 * Exit lifecycle: `draft` → `ready` → `executed`, and `abandoned` from draft or ready. A draft's plan can be
 * replaced (re-prepared from new facts or choices); `ready` freezes it after the legal checks pass with no failed
 * blocking check; `executed` is final (the app then ends the client, cancels offers, issues the final invoice).
 */
import { DomainError } from "../errors.ts";
import type { IsoDate } from "../health/calendar-date.ts";
import type { ExitCheckReport } from "./check-exit.ts";
import type { HandoverKey } from "./handover-checklist.ts";
import type { ExitPlan } from "./prepare-exit-plan.ts";

interface ExitBase {
  id: string;
  clientId: string;
  /** The decided decision (verdict `stop`) this exit comes from, if any. */
  decisionId?: string;
  createdOn: IsoDate;
  plan: ExitPlan;
}

export interface DraftExit extends ExitBase {
  status: "draft";
}

export interface ReadyExit extends ExitBase {
  status: "ready";
  readyOn: IsoDate;
  /** The checks as they stood when the plan was marked ready. */
  checks: ExitCheckReport;
}

export interface ExecutedExit extends ExitBase {
  status: "executed";
  readyOn: IsoDate;
  checks: ExitCheckReport;
  executedOn: IsoDate;
  doNotReengage: boolean;
  lesson: string;
}

export interface AbandonedExit extends ExitBase {
  status: "abandoned";
  abandonedOn: IsoDate;
  abandonedFrom: "draft" | "ready";
  reason: string;
}

export type Exit = DraftExit | ReadyExit | ExecutedExit | AbandonedExit;
export type ExitStatus = Exit["status"];

function refuse(exit: Exit, action: string): never {
  throw new DomainError("invalid_state", `cannot ${action} an exit that is ${exit.status}`, { status: exit.status });
}

/** Starts an exit in `draft` from a prepared plan. */
export function createExit(options: { plan: ExitPlan; createdOn: IsoDate; decisionId?: string }): DraftExit {
  const exit: DraftExit = {
    status: "draft",
    id: options.plan.exitId,
    clientId: options.plan.clientId,
    createdOn: options.createdOn,
    plan: options.plan,
  };
  return options.decisionId ? { ...exit, decisionId: options.decisionId } : exit;
}

/** Replaces the plan of a draft (new choices, new dates); a ready exit must be reopened first. */
export function reviseExitPlan(exit: Exit, plan: ExitPlan): DraftExit {
  switch (exit.status) {
    case "draft":
      if (plan.exitId !== exit.id) throw new DomainError("validation", "the plan belongs to another exit");
      return { ...exit, plan };
    case "ready":
    case "executed":
    case "abandoned":
      return refuse(exit, "revise the plan of");
    default: {
      const never: never = exit;
      return never;
    }
  }
}

/** `draft` → `ready`, refused while a blocking check fails. */
export function markExitReady(exit: Exit, options: { checks: ExitCheckReport; readyOn: IsoDate }): ReadyExit {
  switch (exit.status) {
    case "draft": {
      const blocking = options.checks.checks.filter((c) => c.severity === "blocking" && !c.passed);
      if (blocking.length > 0) {
        throw new DomainError("invalid_state", "a blocking check fails; the exit cannot be marked ready", {
          checks: blocking.map((c) => c.code),
        });
      }
      return { ...exit, status: "ready", readyOn: options.readyOn, checks: options.checks };
    }
    case "ready":
    case "executed":
    case "abandoned":
      return refuse(exit, "mark ready");
    default: {
      const never: never = exit;
      return never;
    }
  }
}

/** `ready` → `draft`, to change the plan again. */
export function reopenExit(exit: Exit): DraftExit {
  switch (exit.status) {
    case "ready": {
      const { readyOn: _r, checks: _c, status: _s, ...base } = exit;
      return { ...base, status: "draft" };
    }
    case "draft":
    case "executed":
    case "abandoned":
      return refuse(exit, "reopen");
    default: {
      const never: never = exit;
      return never;
    }
  }
}

/** `ready` → `executed`: the letter is sent and the plan carried out. */
export function executeExit(
  exit: Exit,
  options: { executedOn: IsoDate; doNotReengage: boolean; lesson: string },
): ExecutedExit {
  switch (exit.status) {
    case "ready":
      if (options.executedOn < exit.readyOn) throw new DomainError("validation", "executedOn precedes readyOn");
      return { ...exit, status: "executed", ...options, lesson: options.lesson.trim() };
    case "draft":
    case "executed":
    case "abandoned":
      return refuse(exit, "execute");
    default: {
      const never: never = exit;
      return never;
    }
  }
}

/** `draft` or `ready` → `abandoned` (the relationship continues after all). */
export function abandonExit(exit: Exit, options: { abandonedOn: IsoDate; reason: string }): AbandonedExit {
  switch (exit.status) {
    case "draft":
    case "ready": {
      const base: ExitBase = {
        id: exit.id,
        clientId: exit.clientId,
        createdOn: exit.createdOn,
        plan: exit.plan,
        ...(exit.decisionId ? { decisionId: exit.decisionId } : {}),
      };
      return { ...base, status: "abandoned", abandonedFrom: exit.status, ...options };
    }
    case "executed":
    case "abandoned":
      return refuse(exit, "abandon");
    default: {
      const never: never = exit;
      return never;
    }
  }
}

/** Ticks a handover item as done (draft or ready; the handover happens before the effective date). */
export function completeHandoverItem(
  exit: Exit,
  options: { key: HandoverKey; doneOn: IsoDate },
): DraftExit | ReadyExit {
  switch (exit.status) {
    case "draft":
    case "ready":
      return {
        ...exit,
        plan: {
          ...exit.plan,
          handover: exit.plan.handover.map((h) => (h.key === options.key ? { ...h, doneOn: options.doneOn } : h)),
        },
      };
    case "executed":
    case "abandoned":
      return refuse(exit, "update the handover of");
    default: {
      const never: never = exit;
      return never;
    }
  }
}
