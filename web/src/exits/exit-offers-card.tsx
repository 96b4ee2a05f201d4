/**
 * The offers an exit cancels, each with its deposit: the invoice lines that billed it, what was paid, and what happens
 * to it — credited by a credit note (and what was paid refunded), or kept against the costs incurred as the offer's
 * cancellation terms say. The choice is saved in the exit's options (`choices.deposits`).
 */
import { Anchor, Badge, Card, Group, List, NativeSelect, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../use-format.ts";
import { DEPOSIT_ACTIONS, type DepositExitAction, type Exit, type ExitChanges } from "./exit-api.ts";

export function ExitOffersCard({
  exit,
  readOnly,
  onChange,
}: {
  exit: Exit;
  readOnly: boolean;
  onChange: (changes: ExitChanges) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { plan, options } = exit;
  const money = (v: number) => format.money(v, plan.currency);
  const choices = options.choices ?? {};
  const depositChoice = (offerId: string, action: DepositExitAction) =>
    onChange({ options: { choices: { ...choices, deposits: { ...choices.deposits, [offerId]: action } } } });
  return (
    <Card withBorder component="section" aria-labelledby="offers-title">
      <Title order={2} size="h4" id="offers-title" mb="sm">
        {t("exit.offers.title")}
      </Title>
      {plan.offers.length === 0 ? (
        <Text c="dimmed">{t("exit.offers.none")}</Text>
      ) : (
        <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
          {plan.offers.map((o) => (
            <Stack component="li" key={o.id} gap={4} data-testid="exit-offer">
              <Group gap="xs">
                <Badge color="red.9">{t("exit.offers.cancel")}</Badge>
                <Anchor component={Link} to={`/offers/${o.id}`}>
                  {o.reference} · {o.title}
                </Anchor>
                <Text size="sm">
                  {t(`exit.offers.status.${o.status === "signed" ? "signed" : "open"}`, {
                    date: o.signedOn ? format.date(o.signedOn) : "",
                  })}{" "}
                  · {money(o.amount)}
                </Text>
              </Group>
              {o.deposit && (
                <Stack gap={4} pl="md" data-testid="exit-deposit">
                  <Text size="sm">
                    {t("money.exit.deposit", { invoiced: money(o.deposit.invoiced), paid: money(o.deposit.paid) })}
                  </Text>
                  <List size="sm">
                    {o.deposit.lines.map((l) => (
                      <List.Item key={`${l.invoiceId}:${l.position}`}>
                        <Anchor component={Link} to={`/invoices/${l.invoiceId}`}>
                          {t("money.exit.depositLine", { number: l.invoiceNumber, amount: money(l.amount) })}
                        </Anchor>
                      </List.Item>
                    ))}
                  </List>
                  <NativeSelect
                    label={t("money.exit.depositAction", { reference: o.reference })}
                    disabled={readOnly}
                    value={o.deposit.action}
                    onChange={(e) => depositChoice(o.id, e.currentTarget.value as DepositExitAction)}
                    data={DEPOSIT_ACTIONS.map((a) => ({ value: a, label: t(`money.exit.actions.${a}`) }))}
                    maw={460}
                  />
                  <Text size="sm" fw={600} data-testid="exit-deposit-outcome">
                    {o.deposit.action === "credit"
                      ? o.deposit.refund > 0
                        ? t("money.exit.creditedRefund", {
                            credit: money(o.deposit.creditNote),
                            refund: money(o.deposit.refund),
                          })
                        : t("money.exit.credited", { credit: money(o.deposit.creditNote) })
                      : t("money.exit.kept", { amount: money(o.deposit.invoiced) })}
                  </Text>
                  {o.deposit.action === "keep_against_costs" && (
                    <Text size="sm" c={o.deposit.cancellationConditions ? undefined : "orange.9"}>
                      {o.deposit.cancellationConditions
                        ? t("money.exit.terms", { terms: o.deposit.cancellationConditions })
                        : t("money.exit.noTerms")}
                    </Text>
                  )}
                </Stack>
              )}
            </Stack>
          ))}
        </Stack>
      )}
    </Card>
  );
}
