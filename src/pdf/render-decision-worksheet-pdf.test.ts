import { describe, expect, it } from "vitest";
import { pdfText, saveArtifact } from "../../test/fixtures/pdf/pdf-text.ts";
import { addArgument, rateCriterion, recordVerdict } from "../domain/decision/decision-worksheet.ts";
import { foundingStoryDecisionFacts as facts } from "../domain/decision/founding-story-decision.fixture.ts";
import { prefillDecision } from "../domain/decision/prefill-decision.ts";
import { scoreDecision } from "../domain/decision/score-decision.ts";
import { renderDecisionWorksheetPdf } from "./render-decision-worksheet-pdf.ts";

const GENERATED = "2026-11-26T14:30:00.000Z";

function decided() {
  let d = prefillDecision(facts);
  d = rateCriterion(d, { criterionId: "value-self-respect", option: "stop", rating: 5 });
  d = rateCriterion(d, { criterionId: "value-self-respect", option: "continue", rating: 1 });
  d = addArgument(d, {
    id: "arg-user",
    option: "stop",
    side: "pro",
    weight: 4,
    text: { fr: "L’équipe s’épuise", en: "The team is burning out" },
  });
  return recordVerdict(d, {
    verdict: "stop",
    rationale: "Les demandes hors offre ne cessent pas; on arrête proprement.",
    decidedOn: "2026-10-22",
  });
}

describe("renderDecisionWorksheetPdf", () => {
  it("prints a decided worksheet in French: verdict, rationale, scores, facts, values and arguments", async () => {
    const w = decided();
    const bytes = await renderDecisionWorksheetPdf({
      worksheet: w,
      scores: w.scores,
      clientName: "Agence Boréale",
      issuerName: "Collectif WEB",
      language: "fr",
      generatedAt: GENERATED,
    });
    saveArtifact("decision-worksheet-fr.pdf", bytes);
    const { text } = await pdfText(bytes);
    expect(text).toContain("Grille de décision");
    expect(text).toContain("Continuer, renégocier ou arrêter : Agence Boréale");
    expect(text).toContain("Décidée (la grille ne change plus)");
    expect(text).toMatch(/Décision Arrêter/);
    expect(text).toContain("Les demandes hors offre ne cessent pas; on arrête proprement.");
    expect(text).toContain("22 octobre 2026");
    expect(text).toContain("En tête : Arrêter.");
    expect(text).toContain("Travaux signés mais pas commencés qui seraient annulés : 7 800,00 $. (contre)");
    expect(text).toContain("Le respect de nous-mêmes et de l’équipe");
    expect(text).toContain("L’équipe s’épuise");
    const stop = w.scores.options.find((o) => o.option === "stop")!;
    expect(text).toContain(`Arrêter ${stop.values}/100 ${stop.arguments}/100 ${stop.total}/100`);
  });

  it("prints a draft in English with its current scores and no verdict", async () => {
    const draft = prefillDecision(facts);
    const bytes = await renderDecisionWorksheetPdf({
      worksheet: draft,
      scores: scoreDecision(draft),
      clientName: "Boreal Agency",
      issuerName: "Collectif WEB",
      language: "en",
      generatedAt: GENERATED,
    });
    const { text } = await pdfText(bytes);
    expect(text).toContain("Continue, renegotiate or stop: Boreal Agency");
    expect(text).toContain("Draft (the worksheet may still change)");
    expect(text).not.toContain("Rationale");
    expect(text).toContain("Signed work not yet started that would be cancelled: $7,800.00. (against)");
    expect(text).toContain("Renegotiate — — not enough information");
    expect(text).toContain("Collaboration et consensus 5/5 — — —");
  });
});
