/**
 * One table per termination line of RULES.md (Québec, France, common law): each rule with a case that passes and a
 * case that fails, as the checks report them (severity, passed, the fix offered).
 */
import { describe, expect, it } from "vitest";
import { checkExit } from "./check-exit.ts";
import type { CheckExitInput, ExitCheck } from "./exit-check.ts";
import { foundingStoryExitFacts as facts, foundingStoryCheckInput as story } from "./founding-story-exit.fixture.ts";
import { type ExitFacts, prepareExitPlan } from "./prepare-exit-plan.ts";
import { firstSafeEffectiveDate } from "./quebec-checks.ts";

const EVIDENCE = [
  { kind: "change_order" as const, id: "co-1", label: { fr: "Avenant refusé A1", en: "Rejected change order A1" } },
];

function check(input: CheckExitInput, code: string): ExitCheck {
  const found = checkExit(input).checks.find((c) => c.code === code);
  if (!found) throw new Error(`no check ${code}`);
  return found;
}

/** The founding story's first mandate with an end-client launch on 2026-11-15 and the chosen effective date. */
function withLaunch(effectiveDate: string, action?: "stop_now" | "finish_milestone", on = "2026-11-15"): ExitFacts {
  const launch = { title: "Lancement du site", date: on };
  return {
    ...facts,
    effectiveDate,
    mandates: [{ ...facts.mandates[0]!, nextMilestone: launch, milestones: [launch], ...(action ? { action } : {}) }],
  };
}

interface Row {
  rule: string;
  code: string;
  input: CheckExitInput;
  passed: boolean;
  severity?: ExitCheck["severity"];
  fix?: NonNullable<ExitCheck["fix"]>["kind"];
  says?: string;
}

const qcPlan = (f: ExitFacts) => ({ ...story, plan: prepareExitPlan(f) });

const QUEBEC: Row[] = [
  {
    rule: "serious reason with its evidence (C.c.Q. 2126)",
    code: "qc_serious_reason",
    input: { ...story, reason: { category: "clientBadFaith", description: "faits", evidence: EVIDENCE } },
    passed: true,
    says: "Avenant refusé A1",
  },
  {
    rule: "serious reason without evidence cannot be ready",
    code: "qc_serious_reason",
    input: { ...story, reason: { category: "clientBadFaith", description: "faits", evidence: [] } },
    passed: false,
    severity: "blocking",
    fix: "link_evidence",
  },
  {
    rule: "“other” without a description cannot be ready",
    code: "qc_serious_reason",
    input: { ...story, reason: { category: "other", evidence: EVIDENCE } },
    passed: false,
    severity: "blocking",
    fix: "link_evidence",
  },
  {
    rule: "an effective date 10 days before a launch, inside its 30-day notice, is inopportune",
    code: "qc_inopportune_time",
    input: qcPlan(withLaunch("2026-11-05")),
    passed: false,
    severity: "warning",
    fix: "effective_date",
    says: "Lancement du site (15 novembre 2026",
  },
  {
    rule: "finishing the launch and ending the day after it is not inopportune",
    code: "qc_inopportune_time",
    input: qcPlan(withLaunch("2026-11-16")),
    passed: true,
  },
  {
    rule: "stopping now drops a launch that falls during the notice",
    code: "qc_inopportune_time",
    input: qcPlan(withLaunch("2026-11-20", "stop_now")),
    passed: false,
    fix: "effective_date",
  },
  {
    rule: "notice of 14 days meets the suggested minimum",
    code: "qc_notice_length",
    input: story,
    passed: true,
  },
  {
    rule: "notice of 7 days is under the suggested minimum",
    code: "qc_notice_length",
    input: qcPlan({ ...facts, effectiveDate: "2026-10-29" }),
    passed: false,
  },
  { rule: "a business client is not under P-40.1", code: "qc_consumer_review", input: story, passed: true },
  {
    rule: "a consumer client is flagged for P-40.1 review",
    code: "qc_consumer_review",
    input: { ...story, client: { isConsumer: true } },
    passed: false,
  },
];

const fr: CheckExitInput = {
  ...story,
  jurisdiction: "FR",
  plan: prepareExitPlan({ ...facts, jurisdiction: "FR", currency: "EUR" }),
  basis: "convenience",
  reason: undefined,
  contract: { duration: "indefinite" },
  letter: { lang: "fr", includeReasons: true, reasons: { fr: "Factures impayées.", en: "" } },
};
const cause: CheckExitInput = { ...fr, basis: "cause" };
const relationship = {
  duration: "indefinite" as const,
  establishedRelationship: true,
  relationshipStart: "2023-03-01",
};

