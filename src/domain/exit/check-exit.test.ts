import { describe, expect, it } from "vitest";
import { checkExit, exitRuleSet } from "./check-exit.ts";
import { type CheckExitInput, INSUFFICIENT_REASONS, SERIOUS_REASONS } from "./exit-check.ts";
import {
  foundingStoryExitFacts as facts,
  foundingStoryExitPlan as plan,
  foundingStoryCheckInput as story,
} from "./founding-story-exit.fixture.ts";
import { prepareExitPlan } from "./prepare-exit-plan.ts";

const EVIDENCE = { kind: "round" as const, id: "round-1", label: { fr: "Liste du client", en: "Client's list" } };

const check = (input: CheckExitInput, code: string) => {
  const found = checkExit(input).checks.find((c) => c.code === code);
  if (!found) throw new Error(`no check ${code}`);
  return found;
};

describe("checkExit — every check is sourced and bilingual, with the disclaimer", () => {
  it("the founding story passes every Québec check, with nothing blocking", () => {
    const report = checkExit(story);
    expect(report.ruleSet).toBe("CA-QC");
    expect(report.blocking).toBe(false);
    expect(report.checks.filter((c) => !c.passed)).toEqual([]);
    expect(report.checks.map((c) => c.code)).toEqual([
      "qc_serious_reason",
      "qc_inopportune_time",
      "qc_notice_length",
      "qc_client_may_resiliate",
      "qc_final_amount_2129",
      "qc_consumer_review",
      "work_in_progress_invoiced",
      "handover_before_effective_date",
    ]);
    for (const c of report.checks) {
      expect(c.message.fr).not.toBe("");
      expect(c.message.en).not.toBe("");
      expect(c.source.url).toMatch(/^https?:\/\//);
    }
    expect(report.disclaimer.fr).toContain("pas un avis juridique");
    expect(report.disclaimer.en).toContain("not legal advice");
  });

  it("maps jurisdictions to rule sets", () => {
    expect([exitRuleSet("CA-QC"), exitRuleSet("FR"), exitRuleSet("CA-ON"), exitRuleSet("GB")]).toEqual([
      "CA-QC",
      "FR",
      "common-law",
      "common-law",
    ]);
  });
});

describe("Québec — serious reason (C.c.Q. 2126)", () => {
  const withReason = (category: (typeof SERIOUS_REASONS)[number] | (typeof INSUFFICIENT_REASONS)[number]) => ({
    ...story,
    reason: { category, description: "faits", evidence: [EVIDENCE] },
  });

  it.each(SERIOUS_REASONS)("%s with evidence passes", (category) => {
    expect(check(withReason(category), "qc_serious_reason")).toMatchObject({ passed: true, severity: "blocking" });
  });

  it.each(INSUFFICIENT_REASONS)("%s is blocking without a termination clause", (category) => {
    const c = check(withReason(category), "qc_serious_reason");
    expect(c).toMatchObject({ passed: false, severity: "blocking" });
    expect(checkExit(withReason(category)).blocking).toBe(true);
  });

  it("fear of non-payment cites Lamothe; a minor late payment cites Covexco", () => {
    expect(check(withReason("fearOfNonPayment"), "qc_serious_reason").source.title).toContain("2015 QCCS 2720");
    expect(check(withReason("minorLatePayment"), "qc_serious_reason").source.title).toContain("Covexco");
  });

  it("with a termination clause, an insufficient reason is only a warning (the clause carries it)", () => {
    const input = {
      ...withReason("personalityClash"),
      contract: { duration: "project" as const, terminationClause: { reference: "art. 9", noticeDays: 14 } },
    };
    expect(check(input, "qc_serious_reason")).toMatchObject({ passed: false, severity: "warning" });
    expect(checkExit(input).blocking).toBe(false);
  });

  it("without a clause, no reason, no evidence or an undescribed “other” is blocking (the exit cannot be ready)", () => {
    const { reason: _r, ...noReason } = story;
    expect(check(noReason, "qc_serious_reason")).toMatchObject({ passed: false, severity: "blocking" });
    const noEvidence = { ...story, reason: { category: "clientBadFaith" as const, evidence: [] } };
    expect(check(noEvidence, "qc_serious_reason")).toMatchObject({
      passed: false,
      severity: "blocking",
      fix: { kind: "link_evidence" },
    });
    const vague = { ...story, reason: { category: "other" as const, evidence: [EVIDENCE] } };
    expect(check(vague, "qc_serious_reason")).toMatchObject({ passed: false, severity: "blocking" });
  });

  it("a client-initiated or mutual ending needs no serious reason", () => {
    const { reason: _r, ...noReason } = story;
    expect(check({ ...noReason, initiatedBy: "mutual" }, "qc_serious_reason").passed).toBe(true);
  });
});

describe("Québec — inopportune time, notice, handover, consumer, invoicing", () => {
  const launch = {
    ...facts,
    mandates: [
      {
        ...facts.mandates[0]!,
        valuation: { method: "percent" as const, percentComplete: 80 },
        remaining: ["Mise en ligne"],
        nextMilestone: { title: "Mise en ligne", date: "2026-11-01" },
        milestones: [{ title: "Mise en ligne", date: "2026-11-01" }],
      },
    ],
  };

  it("dropping a launch due within the notice window is flagged (warning, liable for the client's loss)", () => {
    const stopped = prepareExitPlan({ ...launch, mandates: [{ ...launch.mandates[0]!, action: "stop_now" }] });
    const c = check({ ...story, plan: stopped }, "qc_inopportune_time");
    expect(c).toMatchObject({ passed: false, severity: "warning" });
    expect(c.message.fr).toContain("Mise en ligne (1er novembre 2026, mandat");
  });

  it("finishing the milestone before leaving passes", () => {
    expect(check({ ...story, plan: prepareExitPlan(launch) }, "qc_inopportune_time").passed).toBe(true);
  });

  it("notice: 7 days is under the suggested 14; a 30-day clause makes 14 days too short", () => {
    const short = prepareExitPlan({ ...facts, effectiveDate: "2026-10-29" });
    expect(check({ ...story, plan: short }, "qc_notice_length").passed).toBe(false);
    const clause = { duration: "project" as const, terminationClause: { reference: "art. 9", noticeDays: 30 } };
    expect(check({ ...story, contract: clause }, "qc_notice_length").message.en).toContain(
      "14 days' notice; clause art. 9 requires at least 30 days",
    );
  });

  it("a handover item dated on the effective date fails", () => {
    const late = prepareExitPlan({ ...facts, handover: [{ key: "backups", applicable: true, dueDate: "2026-11-05" }] });
    const c = check({ ...story, plan: late }, "handover_before_effective_date");
    expect(c).toMatchObject({ passed: false, severity: "warning" });
    expect(c.message.en).toContain("a full backup of the site and database");
  });

  it("a consumer client is flagged for review under P-40.1", () => {
    const c = check({ ...story, client: { isConsumer: true } }, "qc_consumer_review");
    expect(c).toMatchObject({ passed: false, severity: "warning" });
    expect(c.source.article).toBe("RLRQ c. P-40.1");
  });

  it("work done but not invoiced must be invoiced before sending", () => {
    const wip = prepareExitPlan(launch); // 80 % of 3 200 $ = 2 560 $ earned < 3 200 $ invoiced → no final invoice
    expect(check({ ...story, plan: wip }, "work_in_progress_invoiced").passed).toBe(true);
    const unbilled = prepareExitPlan({ ...launch, mandates: [{ ...launch.mandates[0]!, invoicedToDate: 160_000 }] });
    const c = check({ ...story, plan: unbilled }, "work_in_progress_invoiced");
    expect(c.passed).toBe(false);
    expect(c.message.fr).toContain("960,00");
    expect(check({ ...story, plan: unbilled, finalInvoiceIssued: true }, "work_in_progress_invoiced").passed).toBe(
      true,
    );
  });

  it("a 2125 waiver in the contract is noted as rarely upheld", () => {
    const c = check({ ...story, contract: { duration: "project", clientWaived2125: true } }, "qc_client_may_resiliate");
    expect(c.message.en).toContain("rarely uphold");
  });
});

describe("France", () => {
  const fr: CheckExitInput = {
    ...story,
    jurisdiction: "FR",
    plan: { ...plan, jurisdiction: "FR", currency: "EUR" },
    basis: "convenience",
    contract: { duration: "indefinite" },
  };

  it("indefinite contract: 14 days is under the reasonable 30-day default; a 10-day clause is met (1211)", () => {
    expect(check(fr, "fr_contract_notice")).toMatchObject({ passed: false, severity: "warning" });
    const clause = {
      ...fr,
      contract: { duration: "indefinite" as const, terminationClause: { reference: "art. 12", noticeDays: 10 } },
    };
    expect(check(clause, "fr_contract_notice").passed).toBe(true);
  });

  it("fixed term without a clause must run to its term (1212): blocking", () => {
    expect(check({ ...fr, contract: { duration: "fixed_term" } }, "fr_contract_notice")).toMatchObject({
      passed: false,
      severity: "blocking",
    });
  });

  it("established relationship since 2023-03-01: 3,6 years → 4 months' notice, end on 2027-02-22 at the earliest", () => {
    const input = {
      ...fr,
      contract: { duration: "indefinite" as const, establishedRelationship: true, relationshipStart: "2023-03-01" },
    };
    const c = check(input, "fr_established_relationship_notice");
    expect(c).toMatchObject({ passed: false, severity: "blocking" });
    expect(c.message.fr).toContain("4 mois");
    expect(c.message.fr).toContain("22 février 2027");
    const longer = { ...input, plan: prepareExitPlan({ ...facts, jurisdiction: "FR", effectiveDate: "2027-02-22" }) };
    expect(check(longer, "fr_established_relationship_notice").passed).toBe(true);
  });

  it("the suggested notice is capped at 18 months (safe harbour)", () => {
    const input = {
      ...fr,
      contract: { duration: "indefinite" as const, establishedRelationship: true, relationshipStart: "2001-01-15" },
    };
    expect(check(input, "fr_established_relationship_notice").message.en).toContain("18 months");
  });

  it("résolution for non-performance needs a mise en demeure whose delay has expired (1226): blocking", () => {
    const cause = { ...fr, basis: "cause" as const };
    expect(check(cause, "fr_mise_en_demeure")).toMatchObject({ passed: false, severity: "blocking" });
    expect(
      check({ ...cause, formalNotice: { id: "n1", sentOn: "2026-10-15", cureDays: 15 } }, "fr_mise_en_demeure").passed,
    ).toBe(false);
    expect(
      check({ ...cause, formalNotice: { id: "n1", sentOn: "2026-10-01", cureDays: 15 } }, "fr_mise_en_demeure").passed,
    ).toBe(true);
  });
});

describe("Common law", () => {
  const cl: CheckExitInput = { ...story, jurisdiction: "CA-ON", basis: "convenience", reason: undefined };

  it("convenience: 14 days' notice meets the default; 10 days does not", () => {
    expect(check(cl, "cl_notice_period").passed).toBe(true);
    const short = { ...cl, plan: prepareExitPlan({ ...facts, jurisdiction: "CA-ON", effectiveDate: "2026-11-01" }) };
    expect(check(short, "cl_notice_period")).toMatchObject({ passed: false, severity: "warning" });
  });

  it("for cause: a breach notice and the 10-day default cure period must have run", () => {
    const cause = { ...cl, basis: "cause" as const };
    expect(check(cause, "cl_cure_period").passed).toBe(false);
    expect(
      check({ ...cause, formalNotice: { id: "n1", sentOn: "2026-10-15", cureDays: 5 } }, "cl_cure_period").passed,
    ).toBe(false);
    expect(
      check({ ...cause, formalNotice: { id: "n1", sentOn: "2026-10-12", cureDays: 5 } }, "cl_cure_period").passed,
    ).toBe(true);
  });

  it("for cause, nothing is ready until a breach notice is recorded and its cure period has run", () => {
    expect(checkExit({ ...cl, basis: "cause" }).blocking).toBe(true);
    expect(checkExit({ ...cl, basis: "convenience" }).blocking).toBe(false);
  });
});
