/**
 * The health score of the clients of one page of the list (one light request per client: `months=1`), and its badge.
 * Sorting by score works on the page shown; sorting the whole list would need the score in `GET /clients`.
 */
import { Badge, Text } from "@mantine/core";
import { useQueries } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { type ClientHealth, exitApi, exitKeys, levelColors } from "../exit-api.ts";

export function useHealthScores(clientIds: string[]): Record<string, ClientHealth | undefined> {
  const results = useQueries({
    queries: clientIds.map((id) => ({
      queryKey: exitKeys.health(id, 1),
      queryFn: () => exitApi.health(id, 1),
      staleTime: 60_000,
    })),
  });
  return Object.fromEntries(clientIds.map((id, i) => [id, results[i]?.data]));
}

export function HealthScoreBadge({ health }: { health: ClientHealth | undefined }) {
  const { t } = useTranslation();
  if (!health)
    return (
      <Text size="sm" c="dimmed">
        …
      </Text>
    );
  if (health.score.value === null)
    return (
      <Text size="sm" c="dimmed">
        {t("health.status.unknown")}
      </Text>
    );
  return (
    <Badge color={levelColors[health.warning.level]} miw="max-content">
      {t("health.scoreShort", { score: health.score.value, level: t(`health.listLevel.${health.warning.level}`) })}
    </Badge>
  );
}
