/**
 * The draft change order, editable before it is sent: each line's hours and price (hours × rate, or a fixed amount)
 * with its amount, the total, the new delivery date proposed from the team's capacity and the delay in days. Amounts,
 * total and delay come from the domain (`change-order-totals.ts`), the same functions the server and the PDF use.
 */
import { Alert, Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  changeOrderItemAmount,
  changeOrderTotals,
  delayForDeliveryDate,
  lacksRate,
} from "../../../src/domain/change-order/change-order-totals.ts";
import { MoneyInput } from "../components/money-input.tsx";
import { NumberField } from "../components/number-field.tsx";
import { notify } from "../notify.ts";
import { notifyError, useFieldErrors } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { type ChangeOrder, type ChangeOrderRecord, type ChangeOrderUpdate, scopeApi } from "./scope-api.ts";

type Line = ChangeOrderUpdate["items"][number];
type LineForm = Omit<Line, "hours" | "price"> & { hours: number | ""; kind: "hourly" | "fixed"; money: number | "" };

const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

function toForm(co: Pick<ChangeOrderRecord, "content">): { lines: LineForm[]; date: string; delay: number | "" } {
  return {
    lines: co.content.items.map(({ id, title, description, hours, price }) => ({
      id,
      title,
      description,
      hours,
      kind: price.kind,
      money: price.kind === "hourly" ? price.hourlyRate : price.amount,
    })),
    date: co.content.proposedDeliveryDate,
    delay: co.content.scheduleImpactDays,
  };
}

function toLine(l: LineForm): Line {
  const money = l.money === "" ? 0 : l.money;
  return {
    id: l.id,
    title: l.title,
    description: l.description,
    hours: l.hours === "" ? 0 : l.hours,
    price: l.kind === "hourly" ? { kind: "hourly", hourlyRate: money } : { kind: "fixed", amount: money },
  };
}

interface Props {
  co: ChangeOrder;
  onSaved: (next: ChangeOrderRecord) => void;
  /** Told whether the form holds changes not saved yet (sending waits for them). */
  onDirtyChange: (dirty: boolean) => void;
}

