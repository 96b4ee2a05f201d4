/** The explained metrics of a client's health: value, status in colour and words, sentence, weight and source records. */
import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type ClientHealth, inLanguage, type MetricSource, sourceHref } from "../exits/exit-api.ts";
import { MetricStatusBadge, useMetricFormat } from "./health-badges.tsx";

/** Links to the records behind a figure, named when the page knows them (`names`), numbered otherwise. */
export function SourceLinks({
  sources,
  clientId,
  names = {},
}: {
  sources: MetricSource[];
  clientId: string;
  names?: Record<string, string>;
}) {
  const { t } = useTranslation();
  if (sources.length === 0) return null;
  const counters: Record<string, number> = {};
  return (
    <Group gap={6} component="ul" p={0} m={0} style={{ listStyle: "none" }} aria-label={t("health.sources")}>
      <Text size="xs" c="dimmed" component="li">
        {t("health.sources")} :
      </Text>
      {sources.slice(0, 10).map((s) => {
        counters[s.entity] = (counters[s.entity] ?? 0) + 1;
        const label = names[s.id] ?? t(`health.entity.${s.entity}`, { n: counters[s.entity] });
        const href = sourceHref(s, clientId);
        return (
          <Text size="xs" component="li" key={`${s.entity}:${s.id}`}>
            {href ? (
              <Anchor component={Link} to={href} size="xs">
                {label}
              </Anchor>
            ) : (
              label
            )}
          </Text>
        );
      })}
      {sources.length > 10 && (
        <Text size="xs" component="li">
          {t("health.moreSources", { count: sources.length - 10 })}
        </Text>
      )}
    </Group>
  );
}

export function HealthMetrics({
  health,
  currency,
  names,
}: {
  health: ClientHealth;
  currency: string;
  names: Record<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const show = useMetricFormat();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
      {health.metrics.map((m) => {
        const weight = health.settings.weights[m.key] ?? 0;
        return (
          <Card withBorder component="li" key={m.key} data-testid={`metric-${m.key}`}>
            <Stack gap={6}>
              <Group justify="space-between" align="start" wrap="nowrap">
                <Title order={3} size="h5">
                  {t(`health.metric.${m.key}`)}
                </Title>
                <MetricStatusBadge status={m.status} />
              </Group>
              <Text fz="xl" fw={700}>
                {show(m, currency)}
              </Text>
              <Text size="sm">{inLanguage(m.explanation, i18n.language)}</Text>
              <Text size="xs" c="dimmed">
                {weight <= 0
                  ? t("health.weightZero")
                  : m.status === "unknown"
                    ? t("health.weightUnknown", { weight })
                    : t("health.weight", { weight })}
              </Text>
              <SourceLinks sources={m.sources} clientId={health.clientId} names={names} />
            </Stack>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
