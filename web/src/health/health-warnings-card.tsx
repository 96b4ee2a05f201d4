/** On the dashboard: the clients whose health score crosses the warning threshold, worst first, with their bad metrics. */
import { Anchor, Card, Group, List, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { exitApi } from "../exits/exit-api.ts";
import { exitKeys } from "../exits/query-keys.ts";
import { WarningLevelBadge } from "./health-badges.tsx";

export function HealthWarningsCard() {
  const { t } = useTranslation();
  const warnings = useQuery({ queryKey: exitKeys.warnings, queryFn: exitApi.warnings });
  const items = warnings.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card withBorder component="section" aria-labelledby="health-warnings-title" data-testid="health-warnings">
      <Title order={2} size="h4" id="health-warnings-title" mb="xs">
        {t("health.warnings.title")}
      </Title>
      <List listStyleType="none" spacing="sm">
        {items.map((w) => {
          const reasons = w.badMetrics.map((key) => t(`health.metric.${key}`));
          return (
            <List.Item key={w.clientId}>
              <Group gap="xs">
                <WarningLevelBadge level={w.warning.level} />
                <Anchor component={Link} to={`/clients/${w.clientId}/health`} fw={600}>
                  {w.clientName}
                </Anchor>
                <Text size="sm">{t("health.scoreOf", { score: w.score.value ?? "—" })}</Text>
              </Group>
              {reasons.length > 0 && (
                <Text size="sm" c="dimmed">
                  {reasons.join(" · ")}
                </Text>
              )}
            </List.Item>
          );
        })}
      </List>
    </Card>
  );
}
