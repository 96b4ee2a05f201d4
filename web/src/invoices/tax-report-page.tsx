/**
 * Taxes collected over a period, for filing: GST, QST, HST and TVA per rate, net of credit notes; and the CSV exports
 * of invoices and payments for the same period.
 */
import { Alert, Anchor, Button, Card, Group, Loader, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { problemMessage } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { usePageTitle } from "../use-page-title.ts";
import { useTaxLabel } from "./invoice-document.tsx";
import { invoicesApi, todayIso } from "./invoices-api.ts";
import { invoiceKeys } from "./query-keys.ts";

/** The current calendar quarter, the usual filing period. */
function currentQuarter(): { from: string; to: string } {
  const today = todayIso();
  const year = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  const pad = (n: number) => String(n).padStart(2, "0");
  const last = new Date(Date.UTC(year, q * 3 + 3, 0)).getUTCDate();
  return { from: `${year}-${pad(q * 3 + 1)}-01`, to: `${year}-${pad(q * 3 + 3)}-${pad(last)}` };
}

export function TaxReportPage() {
  const { t } = useTranslation();
  usePageTitle(t("taxReport.title"));
  const format = useFormat();
  const taxLabel = useTaxLabel();
  const [params, setParams] = useSearchParams();
  const quarter = currentQuarter();
  const period = { from: params.get("from") ?? quarter.from, to: params.get("to") ?? quarter.to };
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const report = useQuery({
    queryKey: invoiceKeys.taxReport(period.from, period.to),
    queryFn: () => invoicesApi.taxReport(period.from, period.to),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams({ from, to }, { replace: true });
  };
  const money = (m: { amount: number; currency: string }) => format.money(m.amount, m.currency);

  return (
    <Stack gap="lg" maw={1100}>
      <Title order={1}>{t("taxReport.title")}</Title>
      <Group component="form" onSubmit={submit} align="end" aria-label={t("taxReport.period")}>
        <TextInput
          label={t("taxReport.from")}
          type="date"
          required
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
        <TextInput
          label={t("taxReport.to")}
          type="date"
          required
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
        />
        <Button type="submit">{t("taxReport.show")}</Button>
      </Group>
      {report.isPending && <Loader aria-label={t("common.loading")} />}
      {report.isError && <Alert color="red">{problemMessage(report.error, t)}</Alert>}
      {report.data && (
        <Card withBorder component="section" aria-labelledby="tax-report-title">
          <Title order={2} size="h4" id="tax-report-title" mb="sm">
            {t("taxReport.forPeriod", {
              from: format.date(report.data.period.from),
              to: format.date(report.data.period.to),
            })}
          </Title>
          {report.data.rows.length === 0 ? (
            <Text c="dimmed">{t("taxReport.empty")}</Text>
          ) : (
            <Table.ScrollContainer minWidth={820}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("taxReport.tax")}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t("taxReport.invoicedBase")}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t("taxReport.collected")}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t("taxReport.credited")}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t("taxReport.netBase")}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t("taxReport.netTax")}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.data.rows.map((row) => (
                    <Table.Tr
                      key={`${row.jurisdiction}-${row.taxCode}-${row.ratePpm}`}
                      data-testid={`tax-row-${row.taxCode}`}
                    >
                      <Table.Th scope="row" fw={600}>
                        {taxLabel(row)}
                        <Text size="xs" c="dimmed">
                          {t("taxReport.documents", {
                            invoices: t("taxReport.invoiceCount", { count: row.invoiceIds.length }),
                            creditNotes: t("taxReport.creditNoteCount", { count: row.creditNoteIds.length }),
                          })}
                        </Text>
                      </Table.Th>
                      <Table.Td ta="right">{money(row.invoicedBase)}</Table.Td>
                      <Table.Td ta="right">{money(row.collected)}</Table.Td>
                      <Table.Td ta="right">{row.credited.amount ? `−${money(row.credited)}` : "—"}</Table.Td>
                      <Table.Td ta="right">{money(row.netBase)}</Table.Td>
                      <Table.Td ta="right" fw={700}>
                        {money(row.netTax)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {Object.keys(report.data.netByTaxCode).length > 0 && (
            <Text mt="sm" fw={600} data-testid="net-by-tax">
              {t("taxReport.toRemit", {
                list: Object.entries(report.data.netByTaxCode)
                  .map(([code, m]) => `${t(`invoices.taxCodes.${code}`)} ${m ? money(m) : ""}`)
                  .join(" · "),
              })}
            </Text>
          )}
          <Text size="xs" c="dimmed" mt="xs">
            {t("taxReport.hint")}
          </Text>
        </Card>
      )}
      <Card withBorder component="section" aria-labelledby="exports-title">
        <Title order={2} size="h4" id="exports-title" mb="xs">
          {t("taxReport.exports")}
        </Title>
        <Group gap="lg">
          <Anchor href={invoicesApi.csvUrl("invoices", period)} download>
            {t("taxReport.invoicesCsv")}
          </Anchor>
          <Anchor href={invoicesApi.csvUrl("payments", period)} download>
            {t("taxReport.paymentsCsv")}
          </Anchor>
        </Group>
        <Text size="xs" c="dimmed" mt="xs">
          {t("taxReport.exportsHint", { from: format.date(period.from), to: format.date(period.to) })}
        </Text>
      </Card>
    </Stack>
  );
}
