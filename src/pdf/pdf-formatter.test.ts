import { describe, expect, it } from "vitest";
import { defaultPdfLocale, pdfFormatter } from "./pdf-formatter.ts";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

describe("pdfFormatter", () => {
  const frCA = pdfFormatter({ locale: "fr-CA" });
  const enCA = pdfFormatter({ locale: "en-CA" });
  const frFR = pdfFormatter({ locale: "fr-FR" });

  it("formats integer minor units as money in each locale's convention", () => {
    expect(frCA.money(130_050, "CAD")).toBe(`1${NBSP}300,50${NBSP}$`);
    expect(enCA.money(130_050, "CAD")).toBe("$1,300.50");
    expect(frFR.money(313_500, "EUR")).toBe(`3${NNBSP}135,00${NBSP}€`);
    expect(enCA.money(5, "CAD")).toBe("$0.05");
  });

  it("formats calendar dates without any time-zone shift, with « 1er » for the first of the month in French", () => {
    expect(frCA.date("2026-03-01")).toBe("1er mars 2026");
    expect(frCA.date("2026-11-26")).toBe("26 novembre 2026");
    expect(enCA.date("2026-03-01")).toBe("March 1, 2026");
    expect(frFR.date("2026-12-31")).toBe("31 décembre 2026");
    expect(() => frCA.date("26/11/2026")).toThrow(RangeError);
  });

  it("formats instants in the document's time zone with its name, and their local day", () => {
    expect(frCA.dateTime("2026-10-26T18:42:07.512Z")).toBe("26 octobre 2026 à 14 h 42 HAE");
    expect(enCA.dateTime("2026-01-15T14:05:00Z")).toBe("January 15, 2026 at 09:05 a.m. EST");
    expect(frCA.dayOf("2026-11-27T03:00:00Z")).toBe("26 novembre 2026");
    expect(pdfFormatter({ locale: "fr-CA", timeZone: "America/Vancouver" }).dayOf("2026-11-27T07:00:00Z")).toBe(
      "26 novembre 2026",
    );
  });

  it("formats rates from basis points or parts per million, never rounding QST", () => {
    expect(frCA.percentBps(3_000)).toBe(`30${NBSP}%`);
    expect(enCA.percentBps(1_250)).toBe("12.5%");
    expect(frCA.percentPpm(99_750)).toBe(`9,975${NBSP}%`);
    expect(enCA.percentPpm(130_000)).toBe("13%");
    expect(frFR.percentPpm(200_000)).toBe(`20${NBSP}%`);
  });

  it("formats quantities in thousandths", () => {
    expect(frCA.quantity(1_500)).toBe("1,5");
    expect(enCA.quantity(1_333)).toBe("1.333");
    expect(enCA.quantity(12_000)).toBe("12");
  });

  it("picks fr-FR for euros in French, else the Canadian locale of the language", () => {
    expect(defaultPdfLocale("fr", "EUR")).toBe("fr-FR");
    expect(defaultPdfLocale("fr", "CAD")).toBe("fr-CA");
    expect(defaultPdfLocale("en", "EUR")).toBe("en-CA");
  });
});
