import { describe, expect, it } from "vitest";
import type { DomainError } from "../errors.ts";
import {
  automaticReminderPlan,
  dueStepOutcome,
  initialStepStatus,
  nextDeliveryAttempt,
  planReminders,
} from "./reminder-schedule.ts";

describe("planReminders", () => {
  it("plans -3, 0, +7 and +30 days, courteous then firm", () => {
    expect(planReminders({ dueDate: "2026-03-31" })).toEqual([
      { date: "2026-03-28", offsetDays: -3, tone: "courteous" },
      { date: "2026-03-31", offsetDays: 0, tone: "courteous" },
      { date: "2026-04-07", offsetDays: 7, tone: "courteous" },
      { date: "2026-04-30", offsetDays: 30, tone: "firm" },
    ]);
  });
  it("accepts custom offsets and threshold, sorted and deduplicated", () => {
    const r = planReminders({ dueDate: "2026-12-30", offsets: [14, 0, 14, 2], firmFromDaysLate: 10 });
    expect(r.map((x) => [x.date, x.tone])).toEqual([
      ["2026-12-30", "courteous"],
      ["2027-01-01", "courteous"],
      ["2027-01-13", "firm"],
    ]);
  });
  it("refuses silly offsets", () => {
    expect(() => planReminders({ dueDate: "2026-03-31", offsets: [1.5] })).toThrow(/whole number/);
    try {
      planReminders({ dueDate: "2026-03-31", offsets: [7, 1000] });
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).details?.fields?.[0]?.path).toBe("offsets.1");
    }
  });
});

describe("the automatic schedule", () => {
  const plan = automaticReminderPlan("2026-03-31");
  const step = (name: string) => plan.find((s) => s.step === name)!;

  it("is courteous 3 days before and on the due date, firm 7 and 21 days after, a formal notice proposed at 30", () => {
    expect(plan.map((s) => [s.step, s.date, s.kind, s.tone])).toEqual([
      ["before_due", "2026-03-28", "email", "courteous"],
      ["on_due", "2026-03-31", "email", "courteous"],
      ["late_7", "2026-04-07", "email", "firm"],
      ["late_21", "2026-04-21", "email", "firm"],
      ["formal_notice", "2026-04-30", "proposal", "firm"],
    ]);
  });

  it("sends a due step, stops with the invoice, skips while paused and when a later step is due too", () => {
    const open = { invoiceOpen: true, paused: false };
    expect(dueStepOutcome({ step: step("on_due"), today: "2026-03-31", ...open })).toBe("send");
    expect(dueStepOutcome({ step: step("on_due"), today: "2026-04-06", ...open })).toBe("send");
    expect(dueStepOutcome({ step: step("on_due"), today: "2026-04-07", ...open })).toBe("superseded");
    expect(dueStepOutcome({ step: step("late_21"), today: "2026-05-30", ...open })).toBe("send");
    expect(dueStepOutcome({ step: step("late_7"), today: "2026-04-07", invoiceOpen: false, paused: false })).toBe(
      "stop",
    );
    expect(dueStepOutcome({ step: step("late_7"), today: "2026-04-07", invoiceOpen: true, paused: true })).toBe(
      "paused",
    );
    expect(dueStepOutcome({ step: step("formal_notice"), today: "2026-04-30", ...open })).toBe("propose");
  });

  it("never plans an e-mail whose date has passed, but still proposes the formal notice", () => {
    expect(plan.map((s) => initialStepStatus(s, "2026-04-01"))).toEqual([
      "skipped",
      "skipped",
      "planned",
      "planned",
      "planned",
    ]);
    expect(initialStepStatus(step("formal_notice"), "2026-06-01")).toBe("planned");
  });

  it("retries a transient delivery failure after 1, 5, 30 minutes, 2 and 12 hours, then gives up", () => {
    const at = new Date("2026-03-31T10:00:00Z");
    expect(nextDeliveryAttempt(at, 1)?.toISOString()).toBe("2026-03-31T10:01:00.000Z");
    expect(nextDeliveryAttempt(at, 5)?.toISOString()).toBe("2026-03-31T22:00:00.000Z");
    expect(nextDeliveryAttempt(at, 6)).toBeNull();
  });
});
