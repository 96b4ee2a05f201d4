import { describe, expect, it } from "vitest";
import { workProgress } from "./work-progress.ts";

const item = (id: string, done: boolean) => ({ id, done });

describe("workProgress", () => {
  it("weights the delivered deliverables by their price: 10 pages × 150 $ done of 1 950 $ → 76,92 %", () => {
    const p = workProgress({
      checklist: [item("pages", true), item("launch", false)],
      itemPrices: new Map([
        ["pages", 150_000],
        ["launch", 45_000],
      ]),
      itemHours: new Map([
        ["pages", 1],
        ["launch", 30],
      ]),
    });
    // The exact share is kept (150 000 / 195 000); only the display is rounded: 76.923… % → 7 692 bps.
    expect(p).toEqual({ doneBps: 7_692, done: 150_000, of: 195_000, basis: "price", itemsDone: 1, itemsTotal: 2 });
  });

  it("is not the share of items ticked: 1 of 3 items priced 1 000, 5 000 and 6 000 $ → 8,33 %, not 33 %", () => {
    const p = workProgress({
      checklist: [item("a", true), item("b", false), item("c", false)],
      itemPrices: new Map([
        ["a", 100_000],
        ["b", 500_000],
        ["c", 600_000],
      ]),
      itemHours: new Map(),
    });
    expect([p.done, p.of, p.doneBps, p.basis]).toEqual([100_000, 1_200_000, 833, "price"]);
  });

  it("counts an approved change order's items in the checklist with their price", () => {
    const p = workProgress({
      checklist: [item("d1", true), item("d2", false), item("coi-1", true)],
      itemPrices: new Map([
        ["d1", 150_000],
        ["d2", 45_000],
        ["coi-1", 10_625],
      ]),
      itemHours: new Map(),
    });
    // (150 000 + 10 625) / (150 000 + 45 000 + 10 625) = 160 625 / 205 625 = 78.115… %
    expect([p.done, p.of, p.doneBps]).toEqual([160_625, 205_625, 7_812]);
  });

  it("weights by estimated hours when nothing is priced: 12 h done of 14,5 h → 82,76 %", () => {
    const p = workProgress({
      checklist: [item("d1", true), item("d2", false)],
      itemPrices: new Map([
        ["d1", 0],
        ["d2", 0],
      ]),
      itemHours: new Map([
        ["d1", 12],
        ["d2", 2.5],
      ]),
    });
    // Hours in hundredths: 1 200 / 1 450 = 82.758… % → 8 276 bps.
    expect(p).toEqual({ doneBps: 8_276, done: 1_200, of: 1_450, basis: "estimate", itemsDone: 1, itemsTotal: 2 });
  });

  it("counts the items when nothing is priced or estimated: 1 of 3 → 33,33 %", () => {
    const p = workProgress({
      checklist: [item("a", true), item("b", false), item("c", false)],
      itemPrices: new Map(),
      itemHours: new Map([["a", 0]]),
    });
    expect(p).toEqual({ doneBps: 3_333, done: 1, of: 3, basis: "count", itemsDone: 1, itemsTotal: 3 });
  });

  it("takes the percentage the user set, with the note, over any measure", () => {
    const p = workProgress({
      checklist: [item("a", true), item("b", false)],
      itemPrices: new Map([
        ["a", 100_000],
        ["b", 100_000],
      ]),
      itemHours: new Map(),
      override: {
        doneBps: 8_000,
        note: "Pages intégrées, reste la mise en ligne (2 h)",
        setAt: "2026-03-18T16:00:00Z",
      },
    });
    expect(p).toEqual({
      doneBps: 8_000,
      done: 8_000,
      of: 10_000,
      basis: "set_by_user",
      note: "Pages intégrées, reste la mise en ligne (2 h)",
      itemsDone: 1,
      itemsTotal: 2,
    });
  });

  it("says 0 % by count for an empty checklist (never a division by zero)", () => {
    const p = workProgress({ checklist: [], itemPrices: new Map(), itemHours: new Map() });
    expect(p).toEqual({ doneBps: 0, done: 0, of: 1, basis: "count", itemsDone: 0, itemsTotal: 0 });
  });

  it("says 100 % when every item is delivered", () => {
    const p = workProgress({
      checklist: [item("a", true), item("b", true)],
      itemPrices: new Map([
        ["a", 1],
        ["b", 2],
      ]),
      itemHours: new Map(),
    });
    expect([p.done, p.of, p.doneBps]).toEqual([3, 3, 10_000]);
  });
});
