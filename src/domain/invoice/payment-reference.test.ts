import { describe, expect, it } from "vitest";
import { isValidPaymentReference, paymentReference } from "./payment-reference.ts";

describe("paymentReference", () => {
  it("matches the ISO 11649 example (RF18 5390 0754 7034)", () => {
    expect(paymentReference("539007547034")).toBe("RF18 5390 0754 7034");
  });

  it("derives a checked reference from an invoice number, letters and digits only", () => {
    const ref = paymentReference("F-2026-0042");
    expect(ref.replace(/ /g, "")).toMatch(/^RF\d{2}F20260042$/);
    expect(isValidPaymentReference(ref)).toBe(true);
  });

  it("gives two invoices two references and detects a mistyped digit", () => {
    const a = paymentReference("2026-0042");
    const b = paymentReference("2026-0043");
    expect(a).not.toBe(b);
    expect(isValidPaymentReference(a.replace("0042", "0043"))).toBe(false);
  });
});
