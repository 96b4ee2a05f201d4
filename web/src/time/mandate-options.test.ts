import { describe, expect, it } from "vitest";
import { newestFirstOnce } from "./mandate-options.ts";

describe("newestFirstOnce", () => {
  it("keeps each mandate once, newest first, whichever lists it came from", () => {
    const retainer = { id: "m-2019", createdAt: "2019-03-01T10:00:00.000Z", title: "Entretien mensuel" };
    const recent = { id: "m-2026", createdAt: "2026-11-20T10:00:00.000Z", title: "Refonte" };
    const delivered = { id: "m-2025", createdAt: "2025-06-01T10:00:00.000Z", title: "Boutique" };
    expect(newestFirstOnce([recent, delivered, retainer, recent, delivered]).map((m) => m.id)).toEqual([
      "m-2026",
      "m-2025",
      "m-2019",
    ]);
    expect(newestFirstOnce([])).toEqual([]);
  });
});
