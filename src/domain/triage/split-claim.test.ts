import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.ts";
import { mergeClaims } from "./merge-claims.ts";
import { splitClaim } from "./split-claim.ts";
import { splitClaims } from "./split-claims.ts";

const message = "Page contact :\n- Le formulaire marche pas, et la carte est absente\n- le logo\n- le menu";

describe("splitClaim", () => {
  it("cuts a claim where the person puts the cursor, trimming the separator, with exact offsets", () => {
    const [claim] = splitClaims(message);
    const at = claim!.text.indexOf(", et");
    const [left, right] = splitClaim(claim!, at);
    expect(left).toEqual({
      text: "Le formulaire marche pas",
      start: claim!.start,
      end: claim!.start + at,
      context: "Page contact",
    });
    expect(right.text).toBe("et la carte est absente");
    expect(message.slice(right.start, right.end)).toBe(right.text);
    expect(right.context).toBe("Page contact");
  });

  it("refuses a cut that leaves an empty part", () => {
    const [claim] = splitClaims("- le logo, ");
    expect(() => splitClaim({ text: "le logo, ", start: 0, end: 9 }, 8)).toThrow(DomainError);
    expect(() => splitClaim(claim!, 0)).toThrow(/cannot split/);
    expect(() => splitClaim(claim!, claim!.text.length)).toThrow(/cannot split/);
    expect(() => splitClaim(claim!, 1.5)).toThrow(/cannot split/);
  });
});

describe("mergeClaims", () => {
  it("joins claims into the slice of the message that covers them, in message order", () => {
    const claims = splitClaims(message);
    const merged = mergeClaims(message, [claims[2]!, claims[1]!]);
    expect(merged.text).toBe("le logo\n- le menu");
    expect(merged.start).toBe(claims[1]!.start);
    expect(merged.end).toBe(claims[2]!.end);
    expect(merged.context).toBe("Page contact");
  });

  it("refuses an empty list and offsets outside the message", () => {
    expect(() => mergeClaims(message, [])).toThrow(DomainError);
    expect(() => mergeClaims("court", [{ text: "x", start: 0, end: 99 }])).toThrow(/outside/);
  });

  it("undoes a split", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 2, maxLength: 40 }), fc.string({ minLength: 2, maxLength: 40 }), (a, b) => {
        const source = `- ${a.replace(/\s/g, "x")} ${b.replace(/\s/g, "y")}`;
        const [claim] = splitClaims(source);
        if (!claim || claim.text.length < 3) return;
        const at = claim.text.indexOf(" ");
        if (at <= 0) return;
        let parts: ReturnType<typeof splitClaim>;
        try {
          parts = splitClaim(claim, at);
        } catch {
          return; // a part had nothing to say
        }
        expect(mergeClaims(source, parts)).toEqual(claim);
      }),
    );
  });
});
