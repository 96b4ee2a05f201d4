/** On a client's page: its invoices, what it owes (aging and client credit), and a button for a new invoice. */
import { Anchor, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePermissions } from "../session.tsx";
import { problemMessage } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { InvoiceStatusBadge } from "./invoice-status-badge.tsx";
import { invoicesApi } from "./invoices-api.ts";
import { invoiceKeys } from "./query-keys.ts";

export function InvoiceClientSection({ clientId, open = true }: { clientId: string; open?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { canWrite } = usePermissions();
  const invoices = useQuery({
    queryKey: invoiceKeys.list({ clientId, pageSize: 50 }),
    queryFn: () => invoicesApi.list({ clientId, pageSize: 50 }),
  });
  // Its totals and its one row: one open invoice is all this section needs of the list.
  const receivables = useQuery({
    queryKey: invoiceKeys.receivables({ clientId, limit: 1 }),
    queryFn: () => invoicesApi.receivables({ clientId, limit: 1 }),
  });
  const mine = receivables.data?.clients.find((c) => c.clientId === clientId);
  const owed =
    mine?.aging?.total ?? (receivables.data ? { amount: 0, currency: receivables.data.currency } : undefined);
  const overdue = mine?.aging ? mine.aging.total.amount - mine.aging.current.amount : 0;

  return (
    <Card withBorder component="section" aria-labelledby="client-invoices-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="client-invoices-title">
          {t("invoices.title")}
        </Title>
        {canWrite && open && (
          <Button size="compact-sm" component={Link} to={`/invoices/new?clientId=${clientId}`}>
            {t("invoices.new")}
          </Button>
        )}
      </Group>
      {owed && (
        <Text mb="xs" data-testid="client-balance">
          {t("invoices.client.owes", { amount: format.money(owed.amount, owed.currency) })}
          {overdue > 0 && ` ${t("invoices.client.overdue", { amount: format.money(overdue, owed.currency) })}`}
          {mine &&
            mine.credit.amount > 0 &&
            ` ${t("invoices.clientCredit", { amount: format.money(mine.credit.amount, mine.credit.currency) })}`}
        </Text>
      )}
      {invoices.isError && <Text c="red.9">{problemMessage(invoices.error, t)}</Text>}
      {invoices.data?.items.length === 0 && <Text c="dimmed">{t("invoices.emptyForClient")}</Text>}
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: "none" }}>
        {invoices.data?.items.map((i) => (
          <Group component="li" key={i.id} justify="space-between" wrap="nowrap" gap="xs">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Anchor component={Link} to={`/invoices/${i.id}`} fw={600} ff="monospace">
                {i.number ?? t("invoices.draftNumber")}
              </Anchor>
              <Text size="xs" c="dimmed">
                {[
                  i.issueDate ? format.date(i.issueDate) : null,
                  format.money(i.total, i.currency),
                  i.status !== "draft" && i.balance > 0
                    ? t("invoices.client.balance", { amount: format.money(i.balance, i.currency) })
                    : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </Text>
            </Stack>
            <InvoiceStatusBadge status={i.status} />
          </Group>
        ))}
      </Stack>
      <Anchor component={Link} to={`/invoices?clientId=${clientId}`} size="sm" mt="xs" display="inline-block">
        {t("invoices.client.all")}
      </Anchor>
    </Card>
  );
}
