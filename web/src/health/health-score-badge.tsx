/**
 * A client's latest computed health in the clients list (the list carries it: score 0-100 and warning level, stored
 * with every record that changes it). Too little data reads "not enough data yet"; never computed, a dash.
 */
import { Badge, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { levelColors } from "../exits/exit-api.ts";

export interface HealthSnapshot {
  score: number | null;
  level: string;
  computedAt: string;
}

export function HealthScoreBadge({ health }: { health: HealthSnapshot | null }) {
  const { t } = useTranslation();
  if (!health)
    return (
      <Text size="sm" c="dimmed" title={t("health.notComputed")}>
        —
      </Text>
    );
  if (health.score === null)
    return (
      <Text size="sm" c="dimmed">
        {t("health.notEnoughData")}
      </Text>
    );
  const level = health.level as keyof typeof levelColors;
  return (
    <Badge color={levelColors[level]} miw="max-content">
      {t("health.scoreShort", { score: health.score, level: t(`health.listLevel.${level}`) })}
    </Badge>
  );
}
