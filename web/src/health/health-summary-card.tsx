/**
 * On the client page: the health score and warning level with a link to the full health page, the ways to decide
 * and to plan the exit, the client's decisions and exit plans, and the evidence pack.
 */
import { Anchor, Badge, Button, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DecisionOpenButton } from "../exits/decision-open-button.tsx";
import { exitApi } from "../exits/exit-api.ts";
import { ExitOpenButton } from "../exits/exit-open-button.tsx";
import { exitKeys } from "../exits/query-keys.ts";
import { useFormat } from "../use-format.ts";
import { healthScoreText, WarningLevelBadge } from "./health-badges.tsx";

export function HealthSummaryCard({
  clientId,
  currency,
  canWrite,
  ended,
}: {
  clientId: string;
  currency: string;
  canWrite: boolean;
  ended: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const health = useQuery({ queryKey: exitKeys.health(clientId, 1), queryFn: () => exitApi.health(clientId, 1) });
  const decisions = useQuery({ queryKey: exitKeys.decisions(clientId), queryFn: () => exitApi.decisions(clientId) });
  const exits = useQuery({ queryKey: exitKeys.exits(clientId), queryFn: () => exitApi.exits(clientId) });
  const h = health.data;
  return (
    <Card withBorder component="section" aria-labelledby="health-summary-title" data-testid="health-summary">
      <Group justify="space-between" align="start">
        <Stack gap={4}>
          <Title order={2} size="h4" id="health-summary-title">
            {t("health.title")}
          </Title>
          {h && (
            <Group gap="sm" align="baseline">
              <Text fz={h.score.value === null ? "lg" : 28} fw={700}>
                {healthScoreText(h.score.value, t)}
              </Text>
              {h.score.value !== null && <WarningLevelBadge level={h.warning.level} />}
            </Group>
          )}
          <Anchor component={Link} to={`/clients/${clientId}/health`}>
            {t("health.open")}
          </Anchor>
        </Stack>
        <Group>
          {canWrite && !ended && (
            <>
              <DecisionOpenButton clientId={clientId} currency={currency} />
              <ExitOpenButton clientId={clientId} />
            </>
          )}
          <Button component="a" href={exitApi.evidenceUrl(clientId)} variant="default" download>
            {t("exit.evidence")}
          </Button>
        </Group>
      </Group>
      {(decisions.data?.items.length ?? 0) + (exits.data?.items.length ?? 0) > 0 && (
        <List size="sm" mt="sm" spacing={4} listStyleType="none">
          {decisions.data?.items.map((d) => (
            <List.Item key={d.id}>
              <Group gap="xs">
                <Anchor component={Link} to={`/decisions/${d.id}`}>
                  {t("decision.listItem", { date: format.instant(d.createdAt) })}
                </Anchor>
                <Badge color={d.status === "decided" ? "grape.9" : "gray.7"} variant="outline">
                  {d.verdict ? t(`decision.option.${d.verdict}`) : t(`decision.status.${d.status}`)}
                </Badge>
              </Group>
            </List.Item>
          ))}
          {exits.data?.items.map((e) => (
            <List.Item key={e.id}>
              <Group gap="xs">
                <Anchor component={Link} to={`/exits/${e.id}`}>
                  {t("exit.listItem", { date: format.instant(e.createdAt) })}
                </Anchor>
                <Badge color="gray.7" variant="outline">
                  {t(`exit.status.${e.status}`)}
                </Badge>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