export function ChangeOrderEditor({ co, onSaved, onDirtyChange }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const currency = co.content.currency;
  const [form, setForm] = useState(() => toForm(co));
  const [proposedFrom, setProposedFrom] = useState<number>();
  const { errors, show, clear } = useFieldErrors(
    (path) =>
      /^items\.\d+\.(hours|price)/.test(path) || path === "proposedDeliveryDate" || path === "scheduleImpactDays",
  );
  const lines = form.lines.map(toLine);
  const totals = changeOrderTotals({ items: lines, currency });
  const body: ChangeOrderUpdate = {
    title: co.content.title,
    reason: co.content.reason,
    requester: co.content.requester,
    items: lines,
    proposedDeliveryDate: form.date,
    scheduleImpactDays: form.delay === "" ? 0 : form.delay,
  };
  const dirty = JSON.stringify(toForm(co)) !== JSON.stringify(form);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const setLine = (index: number, patch: Partial<LineForm>, path: string) => {
    setForm((f) => ({ ...f, lines: f.lines.map((l, i) => (i === index ? { ...l, ...patch } : l)) }));
    clear(`items.${index}.${path}`);
  };
  const setDate = (date: string) => {
    setForm((f) => ({
      ...f,
      date,
      delay:
        isDate(date) && isDate(f.date)
          ? delayForDeliveryDate(
              { proposedDeliveryDate: f.date, scheduleImpactDays: f.delay === "" ? 0 : f.delay },
              date,
            )
          : f.delay,
    }));
    clear("proposedDeliveryDate");
  };

  const save = useMutation({
    mutationFn: () => scopeApi.updateChangeOrder(co.id, body),
    onSuccess: (next) => {
      onSaved(next);
      setForm(toForm(next));
      notify({ message: t("changeOrders.editor.saved", { number: next.number }) });
    },
    onError: show,
  });
  const propose = useMutation({
    mutationFn: () => scopeApi.deliveryProposal(co.id, totals.hours),
    onSuccess: (p) => {
      setForm((f) => ({ ...f, date: p.proposedDeliveryDate, delay: p.scheduleImpactDays }));
      setProposedFrom(totals.hours);
    },
    onError: (error) => notifyError(error, t),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const rate = co.suggestedRate;

  return (
    <form onSubmit={submit} noValidate aria-label={t("changeOrders.editor.title")}>
      <Stack gap="md">
        <Title order={2} size="h3">
          {t("changeOrders.editor.title")}
        </Title>
        {rate &&
          (rate.hourlyRate > 0 ? (
            <Text size="sm" c="dimmed">
              {t(`changeOrders.editor.suggestedRate.${rate.source}`, { rate: format.money(rate.hourlyRate, currency) })}
            </Text>
          ) : (
            <Alert color="orange" title={t("changeOrders.editor.noRateTitle")}>
              {t("changeOrders.editor.noRate")}
            </Alert>
          ))}
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("changeOrders.fields.item")}</Table.Th>
                <Table.Th scope="col">{t("changeOrders.fields.hours")}</Table.Th>
                <Table.Th scope="col">{t("changeOrders.editor.pricing")}</Table.Th>
                <Table.Th scope="col">{t("changeOrders.editor.rateOrAmount", { currency })}</Table.Th>
                <Table.Th scope="col" ta="end">
                  {t("changeOrders.fields.amount")}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {form.lines.map((l, i) => {
                const line = lines[i]!;
                const priceError = errors[`items.${i}.price.hourlyRate`] ?? errors[`items.${i}.price.amount`];
                return (
                  <Table.Tr key={l.id} data-testid="change-order-line">
                    <Table.Td>
                      <Text fw={600}>{l.title}</Text>
                    </Table.Td>
                    <Table.Td>
                      <NumberField
                        kind="hours"
                        aria-label={t("changeOrders.editor.hoursOf", { title: l.title })}
                        value={l.hours}
                        onChange={(v) => setLine(i, { hours: typeof v === "number" ? v : "" }, "hours")}
                        error={errors[`items.${i}.hours`]}
                        w={100}
                      />
                    </Table.Td>
                    <Table.Td>
                      <NativeSelect
                        aria-label={t("changeOrders.editor.pricingOf", { title: l.title })}
                        miw={150}
                        value={l.kind}
                        onChange={(e) =>
                          setLine(i, { kind: e.currentTarget.value === "fixed" ? "fixed" : "hourly" }, "price")
                        }
                        data={[
                          { value: "hourly", label: t("changeOrders.editor.kind.hourly") },
                          { value: "fixed", label: t("changeOrders.editor.kind.fixed") },
                        ]}
                      />
                    </Table.Td>
                    <Table.Td>
                      <MoneyInput
                        aria-label={t(
                          l.kind === "hourly" ? "changeOrders.editor.rateOf" : "changeOrders.editor.amountOf",
                          { title: l.title },
                        )}
                        currency={currency}
                        value={l.money}
                        onChange={(money) => setLine(i, { money }, "price")}
                        error={priceError}
                        w={140}
                      />
                    </Table.Td>
                    <Table.Td ta="end" aria-live="polite" data-testid="line-amount">
                      {lacksRate(line) ? (
                        <Text c="orange.9" fw={600} size="sm">
                          {t("changeOrders.rateToSet")}
                        </Text>
                      ) : (
                        format.money(changeOrderItemAmount(line), currency)
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row" colSpan={4}>
                  {t("changeOrders.fields.total")} · {format.number(totals.hours)} h
                </Table.Th>
                <Table.Td ta="end" fw={700} aria-live="polite" data-testid="change-order-total">
                  {format.money(totals.total, currency)}
                </Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>

        <Group align="end" gap="md">
          <TextInput
            type="date"
            label={t("changeOrders.fields.proposedDeliveryDate")}
            value={form.date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={errors.proposedDeliveryDate}
          />
          <NumberField
            kind="integer"
            label={t("changeOrders.editor.delay")}
            description={form.delay === "" ? undefined : t("changeOrders.days", { count: form.delay })}
            max={3650}
            value={form.delay}
            onChange={(v) => {
              setForm((f) => ({ ...f, delay: typeof v === "number" ? v : "" }));
              clear("scheduleImpactDays");
            }}
            error={errors.scheduleImpactDays}
            w={180}
          />
          <Button variant="default" onClick={() => propose.mutate()} loading={propose.isPending}>
            {t("changeOrders.editor.propose")}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {proposedFrom === undefined
            ? t("changeOrders.editor.proposalHelp")
            : t("changeOrders.editor.proposed", { hours: format.number(proposedFrom) })}
        </Text>
        <Group>
          <Button type="submit" loading={save.isPending} disabled={!dirty}>
            {t("changeOrders.editor.save")}
          </Button>
          {dirty && (
            <Text size="sm" c="dimmed">
              {t("changeOrders.editor.unsaved")}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
