/** The offers of the workspace, newest first, filtered by client and status. */
import { Anchor, Button, Group, Loader, NativeSelect, Stack, Table, Text, Title } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ClientPicker } from "../clients/client-picker.tsx";
import { ListPagination } from "../components/list-pagination.tsx";
import { usePermissions } from "../session.tsx";
import { problemMessage } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { useListParams } from "../use-list-params.ts";
import { usePageTitle } from "../use-page-title.ts";
import { OfferStatusBadge } from "./offer-status-badge.tsx";
import { offerStatuses, offersApi } from "./offers-api.ts";
import { offerKeys } from "./query-keys.ts";

const pageSize = 25;

export function OfferListPage() {
  const { t } = useTranslation();
  usePageTitle(t("offers.title"));
  const { canWrite } = usePermissions();
  const format = useFormat();
  const { filters, update } = useListParams(["clientId", "status"] as const);

  const offers = useQuery({
    queryKey: offerKeys.list({ ...filters, pageSize }),
    queryFn: () => offersApi.list({ ...filters, status: offerStatuses.find((s) => s === filters.status), pageSize }),
    placeholderData: keepPreviousData,
  });
  const pages = offers.data ? Math.max(1, Math.ceil(offers.data.total / pageSize)) : 1;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t("offers.title")}</Title>
        {canWrite && (
          <Button component={Link} to={filters.clientId ? `/offers/new?clientId=${filters.clientId}` : "/offers/new"}>
            {t("offers.new")}
          </Button>
        )}
      </Group>
      <Group align="end" role="search" aria-label={t("offers.filters.label")}>
        <ClientPicker
          label={t("offers.fields.client")}
          value={filters.clientId}
          onChange={(clientId) => update({ clientId })}
          emptyLabel={t("offers.filters.allClients")}
        />
        <NativeSelect
          label={t("offers.fields.status")}
          value={filters.status}
          onChange={(e) => update({ status: e.currentTarget.value })}
          data={[
            { value: "", label: t("offers.filters.allStatuses") },
            ...offerStatuses.map((s) => ({ value: s, label: t(`offers.status.${s}`) })),
          ]}
        />
      </Group>
      {offers.isPending && <Loader aria-label={t("common.loading")} />}
      {offers.isError && <Text c="red.9">{problemMessage(offers.error, t)}</Text>}
      {offers.data && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t("offers.count", { count: offers.data.total })}
          </Text>
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("offers.fields.number")}</Table.Th>
                  <Table.Th scope="col">{t("offers.fields.title")}</Table.Th>
                  <Table.Th scope="col">{t("offers.fields.client")}</Table.Th>
                  <Table.Th scope="col">{t("offers.fields.status")}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("offers.fields.total")}
                  </Table.Th>
                  <Table.Th scope="col">{t("offers.fields.date")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {offers.data.items.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={6}>
                      <Text c="dimmed">{t("offers.empty")}</Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                {offers.data.items.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {o.number || t("offers.draftNumber")}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t("offers.version", { version: o.version })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/offers/${o.id}`} fw={600}>
                        {o.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/clients/${o.clientId}`} size="sm">
                        {o.clientName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <OfferStatusBadge status={o.status} />
                    </Table.Td>
                    <Table.Td ta="right">{format.money(o.total, o.currency)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{format.instant(o.signedAt ?? o.sentAt ?? o.createdAt)}</Text>
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
