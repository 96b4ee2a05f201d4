/**
 * The plan of an exit: dates, each open offer (cancelled), each mandate (stop now, finish the milestone, hand over)
 * with its C.c.Q. 2129 settlement, each unpaid invoice (collect, payment plan, write off), the totals and the handover
 * checklist with its dates. Each choice is sent at once; the server re-prepares the plan and the checks.
 */
import {
  Anchor,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { minorUnitsPerMajor, useFormat } from "../use-format.ts";
import {
  type Exit,
  type ExitChanges,
  type HandoverKey,
  INVOICE_ACTIONS,
  type InvoiceAction,
  inLanguage,
  MANDATE_ACTIONS,
  type MandateAction,
} from "./exit-api.ts";
import { ExpensesInput, HandoverDate, isDate } from "./exit-inputs.tsx";
import { ExitOffersCard } from "./exit-offers-card.tsx";

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

export function ExitPlanForm({
  exit,
  readOnly,
  onChange,
}: {
  exit: Exit;
  readOnly: boolean;
  onChange: (changes: ExitChanges) => void;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { plan, options } = exit;
  const money = (v: number) => format.money(v, plan.currency);
  const [notice, setNotice] = useState(plan.noticeDate);
  const [effective, setEffective] = useState(plan.effectiveDate);
  const choices = options.choices ?? {};
  const mandatesChoice = (id: string, action: MandateAction) =>
    onChange({ options: { choices: { ...choices, mandates: { ...choices.mandates, [id]: action } } } });
  const invoicesChoice = (id: string, action: InvoiceAction) =>
    onChange({ options: { choices: { ...choices, invoices: { ...choices.invoices, [id]: action } } } });
  const expenses = (id: string, minor: number) =>
    onChange({ options: { choices: { ...choices, expenses: { ...choices.expenses, [id]: minor } } } });
  const handover = (key: HandoverKey, change: { applicable?: boolean; dueDate?: string }) =>
    onChange({
      options: {
        handover: plan.handover.map((h) => ({
          key: h.key,
          applicable: h.applicable,
          dueDate: h.dueDate,
          ...(h.notes ? { notes: h.notes } : {}),
          ...(h.key === key ? change : {}),
        })),
      },
    });

  return (
    <Stack gap="md">
      <Card withBorder component="section" aria-labelledby="dates-title">
        <Title order={2} size="h4" id="dates-title" mb="sm">
          {t("exit.dates.title")}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            type="date"
            label={t("exit.dates.notice")}
            value={notice}
            disabled={readOnly}
            onChange={(e) => setNotice(e.currentTarget.value)}
            onBlur={() => isDate(notice) && notice !== plan.noticeDate && onChange({ noticeDate: notice })}
          />
          <TextInput
            type="date"
            label={t("exit.dates.effective")}
            value={effective}
            disabled={readOnly}
            onChange={(e) => setEffective(e.currentTarget.value)}
            onBlur={() =>
              isDate(effective) && effective !== plan.effectiveDate && onChange({ effectiveDate: effective })
            }
          />
          <dl style={{ margin: 0 }}>
            <Fact label={t("exit.dates.noticeDays")}>{t("exit.dates.days", { count: plan.noticeDays })}</Fact>
          </dl>
        </SimpleGrid>
      </Card>

      <ExitOffersCard exit={exit} readOnly={readOnly} onChange={onChange} />

      <Card withBorder component="section" aria-labelledby="mandates-title">
        <Title order={2} size="h4" id="mandates-title" mb="sm">
          {t("exit.mandates.title")}
        </Title>
        {plan.mandates.length === 0 && <Text c="dimmed">{t("exit.mandates.none")}</Text>}
        <Stack gap="md">
          {plan.mandates.map((m) => (
            <Stack key={m.mandateId} gap="xs" data-testid="exit-mandate">
              <Anchor component={Link} to={`/mandates/${m.mandateId}`} fw={600}>
                {m.reference} · {m.title}
              </Anchor>
              <NativeSelect
                label={t("exit.mandates.action", { title: m.title })}
                disabled={readOnly}
                value={m.action}
                onChange={(e) => mandatesChoice(m.mandateId, e.currentTarget.value as MandateAction)}
                data={MANDATE_ACTIONS.filter((a) => a !== "finish_milestone" || m.nextMilestone).map((a) => ({
                  value: a,
                  label: t(`exit.mandates.actions.${a}`, { milestone: m.nextMilestone?.title ?? "" }),
                }))}
                maw={420}
              />
              <ExpensesInput
                key={`${m.mandateId}:${m.settlement.expenses}`}
                label={t("exit.mandates.expenses", { title: m.title, currency: plan.currency })}
                value={m.settlement.expenses / minorUnitsPerMajor(plan.currency)}
                disabled={readOnly}
                separators={format.separators}
                onSave={(major) => expenses(m.mandateId, Math.round(major * minorUnitsPerMajor(plan.currency)))}
              />
              <Text size="sm">
                {t("exit.mandates.delivered", { items: m.delivered.join(", ") || "—" })}
                <br />
                {t("exit.mandates.toDeliver", { items: m.toDeliver.join(", ") || "—" })}
                <br />
                {t("exit.mandates.notDelivered", { items: m.notDelivered.join(", ") || "—" })}
              </Text>
              <Table withTableBorder maw={560} aria-label={t("exit.settlement.label", { title: m.title })}>
                <Table.Caption>{t("exit.settlement.caption")}</Table.Caption>
                <Table.Tbody>
                  {(
                    [
                      ["workValue", m.settlement.workValue],
                      ["expenses", m.settlement.expenses],
                      ["usablePropertyValue", m.settlement.usablePropertyValue],
                      ["earned", m.settlement.earned],
                      ["invoicedToDate", m.settlement.invoicedToDate],
                      ["receivedToDate", m.settlement.receivedToDate],
                      ["finalInvoiceAmount", m.settlement.finalInvoiceAmount],
                      ["creditNoteAmount", m.settlement.creditNoteAmount],
                      ["refundAmount", m.settlement.refundAmount],
                    ] as const
                  ).map(([key, value]) => (
                    <Table.Tr key={key}>
                      <Table.Th scope="row" fw={key === "finalInvoiceAmount" ? 700 : 400}>
                        {t(`exit.settlement.${key}`)}
                      </Table.Th>
                      <Table.Td ta="right" fw={key === "finalInvoiceAmount" ? 700 : 400}>
                        {money(value)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          ))}
        </Stack>
      </Card>

      <Card withBorder component="section" aria-labelledby="invoices-title">
        <Title order={2} size="h4" id="invoices-title" mb="sm">
          {t("exit.invoices.title")}
        </Title>
        {plan.invoices.length === 0 && <Text c="dimmed">{t("exit.invoices.none")}</Text>}
        <Stack gap="xs">
          {plan.invoices.map((inv) => (
            <Group key={inv.id} gap="md" align="end" data-testid="exit-invoice">
              <Stack gap={0} miw={260}>
                <Anchor component={Link} to={`/invoices/${inv.id}`} fw={600}>
                  {t("exit.invoices.number", { number: inv.number })}
                </Anchor>
                <Text size="sm">
                  {t("exit.invoices.balance", { balance: money(inv.balance), due: format.date(inv.dueDate) })}
                </Text>
              </Stack>
              {inv.action === "credit" ? (
                // Set by the plan, not by the user: the invoice only bills a deposit the exit credits.
                <Text size="sm" fw={600} c="grape.9" maw={320} data-testid="exit-invoice-credited">
                  {t("money.exit.invoiceCredited")}
                </Text>
              ) : (
                <NativeSelect
                  label={t("exit.invoices.action", { number: inv.number })}
                  disabled={readOnly}
                  value={inv.action}
                  onChange={(e) => invoicesChoice(inv.id, e.currentTarget.value as InvoiceAction)}
                  data={INVOICE_ACTIONS.map((a) => ({ value: a, label: t(`exit.invoices.actions.${a}`) }))}
                />
              )}
            </Group>
          ))}
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2, xl: 3 }} component="dl" mt="md" mb={0}>
          <Fact label={t("money.exit.outstanding")}>
            <span data-testid="exit-outstanding">{money(plan.totals.outstanding)}</span>
          </Fact>
          <Fact label={t("exit.totals.finalInvoice")}>
            <span data-testid="final-invoice-total">{money(plan.totals.finalInvoice)}</span>
          </Fact>
          <Fact label={t("exit.totals.creditNote")}>{money(plan.totals.creditNote)}</Fact>
          <Fact label={t("exit.totals.refund")}>{money(plan.totals.refund)}</Fact>
          <Fact label={t("exit.totals.cancelledOffers")}>{money(plan.totals.cancelledOffers)}</Fact>
          {plan.totals.depositCredit > 0 && (
            <Fact label={t("money.exit.depositCredit")}>{money(plan.totals.depositCredit)}</Fact>
          )}
          {plan.totals.depositRefund > 0 && (
            <Fact label={t("money.exit.depositRefund")}>{money(plan.totals.depositRefund)}</Fact>
          )}
        </SimpleGrid>
      </Card>

      <Card withBorder component="section" aria-labelledby="handover-title">
        <Title order={2} size="h4" id="handover-title">
          {t("exit.handover.title")}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t("exit.handover.hint")}
        </Text>
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
          {plan.handover.map((h) => {
            const label = inLanguage(h.label, i18n.language);
            return (
              <Group component="li" key={h.key} gap="md" align="end" wrap="wrap">
                <Checkbox
                  label={label}
                  checked={h.applicable}
                  disabled={readOnly}
                  onChange={(e) => handover(h.key, { applicable: e.currentTarget.checked })}
                  miw={320}
                  style={{ flex: 1 }}
                />
                <HandoverDate
                  key={`${h.key}:${h.dueDate}`}
                  label={t("exit.handover.due", { item: label })}
                  value={h.dueDate}
                  disabled={readOnly || !h.applicable}
                  onSave={(dueDate) => handover(h.key, { dueDate })}
                />
              </Group>
            );
          })}
        </Stack>
      </Card>
    </Stack>
  );
}
