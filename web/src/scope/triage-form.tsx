/**
 * A person's decision on one claim: the outcome, and the fields that outcome needs (the signed clause it was judged
 * against, chosen among the suggestions; a rationale; the alternative proposed; which claim it repeats; estimated
 * hours). Nothing is preselected: the form starts empty until someone decides.
 */
import { Button, Group, NativeSelect, Radio, Select, SimpleGrid, Stack, Textarea } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { NumberField } from "../components/number-field.tsx";
import { notify } from "../notify.ts";
import { useFieldErrors } from "../use-field-errors.ts";
import { scopeKeys } from "./query-keys.ts";
import {
  BASELINE_KINDS,
  type BaselineClause,
  type BaselineKind,
  type ClaimWithSuggestions,
  OUTCOME_FIELDS,
  scopeApi,
  TRIAGE_OUTCOMES,
  type TriageDetails,
  type TriageInput,
  type TriageOutcome,
} from "./scope-api.ts";

const fieldNames = ["outcome", "baseline", "rationale", "alternative", "duplicateOfClaimId", "estimatedHours"];
const known = new Set(fieldNames.flatMap((f) => [f, `triage.${f}`, `triage.baseline.id`, "baseline.id"]));

interface TriageFormProps {
  claim: ClaimWithSuggestions;
  /** The other claims of the round (for "duplicate of"). */
  others: { id: string; position: number }[];
  /** The whole current scope: any clause can be cited, not only the suggestions. */
  baseline: BaselineClause[];
  /** A claim inside a sent or approved change order keeps its decision. */
  locked: boolean;
  /** Called once the decision is saved or cleared, or the change is abandoned. */
  onDone?: () => void;
}

