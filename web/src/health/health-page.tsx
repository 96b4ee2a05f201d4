/**
 * A client's health: the score and its warning level, each metric explained with the records behind it and its
 * weight, the monthly trend (chart and table), the team's values ratings, and for owners the weights and thresholds.
 */
import { Alert, Anchor, Card, Group, List, Loader, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { clientKeys, clientsApi } from "../clients/clients-api.ts";
import { DecisionOpenButton } from "../exits/decision-open-button.tsx";
import { exitApi, inLanguage } from "../exits/exit-api.ts";
import { ExitOpenButton } from "../exits/exit-open-button.tsx";
import { exitKeys } from "../exits/query-keys.ts";
import { invoicesApi } from "../invoices/invoices-api.ts";
import { invoiceKeys } from "../invoices/query-keys.ts";
import { offersApi } from "../offers/offers-api.ts";
import { offerKeys } from "../offers/query-keys.ts";
import { usePermissions, useSession } from "../session.tsx";
import { problemMessage } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { usePageTitle } from "../use-page-title.ts";
import { healthScoreText, WarningLevelBadge } from "./health-badges.tsx";
import { HealthMetrics } from "./health-metrics.tsx";
import { HealthSettingsPanel } from "./health-settings-panel.tsx";
import { HealthTrend } from "./health-trend.tsx";
import { HealthValuesForm } from "./health-values-form.tsx";

/** Names of the offers and invoices of a client, so source links read "OFF-2026-0002" rather than "Offer 1". */
export function useRecordNames(clientId: string): Record<string, string> {
  const offers = useQuery({
    queryKey: offerKeys.list({ clientId, pageSize: 100 }),
    queryFn: () => offersApi.list({ clientId, pageSize: 100 }),
  });
  const invoices = useQuery({
    queryKey: invoiceKeys.list({ clientId, pageSize: 100 }),
    queryFn: () => invoicesApi.list({ clientId, pageSize: 100 }),
    retry: false,
  });
  const names: Record<string, string> = {};
  for (const o of offers.data?.items ?? []) names[o.id] = o.number;
  for (const i of invoices.data?.items ?? []) if (i.number) names[i.id] = i.number;
  return names;
}

export function HealthPage() {
  const { t, i18n } = useTranslation();
  const { id = "" } = useParams();
  const { canWrite, isOwner } = usePermissions();
  const me = useSession();
  const format = useFormat();
  const client = useQuery({ queryKey: clientKeys.detail(id), queryFn: () => clientsApi.get(id ?? "") });
  const health = useQuery({ queryKey: exitKeys.health(id), queryFn: () => exitApi.health(id) });
  const names = useRecordNames(id);
  usePageTitle(client.data ? t("health.titleOf", { name: client.data.name }) : t("health.title"));

  if (health.isPending || client.isPending) return <Loader aria-label={t("common.loading")} />;
  if (health.isError) return <Alert color="red">{problemMessage(health.error, t)}</Alert>;
  if (client.isError) return <Alert color="red">{problemMessage(client.error, t)}</Alert>;
  const h = health.data;
  const c = client.data;
  const ended = c.status === "ended";
  const currency = me.workspace.currency;

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Anchor component={Link} to={`/clients/${id}`} size="sm">
          ← {c.name}
        </Anchor>
        <Title order={1}>{t("health.titleOf", { name: c.name })}</Title>
      </Stack>

      <Card withBorder component="section" aria-labelledby="score-title">
        <Group justify="space-between" align="start">
          <Stack gap={4}>
            <Title order={2} size="h4" id="score-title">
              {t("health.score")}
            </Title>
            <Group gap="sm" align="baseline">
              <Text fz={h.score.value === null ? 24 : 40} fw={700} data-testid="health-score">
                {healthScoreText(h.score.value, t)}
              </Text>
              {h.score.value !== null && <WarningLevelBadge level={h.warning.level} />}
            </Group>
            {h.score.value === null && (
              <Text size="sm">{t("health.notEnoughDataHint", { count: h.score.required, known: h.score.known })}</Text>
            )}
            <Text size="sm" c="dimmed">
              {t("health.thresholds", {
                threshold: h.settings.threshold,
                critical: h.settings.criticalThreshold,
                date: format.date(h.asOf),
              })}
            </Text>
          </Stack>
          {canWrite && !ended && (
            <Group>
              <DecisionOpenButton clientId={id} currency={currency} />
              <ExitOpenButton clientId={id} />
            </Group>
          )}
        </Group>
        {h.warning.reasons.length > 0 && (
          <List mt="sm" size="sm" spacing={4} aria-label={t("health.reasons")}>
            {[...new Set(h.warning.reasons.map((r) => inLanguage(r, i18n.language)))].map((r) => (
              <List.Item key={r}>{r}</List.Item>
            ))}
          </List>
        )}
        <Text size="xs" c="dimmed" mt="sm">
          {t("health.scoreHow")}
        </Text>
      </Card>

      <Stack component="section" aria-labelledby="metrics-title" gap="sm">
        <Title order={2} size="h3" id="metrics-title">
          {t("health.metrics")}
        </Title>
        <HealthMetrics health={h} currency={currency} names={names} />
      </Stack>

      <HealthTrend trend={h.trend} threshold={h.settings.threshold} currency={currency} />
      <HealthValuesForm clientId={id} disabled={!canWrite || ended} />
      {isOwner && <HealthSettingsPanel />}
    </Stack>
  );
}
