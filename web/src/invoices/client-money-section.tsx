/**
 * A client's money: the total ledger (the sum of its mandates and of the lines linked to no mandate) and one row per
 * mandate with the same figures as the mandate page, so a figure read on one screen is found on the other.
 */
import { Alert, Anchor, Box, Card, Loader, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { problemMessage } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { type MoneyLedger, moneyApi } from "./money-api.ts";
import { LEDGER_ROWS, LedgerFigures } from "./money-ledger-figures.tsx";
import { moneyKeys } from "./query-keys.ts";

export function ClientMoneySection({ clientId, currency }: { clientId: string; currency: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useQuery({ queryKey: moneyKeys.client(clientId), queryFn: () => moneyApi.client(clientId) });
  const d = money.data;
  const hasOther = d ? LEDGER_ROWS.some((k) => d.other[k] !== 0) : false;
  const cells = (ledger: MoneyLedger, cur: string, testId?: string) =>
    LEDGER_ROWS.map((key) => (
      <Table.Td key={key} ta="right" style={{ whiteSpace: "nowrap" }} data-testid={testId && `${testId}-${key}`}>
        {format.money(ledger[key], cur)}
      </Table.Td>
    ));
  return (
    <Card withBorder component="section" aria-labelledby="client-money-title" data-testid="client-money">
      <Title order={2} size="h4" id="client-money-title" mb="sm">
        {t("money.client.title")}
      </Title>
      {money.isPending && <Loader aria-label={t("common.loading")} />}
      {money.isError && <Alert color="red">{problemMessage(money.error, t)}</Alert>}
      {d && (
        <Stack gap="md">
          <Box maw={560}>
            <LedgerFigures
              ledger={d.total}
              currency={currency}
              caption={t("money.client.total")}
              testId="client-money"
            />
          </Box>
          <Table.ScrollContainer minWidth={900}>
            {d.mandates.length === 0 ? (
              <Text c="dimmed">{t("money.client.noMandate")}</Text>
            ) : (
              <Table withTableBorder aria-label={t("money.client.byMandate")}>
                <Table.Caption>{t("money.ledger.caption")}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col" miw={220}>
                      {t("money.client.mandate")}
                    </Table.Th>
                    {LEDGER_ROWS.map((key) => (
                      <Table.Th key={key} scope="col" ta="right">
                        {t(`money.ledger.short.${key}`)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.mandates.map((m) => (
                    <Table.Tr key={m.mandateId} data-testid="client-money-mandate">
                      <Table.Th scope="row" fw={400}>
                        <Anchor component={Link} to={`/mandates/${m.mandateId}`}>
                          {m.offerNumber} · {m.title}
                        </Anchor>
                      </Table.Th>
                      {cells(m.ledger, m.currency)}
                    </Table.Tr>
                  ))}
                  {hasOther && (
                    <Table.Tr>
                      <Table.Th scope="row" fw={400}>
                        {t("money.client.other")}
                      </Table.Th>
                      {cells(d.other, currency)}
                    </Table.Tr>
                  )}
                </Table.Tbody>
              </Table>
            )}
          </Table.ScrollContainer>
        </Stack>
      )}
    </Card>
  );
}
