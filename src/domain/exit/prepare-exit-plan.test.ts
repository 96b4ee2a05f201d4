import { describe, expect, it } from "vitest";
import { foundingStoryExitFacts as facts, foundingStoryExitPlan as plan } from "./founding-story-exit.fixture.ts";
import { buildHandoverChecklist, deliversHosting } from "./handover-checklist.ts";
import { prepareExitPlan } from "./prepare-exit-plan.ts";

describe("prepareExitPlan on the founding story", () => {
  it("cancels the offer signed a week before (not started) and leaves the started one to its mandate", () => {
    expect(plan.offers).toEqual([
      {
        id: "offer-2",
        reference: "OS-2026-007",
        title: "Nouveau site web (2e mandat)",
        status: "signed",
        signedOn: "2026-10-13",
        amount: 780_000,
        action: "cancel",
      },
    ]);
    expect(plan.totals.cancelledOffers).toBe(780_000);
  });

  it("stops the delivered mandate: the complex fixes are not delivered; nothing more to invoice under 2129", () => {
    expect(plan.mandates[0]).toMatchObject({
      action: "stop_now",
      toDeliver: [],
      notDelivered: ["Corrections complexes dans le code de l’ancien développeur"],
      settlement: { earned: 320_000, finalInvoiceAmount: 0, refundAmount: 0 },
    });
  });

  it("keeps both unpaid invoices to collect: 3 679,20 $ outstanding", () => {
    expect(plan.invoices.map((i) => [i.number, i.action])).toEqual([
      ["2026-014", "collect"],
      ["2026-019", "collect"],
    ]);
    expect(plan.totals.outstanding).toBe(367_920);
  });

  it("promises the domain, DNS and hosting, and a live backup, only when a signed deliverable is about hosting", () => {
    expect(deliversHosting([{ title: "Intégration", description: "Pages et formulaires" }])).toBe(false);
    expect(deliversHosting([{ title: "Hébergement et nom de domaine (12 mois)" }])).toBe(true);
    expect(deliversHosting([{ title: "Site setup", description: "DNS records for a year" }])).toBe(true);
    expect(deliversHosting([{ title: "We host the site", description: "" }])).toBe(true);
    expect(deliversHosting([{ title: "Ghost theme fixes", description: "Adresses DNSSEC non" }])).toBe(false);
    const applicable = (f: typeof facts) =>
      prepareExitPlan(f)
        .handover.filter((h) => h.applicable)
        .map((h) => h.key);
    const noHost = applicable({ ...facts, handover: [] });
    expect(noHost).not.toContain("dns_hosting");
    expect(noHost).not.toContain("backups");
    expect(applicable({ ...facts, handover: [], hosting: true })).toEqual(
      expect.arrayContaining(["dns_hosting", "backups"]),
    );
  });

  it("gives 14 days' notice and dates every handover item before the effective date", () => {
    expect(plan.noticeDays).toBe(14);
    expect(plan.handover.map((h) => [h.key, h.dueDate, h.applicable])).toEqual([
      ["files", "2026-10-29", true],
      ["repository", "2026-10-29", true],
      ["credentials", "2026-11-02", true],
      ["dns_hosting", "2026-10-31", false],
      ["backups", "2026-10-31", true],
      ["successor_notes", "2026-11-03", true],
    ]);
  });
});

describe("prepareExitPlan choices", () => {
  const withMilestone = {
    ...facts,
    mandates: [
      {
        ...facts.mandates[0]!,
        valuation: { method: "percent" as const, percentComplete: 80 },
        remaining: ["Mise en ligne", "Formation"],
        nextMilestone: { title: "Mise en ligne", date: "2026-11-01" },
      },
    ],
  };

  it("finishes a milestone that falls before the effective date by default", () => {
    const m = prepareExitPlan(withMilestone).mandates[0];
    expect(m).toMatchObject({ action: "finish_milestone", toDeliver: ["Mise en ligne"], notDelivered: ["Formation"] });
  });

  it("lets the user choose hand_over or payment plans and write-offs", () => {
    const p = prepareExitPlan({
      ...withMilestone,
      mandates: [{ ...withMilestone.mandates[0]!, action: "hand_over" }],
      unpaidInvoices: facts.unpaidInvoices.map((i, n) => ({ ...i, action: n === 0 ? "payment_plan" : "write_off" })),
    });
    expect(p.mandates[0]?.action).toBe("hand_over");
    expect(p.invoices.map((i) => i.action)).toEqual(["payment_plan", "write_off"]);
  });

  it("refuses an effective date before the notice, duplicate ids, and finish_milestone without a milestone", () => {
    const invalid = expect.objectContaining({ code: "validation" });
    expect(() => prepareExitPlan({ ...facts, effectiveDate: "2026-10-01" })).toThrowError(invalid);
    expect(() =>
      prepareExitPlan({ ...facts, unpaidInvoices: [facts.unpaidInvoices[0]!, facts.unpaidInvoices[0]!] }),
    ).toThrowError(expect.objectContaining({ code: "conflict" }));
    expect(() =>
      prepareExitPlan({ ...facts, mandates: [{ ...facts.mandates[0]!, action: "finish_milestone" }] }),
    ).toThrowError(invalid);
  });
});

describe("buildHandoverChecklist", () => {
  it("with a two-day notice, items fall on the day after the notice, still before the effective date", () => {
    const items = buildHandoverChecklist({ noticeDate: "2026-10-22", effectiveDate: "2026-10-24" });
    expect(new Set(items.map((i) => i.dueDate))).toEqual(new Set(["2026-10-23"]));
  });

  it("with no notice at all, items are due on the notice date (the checks then flag them)", () => {
    const items = buildHandoverChecklist({ noticeDate: "2026-10-22", effectiveDate: "2026-10-22" });
    expect(items.every((i) => i.dueDate === "2026-10-22")).toBe(true);
  });
});
