/**
 * An invoice as the client sees it through the portal link, in the invoice's language: status, amount due and due
 * date, the PDF, how to pay with the reference to quote, the payments received and the credit notes.
 */
import { Alert, Anchor, Button, Card, Code, Group, List, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { type InvoicePortalView, invoiceSendingApi } from "../invoices/invoices-api.ts";
import { formatCalendarDate, formatMoney } from "../use-format.ts";
import { usePortalLocale } from "./portal-language.tsx";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} fw={600}>
        {children}
      </Text>
    </div>
  );
}

export function PortalInvoiceView({ token, view }: { token: string; view: InvoicePortalView }) {
  const locale = usePortalLocale(view.language);
  const { t } = useTranslation(undefined, { lng: locale });
  const money = (minor: number) => formatMoney(minor, view.currency, locale);
  const date = (d: string) => formatCalendarDate(d, locale);
  const settled = view.balanceDue <= 0;
  return (
    <Stack gap="xl" lang={locale} data-testid="portal-invoice">
      <Group justify="space-between" align="start">
        <Title order={1}>{t("invoiceSending.portal.title", { number: view.number })}</Title>
        <Button component="a" href={invoiceSendingApi.portalPdfUrl(token)} target="_blank" rel="noopener">
          {t("invoiceSending.portal.pdf")}
        </Button>
      </Group>
      <Alert color={settled ? "teal" : "blue"} variant="light" data-testid="portal-invoice-status">
        {t(`invoiceSending.portal.status.${view.status}`)}
      </Alert>
      <Card withBorder>
        <SimpleGrid cols={{ base: 2, sm: 4 }} component="dl" m={0}>
          <Fact label={t("invoiceSending.portal.issued")}>{date(view.issueDate)}</Fact>
          <Fact label={t("invoiceSending.portal.due")}>{date(view.dueDate)}</Fact>
          <Fact label={t("invoiceSending.portal.total")}>{money(view.total)}</Fact>
          <Fact label={t("invoiceSending.portal.balanceDue")}>
            <span data-testid="portal-balance">{money(view.balanceDue)}</span>
          </Fact>
        </SimpleGrid>
      </Card>
      {!settled && (
        <Card withBorder component="section" aria-labelledby="portal-how-to-pay">
          <Title order={2} size="h4" id="portal-how-to-pay" mb="xs">
            {t("invoiceSending.portal.howToPay")}
          </Title>
          {view.paymentInstructionLines.length > 1 ? (
            <List spacing={4}>
              {view.paymentInstructionLines.slice(0, -1).map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          ) : (
            <Text c="dimmed">{t("invoiceSending.portal.noInstructions")}</Text>
          )}
          <Text mt="sm">
            {t("invoiceSending.portal.reference")} <Code fz="md">{view.paymentReference}</Code>
          </Text>
        </Card>
      )}
      <Card withBorder component="section" aria-labelledby="portal-payments">
        <Title order={2} size="h4" id="portal-payments" mb="xs">
          {t("invoiceSending.portal.payments")}
        </Title>
        {view.payments.length === 0 ? (
          <Text c="dimmed">{t("invoiceSending.portal.noPayments")}</Text>
        ) : (
          <Table>
            <Table.Tbody>
              {view.payments.map((p) => (
                <Table.Tr key={p.id} data-testid="portal-payment">
                  <Table.Td>{date(p.date)}</Table.Td>
                  <Table.Td ta="right">{money(p.amount)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {view.creditNotes.length > 0 && (
          <Stack gap={4} mt="sm">
            {view.creditNotes.map((n) => (
              <Text key={n.id} size="sm">
                {t("invoiceSending.portal.creditNote", {
                  number: n.number,
                  date: date(n.date),
                  amount: money(n.total),
                })}{" "}
                <Anchor href={invoiceSendingApi.portalPdfUrl(token, n.id)} target="_blank" rel="noopener">
                  PDF
                </Anchor>
              </Text>
            ))}
          </Stack>
        )}
      </Card>
    </Stack>
  );
}
