import { describe, expect, it } from "vitest";
import { csv, csvField } from "./export-invoices.ts";

describe("CSV cells", () => {
  it("neutralises text a spreadsheet would run as a formula (OWASP): =, +, -, @, tab, CR", () => {
    expect(csvField("=1+1")).toBe(`"'=1+1"`);
    expect(csvField("+1+cmd|' /C calc'!A0")).toBe(`"'+1+cmd|' /C calc'!A0"`);
    expect(csvField("-2+3")).toBe(`"'-2+3"`);
    expect(csvField("@SUM(A1)")).toBe(`"'@SUM(A1)"`);
    expect(csvField("\t=1")).toBe(`"'\t=1"`);
    expect(csvField("\r=1")).toBe(`"'\r=1"`);
    expect(csvField("Agence =x")).toBe("Agence =x");
  });

  it("writes amounts with their sign, a dot (en) or a comma (fr), never neutralised", () => {
    expect(csvField({ minor: -123_456 })).toBe("-1234.56");
    expect(csvField({ minor: -123_456 }, "fr")).toBe("-1234,56");
    expect(csvField(7)).toBe("7");
  });

  it("quotes by the format's separator", () => {
    expect(csv([["a,b", "c;d", { minor: 5 }]], "en")).toBe('\uFEFF"a,b",c;d,0.05\r\n');
    expect(csv([["a,b", "c;d", { minor: 5 }]], "fr")).toBe('\uFEFFa,b;"c;d";0,05\r\n');
  });
});
