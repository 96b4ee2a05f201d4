/**
 * What clients owe: aging buckets (current, 1-30, 31-60, 61-90, over 90 days past due) in total and per client, days
 * sales outstanding, client credit, and the open invoices with their reminders and late interest. The totals are the
 * whole workspace's; the clients and the open invoices come a page at a time (each table its own pages, walked by the
 * cursors the API gives, back by the ones kept), with their counts.
 */
import { Alert, Anchor, Button, Card, Group, Loader, Stack, Table, Text, Title } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { problemMessage } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { usePageTitle } from "../use-page-title.ts";
import { ClientPaymentForm } from "./client-payment-form.tsx";
import { InvoiceCollectionPanel } from "./invoice-collection-panel.tsx";
import { type Aging, agingBuckets, invoicesApi } from "./invoices-api.ts";
import { invoiceKeys } from "./query-keys.ts";

/** Days sales outstanding, or null when there is no figure (the answer then says why instead). */
function dsoDays(dso: { days: number } | { reason: string }): number | null {
  return "reason" in dso ? null : dso.days;
}

/** The cursors of the pages walked so far in one table: the last is the page shown (undefined: the first). */
function useCursors() {
  const [cursors, setCursors] = useState<string[]>([]);
  return {
    current: cursors.at(-1),
    index: cursors.length,
    next: (cursor: string) => setCursors([...cursors, cursor]),
    previous: () => setCursors(cursors.slice(0, -1)),
  };
}

