/** The invoices and drafts of the workspace, newest first, filtered by client and status. */
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
import { InvoiceStatusBadge } from "./invoice-status-badge.tsx";
import { invoiceStatuses, invoicesApi } from "./invoices-api.ts";
import { invoiceKeys } from "./query-keys.ts";

const pageSize = 25;

export function InvoiceListPage() {
  const { t } = useTranslation();
  usePageTitle(t("invoices.title"));
  const { canWrite } = usePermissions();
  const format = useFormat();
  const { filters, update } = useListParams(["clientId", "status"] as const);

  const invoices = useQuery({
    queryKey: invoiceKeys.list({ ...filters, pageSize }),
    queryFn: () =>
      invoicesApi.list({ ...filters, status: invoiceStatuses.find((s) => s === filters.status), pageSize }),
    placeholderData: keepPreviousData,
  });
  const pages = invoices.data ? Math.max(1, Math.ceil(invoices.data.total / pageSize)) : 1;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t("invoices.title")}</Title>
        <Group gap="xs">
          <Button variant="default" component={Link} to="/receivables">
            {t("receivables.title")}
          </Button>
          <Button variant="default" component={Link} to="/reports/taxes">
            {t("taxReport.title")}
          </Button>
          {canWrite && (
            <Button
              component={Link}
              to={filters.clientId ? `/invoices/new?clientId=${filters.clientId}` : "/invoices/new"}
            >
              {t("invoices.new")}
            </Button>
          )}
        </Group>
      </Group>
      <Group align="end" role="search" aria-label={t("invoices.filters.label")}>
        <ClientPicker
          label={t("invoices.fields.client")}
          value={filters.clientId}
          onChange={(clientId) => update({ clientId })}
          emptyLabel={t("invoices.filters.allClients")}
        />
        <NativeSelect
          label={t("invoices.fields.status")}
          value={filters.status}
          onChange={(e) => update({ status: e.currentTarget.value })}
          data={[
            { value: "", label: t("invoices.filters.allStatuses") },
            ...invoiceStatuses.map((s) => ({ value: s, label: t(`invoices.status.${s}`) })),
          ]}
        />
      </Group>
      {invoices.isPending && <Loader aria-label={t("common.loading")} />}
      {invoices.isError && <Text c="red.9">{problemMessage(invoices.error, t)}</Text>}
      {invoices.data && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t("invoices.count", { count: invoices.data.total })}
          </Text>
          <Table.ScrollContainer minWidth={860}>
            <Table striped highlightOnHover className="table-key-column">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("invoices.fields.number")}</Table.Th>
                  <Table.Th scope="col">{t("invoices.fields.client")}</Table.Th>
                  <Table.Th scope="col">{t("invoices.fields.issueDate")}</Table.Th>
                  <Table.Th scope="col">{t("invoices.fields.dueDate")}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("invoices.fields.total")}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("invoices.fields.balance")}
                  </Table.Th>
                  <Table.Th scope="col">{t("invoices.fields.status")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {invoices.data.items.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={7}>
                      <Text c="dimmed">{t("invoices.empty")}</Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                {invoices.data.items.map((i) => (
                  <Table.Tr key={i.id} data-testid="invoice-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/invoices/${i.id}`} fw={600} ff="monospace">
                        {i.number ?? t("invoices.draftNumber")}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/clients/${i.clientId}`} size="sm">
                        {i.clientName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{i.issueDate ? format.date(i.issueDate) : "—"}</Table.Td>
                    <Table.Td>{i.dueDate ? format.date(i.dueDate) : "—"}</Table.Td>
                    <Table.Td ta="right">{format.money(i.total, i.currency)}</Table.Td>
                    <Table.Td ta="right">{i.status === "draft" ? "—" : format.money(i.balance, i.currency)}</Table.Td>
                    <Table.Td>
                      <InvoiceStatusBadge status={i.status} />
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