export function TriageForm({ claim, others, baseline: clauses, locked, onDone }: TriageFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const current: (TriageDetails & { outcome: TriageOutcome }) | undefined = claim.triage;
  const [outcome, setOutcome] = useState<TriageOutcome | "">(current?.outcome ?? "");
  const [baseline, setBaseline] = useState(current?.baseline ? `${current.baseline.kind}:${current.baseline.id}` : "");
  const [rationale, setRationale] = useState(current?.rationale ?? "");
  const [alternative, setAlternative] = useState(current?.alternative ?? "");
  const [duplicateOf, setDuplicateOf] = useState(current?.duplicateOfClaimId ?? "");
  const [hours, setHours] = useState<number | string>(current?.estimatedHours ?? "");
  const { errors, show, clear, reset } = useFieldErrors((path) => known.has(path));
  const err = (name: string) => errors[name] ?? errors[`triage.${name}`] ?? errors[`${name}.id`];
  const prefix = `claim-${claim.id}`;
  const picker = useRef<HTMLInputElement>(null);

  const refresh = () => void queryClient.invalidateQueries({ queryKey: scopeKeys.round(claim.roundId) });
  const save = useMutation({
    mutationFn: (triage: TriageInput | null) => scopeApi.updateClaim(claim.id, { triage }),
    onSuccess: (_, triage) => {
      refresh();
      reset();
      notify({ message: triage ? t("scope.triage.saved", { n: claim.position }) : t("scope.triage.cleared") });
      if (!triage) setOutcome("");
      onDone?.();
    },
    onError: show,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!outcome) return;
    const needs = OUTCOME_FIELDS[outcome];
    const [kind, ...rest] = baseline.split(":");
    const triage: TriageInput = { outcome };
    if (needs.baseline || (outcome !== "duplicate" && baseline)) {
      triage.baseline = baseline ? { kind: kind as BaselineKind, id: rest.join(":") } : null;
    }
    if (outcome !== "duplicate") triage.rationale = rationale.trim() || null;
    if (needs.alternative) triage.alternative = alternative.trim() || null;
    if (needs.duplicate) triage.duplicateOfClaimId = duplicateOf || null;
    if (needs.hours) triage.estimatedHours = typeof hours === "number" ? hours : null;
    save.mutate(triage);
  };

  const needs = outcome ? OUTCOME_FIELDS[outcome] : undefined;
  const disabled = locked || save.isPending;

  return (
    <form onSubmit={submit} noValidate aria-label={t("scope.triage.formLabel", { n: claim.position })}>
      <Stack gap="sm">
        <Radio.Group
          label={t("scope.triage.outcome")}
          value={outcome}
          onChange={(value) => {
            setOutcome(value as TriageOutcome);
            clear("outcome");
          }}
          error={err("outcome")}
          required
        >
          <SimpleGrid cols={{ base: 2, sm: 3 }} mt="xs" spacing="xs">
            {TRIAGE_OUTCOMES.map((o) => (
              <Radio key={o} value={o} label={t(`scope.outcome.${o}`)} disabled={locked} />
            ))}
          </SimpleGrid>
        </Radio.Group>
        {needs && (
          <>
            {outcome !== "duplicate" && (
              <Select
                id={`${prefix}-baseline`}
                label={t("scope.triage.baseline")}
                description={needs.baseline ? undefined : t("scope.triage.optional")}
                placeholder={t("scope.triage.searchBaseline")}
                required={needs.baseline}
                searchable
                clearable
                // Reachable and named, so a clause can be removed from the keyboard and by a screen reader too.
                clearButtonProps={{ tabIndex: 0, "aria-hidden": false, "aria-label": t("scope.triage.clearBaseline") }}
                // The button goes away once the clause is removed: the focus returns to the picker, not to the page.
                onClear={() => picker.current?.focus()}
                ref={picker}
                nothingFoundMessage={t("scope.triage.noClauseFound")}
                value={baseline || null}
                disabled={disabled}
                onChange={(value) => {
                  setBaseline(value ?? "");
                  clear("baseline");
                }}
                data={clauseOptions(claim, clauses, t)}
                error={err("baseline")}
              />
            )}
            {needs.alternative && (
              <Textarea
                label={t("scope.triage.alternative")}
                required
                autosize
                minRows={2}
                value={alternative}
                disabled={disabled}
                onChange={(e) => {
                  setAlternative(e.currentTarget.value);
                  clear("alternative");
                }}
                error={err("alternative")}
              />
            )}
            {needs.duplicate && (
              <NativeSelect
                label={t("scope.triage.duplicateOf")}
                required
                value={duplicateOf}
                disabled={disabled}
                onChange={(e) => {
                  setDuplicateOf(e.currentTarget.value);
                  clear("duplicateOfClaimId");
                }}
                data={[
                  { value: "", label: t("scope.triage.chooseClaim") },
                  ...others.map((o) => ({ value: o.id, label: t("scope.claim.title", { n: o.position }) })),
                ]}
                error={err("duplicateOfClaimId")}
              />
            )}
            {outcome !== "duplicate" && (
              <Textarea
                label={t("scope.triage.rationale")}
                description={needs.rationale ? undefined : t("scope.triage.optional")}
                required={needs.rationale}
                autosize
                minRows={2}
                value={rationale}
                disabled={disabled}
                onChange={(e) => {
                  setRationale(e.currentTarget.value);
                  clear("rationale");
                }}
                error={err("rationale")}
              />
            )}
            {needs.hours && (
              <NumberField
                kind="hours"
                label={t("scope.triage.hours")}
                required
                max={10_000}
                value={hours}
                disabled={disabled}
                onChange={(value) => {
                  setHours(value);
                  clear("estimatedHours");
                }}
                error={err("estimatedHours")}
                maw={200}
              />
            )}
          </>
        )}
        {!locked && (
          <Group>
            <Button type="submit" loading={save.isPending} disabled={!outcome}>
              {t("scope.triage.save")}
            </Button>
            {current && (
              <>
                <Button variant="default" onClick={() => save.mutate(null)} disabled={save.isPending}>
                  {t("scope.triage.clear")}
                </Button>
                <Button variant="subtle" onClick={onDone} disabled={save.isPending}>
                  {t("common.cancel")}
                </Button>
              </>
            )}
          </Group>
        )}
      </Stack>
    </form>
  );
}

/** The suggestions first (with their score), then every clause of the scope grouped by kind. */
function clauseOptions(
  claim: ClaimWithSuggestions,
  clauses: BaselineClause[],
  t: (key: string, options?: Record<string, unknown>) => string,
) {
  const suggested = new Set(claim.suggestions.map((s) => `${s.kind}:${s.id}`));
  const groups = [
    {
      group: t("scope.triage.suggested"),
      items: claim.suggestions.map((s) => ({
        value: `${s.kind}:${s.id}`,
        label: `${t(`scope.baselineKind.${s.kind}`)} · ${s.title} (${Math.round(s.score * 100)} %)`,
      })),
    },
    ...BASELINE_KINDS.map((kind) => ({
      group: t(`scope.baselineGroup.${kind}`),
      items: clauses
        .filter((c) => c.kind === kind && !suggested.has(`${c.kind}:${c.id}`))
        .map((c) => ({ value: `${c.kind}:${c.id}`, label: c.title })),
    })),
  ];
  return groups.filter((g) => g.items.length > 0);
}
