import { describe, expect, it } from "vitest";
import { buildOfferContent } from "./build-offer-content.ts";
import { OfferContentSchema } from "./offer-content.ts";
import { duplicateDeliverable, duplicateOfferContent, reorderDeliverables } from "./reorder-deliverables.ts";

describe("reorder and duplicate", () => {
  it("reorders deliverables and renumbers positions", () => {
    const r = reorderDeliverables(buildOfferContent(), ["d2", "d1"]);
    expect(r.deliverables.map((d) => [d.id, d.position])).toEqual([
      ["d2", 0],
      ["d1", 1],
    ]);
  });
  it("refuses an order that misses, repeats or invents an id", () => {
    const c = buildOfferContent();
    for (const ids of [["d1"], ["d1", "d1"], ["d1", "zz"], ["d1", "d2", "d3"]]) {
      expect(() => reorderDeliverables(c, ids)).toThrow(expect.objectContaining({ code: "validation" }));
    }
  });
  it("duplicates a deliverable right after itself with the given id", () => {
    const r = duplicateDeliverable({ content: buildOfferContent(), sourceId: "d1", newId: "d9" });
    expect(r.deliverables.map((d) => [d.id, d.position])).toEqual([
      ["d1", 0],
      ["d9", 1],
      ["d2", 2],
    ]);
    expect(r.deliverables[1]!.title).toBe(r.deliverables[0]!.title);
    expect(OfferContentSchema.safeParse(r).success).toBe(true);
  });
  it("refuses to duplicate an unknown deliverable or reuse an id", () => {
    const c = buildOfferContent();
    expect(() => duplicateDeliverable({ content: c, sourceId: "nope", newId: "d9" })).toThrow(
      expect.objectContaining({ code: "not_found" }),
    );
    expect(() => duplicateDeliverable({ content: c, sourceId: "d1", newId: "x1" })).toThrow(
      expect.objectContaining({ code: "validation" }),
    );
  });
  it("duplicates a whole offer content with new ids", () => {
    const c = buildOfferContent();
    const copy = duplicateOfferContent(c, { deliverables: ["n1", "n2"], exclusions: ["nx"], assumptions: ["na"] });
    expect(copy.deliverables.map((d) => d.id)).toEqual(["n1", "n2"]);
    expect(copy.exclusions).toEqual([{ id: "nx", text: c.exclusions[0]!.text }]);
    expect(copy.assumptions[0]!.id).toBe("na");
    expect(copy.deliverables[1]!.price).toEqual(c.deliverables[1]!.price);
    expect(() => duplicateOfferContent(c, { deliverables: ["n1"], exclusions: ["nx"], assumptions: ["na"] })).toThrow(
      expect.objectContaining({ code: "validation" }),
    );
    expect(() =>
      duplicateOfferContent(c, { deliverables: ["n1", "n1"], exclusions: ["nx"], assumptions: ["na"] }),
    ).toThrow(expect.objectContaining({ code: "validation" }));
  });
});
