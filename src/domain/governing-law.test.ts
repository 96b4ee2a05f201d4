import { describe, expect, it } from "vitest";
import { governingLaw, jurisdictionOfAddress } from "./governing-law.ts";

describe("governingLaw — one law per contract", () => {
  it.each([
    [
      "a Québec studio, an Ontario business, no clause: Québec (C.c.Q. 3113)",
      undefined,
      "CA-QC",
      "CA-ON",
      false,
      "CA-QC",
      "provider_residence",
      undefined,
    ],
    [
      "the offer's choice of Ontario law wins (C.c.Q. 3111)",
      "CA-ON",
      "CA-QC",
      "CA-QC",
      false,
      "CA-ON",
      "choice_of_law",
      undefined,
    ],
    [
      "a French studio, a Québec business: French law (Rome I 4(1)(b))",
      undefined,
      "FR",
      "CA-QC",
      false,
      "FR",
      "provider_residence",
      undefined,
    ],
    [
      "a Québec consumer of an Ontario studio keeps Québec's protections (C.c.Q. 3117)",
      undefined,
      "CA-ON",
      "CA-QC",
      true,
      "CA-ON",
      "provider_residence",
      "CA-QC",
    ],
    [
      "a consumer at home needs nothing more",
      undefined,
      "CA-QC",
      "CA-QC",
      true,
      "CA-QC",
      "provider_residence",
      undefined,
    ],
  ] as const)("%s", (_name, chosen, provider, client, isConsumer, jurisdiction, basis, protections) => {
    const law = governingLaw({ chosen, provider, client: { jurisdiction: client, isConsumer } });
    expect(law.jurisdiction).toBe(jurisdiction);
    expect(law.basis).toBe(basis);
    expect(law.consumerProtections).toBe(protections);
    expect(law.sources.length).toBeGreaterThan(0);
    for (const s of law.sources) expect(s.url).toMatch(/^https:\/\//);
  });

  it("reads a client's place from its address", () => {
    expect(jurisdictionOfAddress({ country: "CA", region: "ON" })).toBe("CA-ON");
    expect(jurisdictionOfAddress({ country: "FR", region: "" })).toBe("FR");
    expect(jurisdictionOfAddress({ country: "", region: "" })).toBe("OTHER");
  });
});
