import { describe, expect, it } from "vitest";
import { checkExit } from "./check-exit.ts";
import {
  abandonExit,
  completeHandoverItem,
  createExit,
  type Exit,
  executeExit,
  markExitReady,
  reopenExit,
  reviseExitPlan,
} from "./exit-lifecycle.ts";
import { foundingStoryCheckInput, foundingStoryExitPlan as plan } from "./founding-story-exit.fixture.ts";

const checks = checkExit(foundingStoryCheckInput);
const invalid = expect.objectContaining({ code: "invalid_state" });

describe("exit lifecycle", () => {
  const draft = createExit({ plan, createdOn: "2026-10-21", decisionId: "decision-1" });
  const ready = markExitReady(draft, { checks, readyOn: "2026-10-22" });

  it("draft → ready → executed", () => {
    expect(draft).toMatchObject({ status: "draft", id: "exit-1", decisionId: "decision-1" });
    expect(ready).toMatchObject({ status: "ready", readyOn: "2026-10-22" });
    const done = executeExit(ready, {
      executedOn: "2026-10-22",
      doNotReengage: true,
      lesson: " Lire l’offre à voix haute. ",
    });
    expect(done).toMatchObject({ status: "executed", doNotReengage: true, lesson: "Lire l’offre à voix haute." });
  });

  it("refuses to mark ready while a blocking check fails", () => {
    const blocked = checkExit({
      ...foundingStoryCheckInput,
      reason: {
        category: "fearOfNonPayment",
        evidence: [{ kind: "invoice", id: "inv-2026-019", label: { fr: "Facture 2026-019", en: "Invoice 2026-019" } }],
      },
    });
    expect(() => markExitReady(draft, { checks: blocked, readyOn: "2026-10-22" })).toThrowError(
      expect.objectContaining({ code: "invalid_state", details: { checks: ["qc_serious_reason"] } }),
    );
  });

  it("only a draft's plan can be revised; a ready exit is reopened first", () => {
    expect(reviseExitPlan(draft, { ...plan, noticeDays: 20 }).plan.noticeDays).toBe(20);
    expect(() => reviseExitPlan(ready, plan)).toThrowError(invalid);
    expect(reopenExit(ready)).toMatchObject({ status: "draft" });
    expect("checks" in reopenExit(ready)).toBe(false);
  });

  it("abandons from draft or ready, and remembers from where", () => {
    expect(abandonExit(ready, { abandonedOn: "2026-10-23", reason: "L’agence accepte l’avenant" })).toMatchObject({
      status: "abandoned",
      abandonedFrom: "ready",
    });
    expect(abandonExit(draft, { abandonedOn: "2026-10-23", reason: "x" }).abandonedFrom).toBe("draft");
  });

  it("refuses every transition out of executed and abandoned, and execution from draft", () => {
    const done: Exit = executeExit(ready, { executedOn: "2026-10-22", doNotReengage: false, lesson: "" });
    const gone: Exit = abandonExit(draft, { abandonedOn: "2026-10-23", reason: "x" });
    for (const exit of [done, gone]) {
      expect(() => markExitReady(exit, { checks, readyOn: "2026-10-24" })).toThrowError(invalid);
      expect(() => executeExit(exit, { executedOn: "2026-10-24", doNotReengage: false, lesson: "" })).toThrowError(
        invalid,
      );
      expect(() => abandonExit(exit, { abandonedOn: "2026-10-24", reason: "x" })).toThrowError(invalid);
      expect(() => reopenExit(exit)).toThrowError(invalid);
      expect(() => completeHandoverItem(exit, { key: "files", doneOn: "2026-10-24" })).toThrowError(invalid);
    }
    expect(() => executeExit(draft, { executedOn: "2026-10-22", doNotReengage: false, lesson: "" })).toThrowError(
      invalid,
    );
  });

  it("ticks handover items while ready", () => {
    const ticked = completeHandoverItem(ready, { key: "repository", doneOn: "2026-10-27" });
    expect(ticked.plan.handover.find((h) => h.key === "repository")?.doneOn).toBe("2026-10-27");
    expect(ticked.status).toBe("ready");
  });
});
