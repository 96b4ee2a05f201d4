import { describe, expect, it } from "vitest";
import { SOURCES } from "./rule-sources.ts";

describe("rule sources", () => {
  it("every source has a title, an https address and a verification status", () => {
    for (const [key, s] of Object.entries(SOURCES)) {
      expect(s.title.length, key).toBeGreaterThan(10);
      expect(s.url, key).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
      expect(["verified", "secondary", "unverified"], key).toContain(s.status);
    }
  });
});
