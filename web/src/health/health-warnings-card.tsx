/**
 * On the dashboard: the clients whose health score crosses the warning threshold, worst first, with their bad metrics
 * — how many in all (and critical), the worst first, and the next ones a page at a time.
 */
import { Anchor, Button, Card, Group, List, Text, Title } from "@mantine/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { exitApi } from "../exits/exit-api.ts";
import { exitKeys } from "../exits/query-keys.ts";
import { WarningLevelBadge } from "./health-badges.tsx";

/** The worst few on the dashboard; each "show more" brings as many again. */
const PAGE = 10;

export function HealthWarningsCard() {
  const { t } = useTranslation();
  const warnings = useInfiniteQuery({
    queryKey: exitKeys.warningPages,
    queryFn: ({ pageParam }) => exitApi.warnings({ limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: "",
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const pages = warnings.data?.pages ?? [];
  const first = pages[0];
  const items = pages.flatMap((p) => p.items);
  if (!first || items.length === 0) return null;
  // The counts of the latest page: the list as it stands now.
  const { total, critical } = pages[pages.length - 1]!;
  return (
    <Card withBorder component="section" aria-labelledby="health-warnings-title" data-testid="health-warnings">
      <Title order={2} size="h4" id="health-warnings-title" mb={4}>
        {t("health.warnings.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="xs" data-testid="health-warnings-count">
        {t("health.warnings.summary", { count: total })}
        {critical > 0 ? ` · ${t("health.warnings.critical", { count: critical })}` : ""}
      </Text>
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
      {warnings.hasNextPage && (
        <Button
          variant="subtle"
          size="compact-sm"
          mt="xs"
          loading={warnings.isFetchingNextPage}
          onClick={() => void warnings.fetchNextPage()}
        >
          {t("health.warnings.more", { shown: items.length, total })}
        </Button>
      )}
    </Card>
  );
}
