import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Same } from "./same-type.ts";

interface Stored {
  id: string;
  note?: string | undefined;
  reason: string | undefined;
  lines: { amount: number; detail?: string | undefined }[];
}

describe("Same", () => {
  it("accepts a schema that reads exactly into the type, and refuses one that forgets or mistypes a field", () => {
    const exact = z.object({
      id: z.string(),
      note: z.string().optional(),
      reason: z.string().optional(),
      lines: z.array(z.object({ amount: z.int(), detail: z.string().optional() })),
    });
    true satisfies Same<z.output<typeof exact>, Stored>;
    const forgetsNested = exact.extend({ lines: z.array(z.object({ amount: z.int() })) });
    // @ts-expect-error: `lines.detail` is missing, and zod would strip it from a stored row
    true satisfies Same<z.output<typeof forgetsNested>, Stored>;
    const forgetsOptional = exact.omit({ note: true });
    // @ts-expect-error: `note` is missing
    true satisfies Same<z.output<typeof forgetsOptional>, Stored>;
    const mistypes = exact.extend({ id: z.number() });
    // @ts-expect-error: `id` is a number
    true satisfies Same<z.output<typeof mistypes>, Stored>;
    const addsField = exact.extend({ extra: z.string() });
    // @ts-expect-error: `extra` is not in the type
    true satisfies Same<z.output<typeof addsField>, Stored>;
    expect(exact.parse({ id: "a", lines: [{ amount: 1 }] })).toEqual({ id: "a", lines: [{ amount: 1 }] });
  });
});
