import {
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { CLIENT_KINDS, CLIENT_STATUSES } from "../../../src/domain/client.ts";
import { SIGNAL_KINDS } from "../../../src/domain/signal.ts";
import { ListPagination } from "../components/list-pagination.tsx";
import { ClientKindBadge, ClientStatusBadge, SignalKindBadge } from "../components/status-badges.tsx";
import { HealthScoreBadge } from "../health/health-score-badge.tsx";
import { usePermissions } from "../session.tsx";
import { problemMessage } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { useListParams } from "../use-list-params.ts";
import { usePageTitle } from "../use-page-title.ts";
import { clientKeys, clientsApi } from "./clients-api.ts";

const pageSize = 25;
const CLIENT_SORTS = ["name", "health"] as const;

export function ClientListPage() {
  const { t } = useTranslation();
  usePageTitle(t("clients.title"));
  const { canWrite } = usePermissions();
  const format = useFormat();
  const { filters, update } = useListParams(["q", "kind", "status", "tag", "lastSignal", "sort"] as const);
  const [search, setSearch] = useState(filters.q);
  const [debounced] = useDebouncedValue(search, 300);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced search text drives the URL.
  useEffect(() => {
    if (debounced !== filters.q) update({ q: debounced });
  }, [debounced]);

  const clients = useQuery({
    queryKey: clientKeys.list(filters),
    queryFn: () =>
      clientsApi.list({
        ...filters,
        kind: CLIENT_KINDS.find((k) => k === filters.kind),
        status: CLIENT_STATUSES.find((s) => s === filters.status),
        lastSignal: SIGNAL_KINDS.find((k) => k === filters.lastSignal),
        sort: CLIENT_SORTS.find((s) => s === filters.sort),
        pageSize,
      }),
    placeholderData: keepPreviousData,
  });
  const tags = useQuery({ queryKey: clientKeys.tags, queryFn: clientsApi.tags });
  const pages = clients.data ? Math.max(1, Math.ceil(clients.data.total / pageSize)) : 1;
  // The list carries each client's latest computed health; sorted by health, the whole list is ordered worst first.
  const byHealth = filters.sort === "health";

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t("clients.title")}</Title>
        {canWrite && (
          <Button component={Link} to="/clients/new">
            {t("clients.new")}
          </Button>
        )}
      </Group>
      <Group align="end" role="search" aria-label={t("clients.searchLabel")}>
        <TextInput
          label={t("clients.search")}
          type="search"
          placeholder={t("clients.searchPlaceholder")}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          style={{ flex: 1, minWidth: 200 }}
        />
        <NativeSelect
          label={t("clients.fields.kind")}
          value={filters.kind}
          onChange={(e) => update({ kind: e.currentTarget.value })}
          data={[
            { value: "", label: t("clients.filters.allKinds") },
            { value: "direct", label: t("clients.kind.direct") },
            { value: "agency", label: t("clients.kind.agency") },
          ]}
        />
        <NativeSelect
          label={t("clients.fields.status")}
          value={filters.status}
          onChange={(e) => update({ status: e.currentTarget.value })}
          data={[
            { value: "", label: t("clients.filters.allStatuses") },
            ...(["prospect", "active", "paused", "ended"] as const).map((s) => ({
              value: s,
              label: t(`clients.status.${s}`),
            })),
          ]}
        />
        <NativeSelect
          label={t("clients.fields.tag")}
          value={filters.tag}
          onChange={(e) => update({ tag: e.currentTarget.value })}
          data={[
            { value: "", label: t("clients.filters.allTags") },
            ...(tags.data?.items ?? []).map((tag) => ({ value: tag, label: tag })),
          ]}
        />
        <NativeSelect
          label={t("clients.fields.lastSignal")}
          value={filters.lastSignal}
          onChange={(e) => update({ lastSignal: e.currentTarget.value })}
          data={[
            { value: "", label: t("clients.filters.anyLastSignal") },
            ...SIGNAL_KINDS.map((kind) => ({ value: kind, label: t(`signals.kind.${kind}`) })),
          ]}
        />
      </Group>
      {clients.isPending && <Loader aria-label={t("common.loading")} />}
      {clients.isError && <Text c="red.9">{problemMessage(clients.error, t)}</Text>}
      {clients.data && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t("clients.count", { count: clients.data.total })}
          </Text>
          <Table.ScrollContainer minWidth={720}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("clients.fields.name")}</Table.Th>
                  <Table.Th scope="col">{t("clients.fields.kind")}</Table.Th>
                  <Table.Th scope="col">{t("clients.fields.status")}</Table.Th>
                  <Table.Th scope="col">{t("clients.fields.tags")}</Table.Th>
                  <Table.Th scope="col">{t("clients.fields.lastSignal")}</Table.Th>
                  <Table.Th scope="col" aria-sort={byHealth ? "ascending" : "none"}>
                    <UnstyledButton
                      onClick={() => update({ sort: byHealth ? "" : "health" })}
                      title={t("health.sortHint")}
                      fw={700}
                      fz="sm"
                    >
                      {t("health.column")} {byHealth ? "▲" : "↕"}
                      <VisuallyHidden> — {t("health.sortBy")}</VisuallyHidden>
                    </UnstyledButton>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {clients.data.items.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={6}>
                      <Text c="dimmed">{t("clients.empty")}</Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                {clients.data.items.map((client) => (
                  <Table.Tr key={client.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/clients/${client.id}`} fw={600}>
                        {client.name}
                      </Anchor>
                      {client.doNotReengage && (
                        <Text size="xs" c="red.9">
                          {t("clients.fields.doNotReengage")}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <ClientKindBadge kind={client.kind} />
                    </Table.Td>
                    <Table.Td>
                      <ClientStatusBadge status={client.status} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {client.tags.map((tag) => (
                          <Badge key={tag} variant="outline" color="gray.7" tt="none">
                            {tag}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      {client.lastSignal ? (
                        <Group gap={6} wrap="nowrap">
                          <SignalKindBadge kind={SIGNAL_KINDS.find((k) => k === client.lastSignal?.kind) ?? "note"} />
                          <Text size="sm">{format.date(client.lastSignal.occurredOn)}</Text>
                        </Group>
                      ) : (
                        <Text size="sm" c="dimmed">
                          —
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <HealthScoreBadge health={client.health ?? null} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPagination pages={pages} page={filters.page} onChange={(page) => update({ page: String(page) })} />
        </>
      )}
    </Stack>
  );
}