const FRANCE: Row[] = [
  {
    rule: "résolution without a recorded mise en demeure (C. civ. 1226)",
    code: "fr_mise_en_demeure",
    input: cause,
    passed: false,
    severity: "blocking",
    fix: "prepare_formal_notice",
  },
  {
    rule: "résolution while the mise en demeure's delay has not run",
    code: "fr_mise_en_demeure",
    input: { ...cause, formalNotice: { id: "n1", sentOn: "2026-10-15", cureDays: 15 } },
    passed: false,
    severity: "blocking",
    says: "qui n’expire que le 30 octobre 2026",
  },
  {
    rule: "résolution once the mise en demeure's delay has run",
    code: "fr_mise_en_demeure",
    input: { ...cause, formalNotice: { id: "n1", sentOn: "2026-10-01", cureDays: 15 } },
    passed: true,
  },
  {
    rule: "résolution must state its reasons",
    code: "fr_resolution_reasons",
    input: { ...cause, letter: { lang: "fr", includeReasons: false } },
    passed: false,
    severity: "blocking",
    fix: "write_reasons",
  },
  { rule: "résolution with its reasons", code: "fr_resolution_reasons", input: cause, passed: true },
  {
    rule: "L442-1: 14 days against 4 months for a relationship since 2023 blocks",
    code: "fr_established_relationship_notice",
    input: { ...fr, contract: relationship },
    passed: false,
    severity: "blocking",
    fix: "longer_notice_or_acknowledge",
  },
  {
    rule: "L442-1: an explicit acknowledgement lifts the block but the check still fails",
    code: "fr_established_relationship_notice",
    input: {
      ...fr,
      contract: { ...relationship, shortNoticeAcknowledged: { on: "2026-10-22", text: "Risque accepté" } },
    },
    passed: false,
    severity: "warning",
    says: "Risque accepté",
  },
  {
    rule: "L442-1: the longer notice passes",
    code: "fr_established_relationship_notice",
    input: {
      ...fr,
      contract: relationship,
      plan: prepareExitPlan({ ...facts, jurisdiction: "FR", effectiveDate: "2027-02-22" }),
    },
    passed: true,
  },
  {
    rule: "1211: 30 days' reasonable notice",
    code: "fr_contract_notice",
    input: { ...fr, plan: prepareExitPlan({ ...facts, jurisdiction: "FR", effectiveDate: "2026-11-21" }) },
    passed: true,
  },
  { rule: "1211: 14 days is short", code: "fr_contract_notice", input: fr, passed: false, severity: "warning" },
];

const cl: CheckExitInput = {
  ...story,
  jurisdiction: "CA-ON",
  plan: prepareExitPlan({ ...facts, jurisdiction: "CA-ON" }),
  reason: undefined,
  basis: "convenience",
};
const COMMON_LAW: Row[] = [
  { rule: "convenience: 14 days' written notice", code: "cl_notice_period", input: cl, passed: true },
  {
    rule: "convenience: 10 days is under the default",
    code: "cl_notice_period",
    input: { ...cl, plan: prepareExitPlan({ ...facts, jurisdiction: "CA-ON", effectiveDate: "2026-11-01" }) },
    passed: false,
  },
  {
    rule: "for cause without a breach notice",
    code: "cl_cure_period",
    input: { ...cl, basis: "cause" },
    passed: false,
    severity: "blocking",
    fix: "prepare_formal_notice",
  },
  {
    rule: "for cause while the cure period runs",
    code: "cl_cure_period",
    input: { ...cl, basis: "cause", formalNotice: { id: "n1", sentOn: "2026-10-15", cureDays: 10 } },
    passed: false,
    severity: "blocking",
  },
  {
    rule: "for cause once the cure period has run",
    code: "cl_cure_period",
    input: { ...cl, basis: "cause", formalNotice: { id: "n1", sentOn: "2026-10-01", cureDays: 10 } },
    passed: true,
  },
];

describe.each([
  ["Québec", QUEBEC],
  ["France", FRANCE],
  ["common law", COMMON_LAW],
] as const)("%s termination rules", (_name, rows) => {
  it.each(rows.map((r) => [r.rule, r] as const))("%s", (_rule, row) => {
    const c = check(row.input, row.code);
    expect(c.passed).toBe(row.passed);
    if (row.severity) expect(c.severity).toBe(row.severity);
    if (row.fix) expect(c.fix?.kind).toBe(row.fix);
    if (row.passed) expect(c.fix).toBeUndefined();
    if (row.says) expect(`${c.message.fr} ${c.message.en}`).toContain(row.says);
    if (!row.passed && c.severity === "blocking") expect(checkExit(row.input).blocking).toBe(true);
  });
});

describe("Québec — the first safe date and finishing the milestone", () => {
  it("proposes the day after the launch, and the check passes there", () => {
    const plan = prepareExitPlan(withLaunch("2026-11-05"));
    const safe = firstSafeEffectiveDate(plan, 30);
    expect(safe.date).toBe("2026-11-16");
    expect(check(qcPlan(withLaunch(safe.date)), "qc_inopportune_time").passed).toBe(true);
  });

  it("“finish the current milestone” moves the effective date to the day after it", () => {
    const plan = prepareExitPlan(withLaunch("2026-11-05", "finish_milestone"));
    expect(plan.effectiveDate).toBe("2026-11-16");
    expect(plan.noticeDays).toBe(25);
    expect(plan.mandates[0]).toMatchObject({ action: "finish_milestone", toDeliver: ["Lancement du site"] });
    expect(check({ ...story, plan }, "qc_inopportune_time").passed).toBe(true);
  });

  it("a milestone more than the notice after the end is not in the way", () => {
    expect(check(qcPlan(withLaunch("2026-11-05", undefined, "2026-12-20")), "qc_inopportune_time").passed).toBe(true);
  });
});