/** Previous and next under a table, with which rows of how many are shown; hidden when one page holds them all. */
function CursorPager({
  label,
  page,
  index,
  shown,
  onPrevious,
  onNext,
  testId,
}: {
  label: string;
  page: { count: number; limit: number; nextCursor: string | null };
  index: number;
  shown: number;
  onPrevious: () => void;
  onNext: (cursor: string) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (index === 0 && page.nextCursor === null) return null;
  const from = index * page.limit + 1;
  return (
    <Group component="nav" aria-label={label} justify="space-between" mt="sm" data-testid={testId}>
      <Text size="sm" c="dimmed">
        {t("receivables.pager.range", {
          from: format.number(Math.min(from, page.count)),
          to: format.number(Math.min(from + shown - 1, page.count)),
          total: format.number(page.count),
        })}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="compact-sm" disabled={index === 0} onClick={onPrevious}>
          {t("receivables.pager.previous")}
        </Button>
        <Button
          variant="default"
          size="compact-sm"
          disabled={page.nextCursor === null}
          onClick={() => page.nextCursor && onNext(page.nextCursor)}
        >
          {t("receivables.pager.next")}
        </Button>
      </Group>
    </Group>
  );
}

export function ReceivablesPage() {
  const { t } = useTranslation();
  usePageTitle(t("receivables.title"));
  const format = useFormat();
  const [open, setOpen] = useState<string | null>(null);
  const clientPages = useCursors();
  const invoicePages = useCursors();
  const query = {
    ...(clientPages.current ? { clientsCursor: clientPages.current } : {}),
    ...(invoicePages.current ? { invoicesCursor: invoicePages.current } : {}),
  };
  const receivables = useQuery({
    queryKey: invoiceKeys.receivables(query),
    queryFn: () => invoicesApi.receivables(query),
    // The page shown stays while the next one loads: the tables do not jump back to a loader.
    placeholderData: keepPreviousData,
  });

  if (receivables.isPending) return <Loader aria-label={t("common.loading")} />;
  if (receivables.isError) return <Alert color="red">{problemMessage(receivables.error, t)}</Alert>;
  const r = receivables.data;
  const money = (m: { amount: number; currency: string }) => format.money(m.amount, m.currency);
  const zero = { amount: 0, currency: r.currency };
  // Every balance is in the workspace's currency (an empty total comes back labelled CAD whatever the workspace).
  const bucket = (m: { amount: number }) => format.money(m.amount, r.currency);
  const bucketCells = (aging: Aging | null, testId: string) =>
    [...agingBuckets, "total" as const]
      .map((b) => ({ b, m: aging?.[b] ?? zero }))
      .map(({ b, m }) => (
        <Table.Td key={b} ta="right" data-testid={`${testId}-${b}`} fw={b === "total" ? 700 : undefined}>
          {m.amount === 0 ? (
            <Text span inherit c="dimmed">
              {bucket(m)}
            </Text>
          ) : (
            bucket(m)
          )}
        </Table.Td>
      ));
  const dso = (days: number | null) =>
    days === null
      ? "—"
      : t("receivables.days", { count: Math.round(days), value: format.number(Math.round(days * 10) / 10) });

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1}>{t("receivables.title")}</Title>
        <Button variant="default" component={Link} to="/invoices">
          {t("invoices.title")}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t("receivables.asOf", {
          date: format.date(r.asOf),
          from: format.date(r.dsoPeriod.from),
          to: format.date(r.dsoPeriod.to),
        })}
      </Text>

      <Card withBorder component="section" aria-labelledby="aging-title">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4" id="aging-title">
            {t("receivables.aging")}
          </Title>
          <Text size="sm" c="dimmed" data-testid="client-count">
            {t("receivables.clientCount", { count: r.clientPage.count })}
          </Text>
        </Group>
        <Table.ScrollContainer minWidth={900}>
          <Table striped className="table-key-column">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("receivables.client")}</Table.Th>
                {agingBuckets.map((b) => (
                  <Table.Th key={b} scope="col" ta="right">
                    {t(`receivables.buckets.${b}`)}
                  </Table.Th>
                ))}
                <Table.Th scope="col" ta="right">
                  {t("receivables.total")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("receivables.dso")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("receivables.credit")}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.clients.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={9}>
                    <Text c="dimmed">{t("receivables.empty")}</Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {r.clients.map((c) => (
                <Table.Tr key={c.clientId} data-testid="aging-client">
                  <Table.Th scope="row" fw={600}>
                    <Anchor component={Link} to={`/clients/${c.clientId}`}>
                      {c.name}
                    </Anchor>
                  </Table.Th>
                  {bucketCells(c.aging, "client")}
                  <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                    {dso(dsoDays(c.dso))}
                  </Table.Td>
                  <Table.Td ta="right">{c.credit.amount > 0 ? money(c.credit) : "—"}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr data-testid="aging-total">
                <Table.Th scope="row">{t("receivables.allClients")}</Table.Th>
                {bucketCells(r.total, "total")}
                <Table.Td ta="right" fw={700} style={{ whiteSpace: "nowrap" }}>
                  {dso(dsoDays(r.dso))}
                </Table.Td>
                <Table.Td />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
        <CursorPager
          label={t("receivables.pager.clients")}
          page={r.clientPage}
          index={clientPages.index}
          shown={r.clients.length}
          onPrevious={clientPages.previous}
          onNext={clientPages.next}
          testId="clients-pager"
        />
        {"periodDays" in r.dso && (
          <Text size="xs" c="dimmed" mt="xs">
            {t("receivables.dsoHint", { count: r.dso.periodDays })}
          </Text>
        )}
      </Card>

      <ClientPaymentForm asOf={r.asOf} currency={r.currency} payers={r.clients.filter((c) => c.aging !== null)} />

      <Card withBorder component="section" aria-labelledby="open-invoices-title">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4" id="open-invoices-title">
            {t("receivables.openInvoices")}
          </Title>
          <Text size="sm" c="dimmed" data-testid="invoice-count">
            {t("receivables.invoiceCount", { count: r.invoicePage.count })}
          </Text>
        </Group>
        {r.invoices.length === 0 ? (
          <Text c="dimmed">{t("receivables.noOpenInvoice")}</Text>
        ) : (
          <Table.ScrollContainer minWidth={860}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("invoices.fields.number")}</Table.Th>
                  <Table.Th scope="col">{t("receivables.client")}</Table.Th>
                  <Table.Th scope="col">{t("receivables.lateness")}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("receivables.balanceDue")}
                  </Table.Th>
                  <Table.Th scope="col">{t("receivables.nextReminder")}</Table.Th>
                  <Table.Th scope="col">{t("common.actions")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.invoices.map((i) => (
                  <Fragment key={i.id}>
                    <Table.Tr data-testid="open-invoice">
                      <Table.Td>
                        <Anchor component={Link} to={`/invoices/${i.id}`} ff="monospace" fw={600}>
                          {i.number}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{i.clientName}</Table.Td>
                      <Table.Td>
                        {i.daysPastDue > 0
                          ? t("receivables.daysLate", { count: i.daysPastDue })
                          : t("receivables.dueIn", { count: -i.daysPastDue })}{" "}
                        · {t(`receivables.buckets.${i.bucket}`)}
                      </Table.Td>
                      <Table.Td ta="right">{money(i.balanceDue)}</Table.Td>
                      <Table.Td data-testid="invoice-next-reminder">
                        {i.nextReminderOn ? format.date(i.nextReminderOn) : t("receivables.noReminder")}
                      </Table.Td>
                      <Table.Td>
                        <Button
                          variant="subtle"
                          size="compact-sm"
                          aria-expanded={open === i.id}
                          onClick={() => setOpen(open === i.id ? null : i.id)}
                        >
                          {t("receivables.collect", { number: i.number })}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                    {open === i.id && (
                      <Table.Tr>
                        <Table.Td colSpan={6}>
                          <InvoiceCollectionPanel invoiceId={i.id} headingLevel={3} />
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <CursorPager
          label={t("receivables.pager.invoices")}
          page={r.invoicePage}
          index={invoicePages.index}
          shown={r.invoices.length}
          onPrevious={invoicePages.previous}
          onNext={invoicePages.next}
          testId="invoices-pager"
        />
      </Card>
    </Stack>
  );
}
