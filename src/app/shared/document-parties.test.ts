import { describe, expect, it } from "vitest";
import type { Workspace } from "../../domain/workspace.ts";
import { issuerParty } from "./document-parties.ts";

const studio: Workspace = {
  id: "ws",
  name: "Collectif WEB",
  legalName: "Collectif WEB coop",
  address: {
    line1: "275 rue du Parvis",
    line2: "",
    city: "Québec",
    region: "QC",
    postalCode: "G1K 6G7",
    country: "CA",
  },
  jurisdiction: "CA-QC",
  currency: "CAD",
  locale: "fr-CA",
  taxIds: { gst: "123456789 RT0001", qst: "1234567890 TQ0001", siren: null, vat: null },
  targetHourlyRate: 9500,
  terms: { paymentDays: 30, lateInterestBp: 1200, noticeDays: 30 },
  values: [],
  timeRoundingMinutes: 0,
  createdAt: "2026-01-01T00:00:00.000Z",
};

describe("the studio as printed on a document", () => {
  it("labels its registrations in the document's language: no TPS or TVQ on an English document", () => {
    expect(issuerParty(studio, "en").registrations).toEqual([
      { label: "GST/HST", value: "123456789 RT0001" },
      { label: "QST", value: "1234567890 TQ0001" },
    ]);
    expect(issuerParty(studio, "fr").registrations).toEqual([
      { label: "TPS/GST", value: "123456789 RT0001" },
      { label: "TVQ/QST", value: "1234567890 TQ0001" },
    ]);
  });
});
