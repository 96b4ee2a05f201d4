import { describe, expect, it } from "vitest";
import { recurringTransition, requireEditableRecurring } from "./recurring-lifecycle.ts";

describe("recurring invoice lifecycle", () => {
  it("pauses, resumes and ends", () => {
    expect(recurringTransition("active", "pause")).toBe("paused");
    expect(recurringTransition("paused", "resume")).toBe("active");
    expect(recurringTransition("paused", "end")).toBe("ended");
    expect(recurringTransition("active", "end")).toBe("ended");
  });
  it("refuses what the state forbids", () => {
    expect(() => recurringTransition("active", "resume")).toThrow(expect.objectContaining({ code: "invalid_state" }));
    expect(() => recurringTransition("ended", "resume")).toThrow(expect.objectContaining({ code: "invalid_state" }));
    expect(() => recurringTransition("ended", "end")).toThrow(expect.objectContaining({ code: "invalid_state" }));
    expect(() => requireEditableRecurring("ended")).toThrow(expect.objectContaining({ code: "invalid_state" }));
    expect(() => requireEditableRecurring("paused")).not.toThrow();
  });
});
