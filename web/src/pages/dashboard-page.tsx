import { Anchor, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { clientKeys, clientsApi } from "../clients/clients-api.ts";
import { SetupGuide, TodayCard } from "../components/setup-guide.tsx";
import { ClientStatusBadge, SignalKindBadge } from "../components/status-badges.tsx";
import { StudioFiguresPanel } from "../components/studio-figures-panel.tsx";
import { HealthWarningsCard } from "../health/health-warnings-card.tsx";
import { DashboardMoneyCard } from "../invoices/dashboard-money-card.tsx";
import { usePermissions, useSession } from "../session.tsx";
import { useFormat } from "../use-format.ts";
import { usePageTitle } from "../use-page-title.ts";
import { workspaceApi, workspaceKeys } from "../workspace/workspace-api.ts";

function Figure({ label, value, to }: { label: string; value: number | undefined; to: string }) {
  return (
    <Card withBorder component={Link} to={to}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={32} fw={700}>
        {value ?? "…"}
      </Text>
    </Card>
  );
}

/** How many clients whose latest signal is a warning the dashboard names. */
const WARNED_SHOWN = 10;

export function DashboardPage() {
  const { t } = useTranslation();
  usePageTitle(t("dashboard.title"));
  const me = useSession();
  const { canWrite } = usePermissions();
  const format = useFormat();
  const all = useQuery({
    queryKey: clientKeys.dashboardAll,
    queryFn: () => clientsApi.list({ pageSize: 1 }),
  });
  // The first ten by name, and how many there are: the whole list is one link away.
  const warnedPage = useQuery({
    queryKey: clientKeys.dashboardWarned,
    queryFn: () => clientsApi.list({ lastSignal: "warning", pageSize: WARNED_SHOWN }),
  });
  const active = useQuery({
    queryKey: clientKeys.dashboardActive,
    queryFn: () => clientsApi.list({ status: "active", pageSize: 1 }),
  });
  const members = useQuery({ queryKey: workspaceKeys.members, queryFn: () => workspaceApi.members() });
  const warned = warnedPage.data?.items ?? [];
  const warnedTotal = warnedPage.data?.total ?? 0;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t("dashboard.title")}</Title>
        <Text>{t("dashboard.welcome", { name: me.user.name, workspace: me.workspace.name })}</Text>
      </Stack>
      <SetupGuide />
      <TodayCard />
      <DashboardMoneyCard />
      <StudioFiguresPanel />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Figure label={t("dashboard.clients")} value={all.data?.total} to="/clients" />
        <Figure label={t("dashboard.activeClients")} value={active.data?.total} to="/clients?status=active" />
        <Figure
          label={t("dashboard.members")}
          value={members.data?.items.filter((m) => m.status !== "disabled").length}
          to="/members"
        />
      </SimpleGrid>
      <HealthWarningsCard />
      {warned.length > 0 && (
        <Card withBorder component="section" aria-labelledby="warned-title">
          <Title order={2} size="h4" id="warned-title" mb="xs">
            {t("dashboard.warned")}
          </Title>
          <List listStyleType="none" spacing="xs">
            {warned.map((c) => (
              <List.Item key={c.id}>
                <Group gap="xs">
                  <SignalKindBadge kind="warning" />
                  <Anchor component={Link} to={`/clients/${c.id}`}>
                    {c.name}
                  </Anchor>
                  <ClientStatusBadge status={c.status} />
                  {c.lastSignal && <Text size="sm">{format.date(c.lastSignal.occurredOn)}</Text>}
                </Group>
              </List.Item>
            ))}
          </List>
          {warnedTotal > warned.length && (
            <Anchor component={Link} to="/clients?lastSignal=warning" mt="xs" display="inline-block">
              {t("dashboard.warnedAll", { count: warnedTotal })}
            </Anchor>
          )}
        </Card>
      )}
      <Group>
        {canWrite && (
          <Button component={Link} to="/clients/new">
            {t("clients.new")}
          </Button>
        )}
        <Button component={Link} to="/settings" variant="default">
          {t("dashboard.settings")}
        </Button>
      </Group>
    </Stack>
  );
}
