/**
 * What clients owe: aging buckets (current, 1-30, 31-60, 61-90, over 90 days past due) per client and in total, days
 * sales outstanding per client, client credit, and each open invoice with its reminders and late interest.
 */
import { Alert, Anchor, Button, Card, Group, Loader, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
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

export function ReceivablesPage() {
  const { t } = useTranslation();
  usePageTitle(t("receivables.title"));
  const format = useFormat();
  const [open, setOpen] = useState<string | null>(null);
  const receivables = useQuery({ queryKey: invoiceKeys.receivables({}), queryFn: () => invoicesApi.receivables() });

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
  const clientName = (id: string) => r.clients.find((c) => c.clientId === id)?.name ?? "";

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
        <Title order={2} size="h4" id="aging-title" mb="sm">
          {t("receivables.aging")}
        </Title>
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
        {"periodDays" in r.dso && (
          <Text size="xs" c="dimmed" mt="xs">
            {t("receivables.dsoHint", { count: r.dso.periodDays })}
          </Text>
        )}
      </Card>

      <ClientPaymentForm receivables={r} />

      <Card withBorder component="section" aria-labelledby="open-invoices-title">
        <Title order={2} size="h4" id="open-invoices-title" mb="sm">
          {t("receivables.openInvoices")}
        </Title>
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
                      <Table.Td>{clientName(i.clientId)}</Table.Td>
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
      </Card>
    </Stack>
  );
}
