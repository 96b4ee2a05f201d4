import { describe, expect, it } from "vitest";
import { formatChangeOrderNumber, parseChangeOrderNumber } from "./change-order-number.ts";

describe("change-order numbers", () => {
  it("formats {offerNumber}-A{n}", () => {
    expect(formatChangeOrderNumber({ offerNumber: "OFF-2026-0007", sequence: 1 })).toBe("OFF-2026-0007-A1");
    expect(formatChangeOrderNumber({ offerNumber: "OFF-2026-0007", sequence: 12 })).toBe("OFF-2026-0007-A12");
  });
  it("refuses a bad sequence or an empty offer number", () => {
    for (const sequence of [0, -2, 1.5]) {
      expect(() => formatChangeOrderNumber({ offerNumber: "OFF-2026-0007", sequence })).toThrow(
        expect.objectContaining({ code: "validation" }),
      );
    }
    expect(() => formatChangeOrderNumber({ offerNumber: " ", sequence: 1 })).toThrow(
      expect.objectContaining({ code: "validation" }),
    );
  });
  it("parses what it formats", () => {
    expect(parseChangeOrderNumber("OFF-2026-0007-A2")).toEqual({ offerNumber: "OFF-2026-0007", sequence: 2 });
    expect(parseChangeOrderNumber("OFF-2026-0007-A0")).toBeUndefined();
    expect(parseChangeOrderNumber("OFF-2026-0007-A02")).toBeUndefined();
    expect(parseChangeOrderNumber("OFF-2026-0007")).toBeUndefined();
  });
});
