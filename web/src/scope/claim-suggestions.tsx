/**
 * The signed baseline beside a claim: the closest deliverables, change-order items, exclusions and assumptions, each
 * with its kind, its score as a bar and the client's words that matched. Information only: a person decides.
 */
import { Badge, Group, Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { CLOSE_MATCH } from "../../../src/domain/triage/close-match.ts";
import type { BaselineKind, Suggestion } from "./scope-api.ts";

const kindColors: Record<BaselineKind, string> = {
  deliverable: "teal.9",
  change_order_item: "indigo.8",
  exclusion: "red.9",
  assumption: "grape.8",
};

export function BaselineKindBadge({ kind }: { kind: BaselineKind }) {
  const { t } = useTranslation();
  return (
    <Badge color={kindColors[kind]} miw="max-content" tt="none">
      {t(`scope.baselineKind.${kind}`)}
    </Badge>
  );
}

export function ClaimSuggestions({ suggestions, labelledBy }: { suggestions: Suggestion[]; labelledBy: string }) {
  const { t } = useTranslation();
  if (suggestions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("scope.suggestions.none")}
      </Text>
    );
  }
  const noneClose = suggestions.every((s) => s.score < CLOSE_MATCH);
  return (
    <>
      {noneClose && (
        <Text size="sm" c="orange.9" mb="xs" data-testid="no-close-clause">
          {t("scope.suggestions.noneClose")}
        </Text>
      )}
      <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: "none" }} aria-labelledby={labelledBy}>
        {suggestions.map((s) => {
          const percent = Math.round(s.score * 100);
          return (
            <li key={`${s.kind}:${s.id}`} data-testid="suggestion">
              <Group gap={6} wrap="nowrap" align="start">
                <BaselineKindBadge kind={s.kind} />
                <Text size="sm" fw={600} style={{ flex: 1 }}>
                  {s.title}
                </Text>
              </Group>
              <Group gap="xs" wrap="nowrap" mt={4}>
                <Progress
                  value={percent}
                  size="sm"
                  style={{ flex: 1 }}
                  color={kindColors[s.kind]}
                  aria-label={t("scope.suggestions.score", { percent })}
                />
                <Text size="xs" w={40} ta="end">
                  {percent} %
                </Text>
              </Group>
              {s.matchedTerms.length > 0 && (
                <Text size="xs" c="dimmed" mt={2}>
                  {t("scope.suggestions.matched")}{" "}
                  {s.matchedTerms.map((term, i) => (
                    <span key={term}>
                      {i > 0 && ", "}
                      <mark>{term}</mark>
                    </span>
                  ))}
                </Text>
              )}
            </li>
          );
        })}
      </Stack>
    </>
  );
}
