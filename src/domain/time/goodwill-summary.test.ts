import { describe, expect, it } from "vitest";
import { type GoodwillSummaryInput, goodwillSummary } from "./goodwill-summary.ts";

const input: GoodwillSummaryInput = {
  currency: "CAD",
  clients: [
    { id: "nova", name: "Agence Nova" },
    { id: "boul", name: "Boulangerie Caron" },
  ],
  mandates: [
    { id: "m1", clientId: "nova", name: "Intégration du contenu" },
    { id: "m2", clientId: "nova", name: "Nouveau site" },
    { id: "m3", clientId: "boul", name: "Boutique" },
  ],
  billableRates: [
    { memberId: "alex", billableRate: 9_000 }, // 90.00 $/h
    { memberId: "sam", billableRate: 7_500 }, // 75.00 $/h
  ],
  entries: [
    { memberId: "alex", mandateId: "m1", minutes: 240, category: "goodwill" },
    { memberId: "alex", mandateId: "m1", minutes: 10, category: "goodwill" },
    { memberId: "sam", mandateId: "m1", minutes: 90, category: "goodwill" },
    { memberId: "sam", mandateId: "m2", minutes: 60, category: "goodwill" },
    { memberId: "alex", mandateId: "m1", minutes: 600, category: "billable" },
    { memberId: "alex", mandateId: undefined, minutes: 60, category: "internal" },
  ],
  budgets: [
    { scope: "client", id: "nova", hours: 8 },
    { scope: "mandate", id: "m1", hours: 6.5 },
    { scope: "mandate", id: "m3", hours: 2 },
  ],
};

describe("goodwill summary", () => {
  const s = goodwillSummary(input);

  it("values goodwill entry by entry at each member's billable rate", () => {
    // m1: alex 240 min × 90 $/h = 360.00 $; alex 10 min × 90 $/h = 15.00 $; sam 90 min × 75 $/h = 112.50 $
    //     = 340 min (5.67 h), 487.50 $
    const m1 = s.mandates.find((m) => m.id === "m1")!;
    expect(m1).toMatchObject({ minutes: 340, hours: 5.67, value: { amount: 48_750, currency: "CAD" } });
    // m2: sam 60 min × 75 $/h = 75.00 $
    expect(s.mandates.find((m) => m.id === "m2")).toMatchObject({ minutes: 60, value: { amount: 7_500 } });
  });
  it("sums per client and overall, ignoring other categories", () => {
    // Nova = m1 + m2 = 400 min (6.67 h), 562.50 $
    expect(s.clients.find((c) => c.id === "nova")).toMatchObject({
      minutes: 400,
      hours: 6.67,
      value: { amount: 56_250 },
    });
    expect(s.total).toEqual({
      minutes: 400,
      hours: 6.67,
      value: { amount: 56_250, currency: "CAD" },
      unratedHours: 0,
    });
  });
  it("gives each budget its status", () => {
    // Nova: 400 min of 8 h (480 min) = 83 % → warning
    expect(s.clients.find((c) => c.id === "nova")!.budget?.status).toBe("warning");
    // m1: 340 min of 6.5 h (390 min) = 87 % → warning
    expect(s.mandates.find((m) => m.id === "m1")!.budget?.status).toBe("warning");
    // m3: nothing given yet, listed because it has a budget
    expect(s.mandates.find((m) => m.id === "m3")).toMatchObject({ minutes: 0, budget: { status: "ok" } });
    // m2 has no budget of its own
    expect(s.mandates.find((m) => m.id === "m2")!.budget).toBeUndefined();
  });
  it("reaches exceeded when one more entry fills the client budget", () => {
    const more = goodwillSummary({
      ...input,
      entries: [...input.entries, { memberId: "alex", mandateId: "m2", minutes: 80, category: "goodwill" }],
    });
    // Nova: 400 + 80 = 480 min = 8 h of 8 h = 100 %
    expect(more.clients.find((c) => c.id === "nova")!.budget?.status).toBe("exceeded");
  });
  it("counts the hours of a member whose rate is not set apart, instead of calling them worth 0 $", () => {
    const unrated = goodwillSummary({
      ...input,
      billableRates: [...input.billableRates, { memberId: "kim", billableRate: 0 }],
      entries: [...input.entries, { memberId: "kim", mandateId: "m2", minutes: 90, category: "goodwill" }],
    });
    // m2: sam 60 min at 75 $/h = 75.00 $, and kim's 1.5 h without a rate
    expect(unrated.mandates.find((m) => m.id === "m2")).toMatchObject({
      minutes: 150,
      value: { amount: 7_500 },
      unratedHours: 1.5,
    });
    expect(unrated.mandates.find((m) => m.id === "m1")?.unratedHours).toBe(0);
    expect(unrated.clients.find((c) => c.id === "nova")?.unratedHours).toBe(1.5);
    expect(unrated.total.unratedHours).toBe(1.5);
  });
  it("refuses goodwill on an unknown mandate or by a member without a rate", () => {
    expect(() =>
      goodwillSummary({ ...input, entries: [{ memberId: "alex", mandateId: "zz", minutes: 5, category: "goodwill" }] }),
    ).toThrow(expect.objectContaining({ code: "validation" }));
    expect(() =>
      goodwillSummary({ ...input, entries: [{ memberId: "kim", mandateId: "m1", minutes: 5, category: "goodwill" }] }),
    ).toThrow(expect.objectContaining({ code: "validation" }));
  });
});
