/** A recorded triage decision, read back: the clause it was judged against, the rationale, the alternative, hours. */
import { Group, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../use-format.ts";
import { BaselineKindBadge } from "./claim-suggestions.tsx";
import { RepeatAnswer } from "./repeat-flag.tsx";
import type { BaselineClause, ClaimWithSuggestions, TriageDetails } from "./scope-api.ts";

function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0} style={{ whiteSpace: "pre-wrap" }}>
        {children}
      </Text>
    </div>
  );
}

interface ClaimDecisionProps {
  claim: ClaimWithSuggestions;
  baseline: BaselineClause[];
  positions: Map<string, number>;
}

export function ClaimDecision({ claim, baseline, positions }: ClaimDecisionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!claim.triage) return null;
  const triage: TriageDetails = claim.triage;
  const ref = triage.baseline;
  const title = ref ? baseline.find((s) => s.kind === ref.kind && s.id === ref.id)?.title : undefined;
  return (
    <Stack component="dl" gap={6} m={0} data-testid="claim-decision">
      {ref && (
        <Line label={t("scope.triage.baseline")}>
          <Group component="span" gap={6}>
            <BaselineKindBadge kind={ref.kind} />
            {title ?? ""}
          </Group>
        </Line>
      )}
      {triage.alternative && <Line label={t("scope.triage.alternative")}>{triage.alternative}</Line>}
      {triage.rationale && <Line label={t("scope.triage.rationale")}>{triage.rationale}</Line>}
      {triage.duplicateOfClaimId && (
        <Line label={t("scope.triage.duplicateOf")}>
          {t("scope.claim.title", { n: positions.get(triage.duplicateOfClaimId) ?? "?" })}
        </Line>
      )}
      {triage.repeat && (
        <Line label={t("scope.repeat.title")}>
          <RepeatAnswer point={triage.repeat} />
        </Line>
      )}
      {triage.estimatedHours !== undefined && (
        <Line label={t("scope.triage.hours")}>{format.number(triage.estimatedHours)} h</Line>
      )}
    </Stack>
  );
}
