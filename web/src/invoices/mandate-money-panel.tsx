/**
 * A mandate's money: its ledger (signed, earned with its basis, invoiced, credited, paid, outstanding, unbilled), the
 * % complete a fixed price is earned by — set by the studio with a note, or measured from the checklist — and the way
 * to invoice what is earned: a signed fixed price's progress or balance, or an hourly mandate's billable time.
 */
import { Alert, Button, Card, Group, Loader, Stack, Text, Textarea, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { NumberField } from "../components/number-field.tsx";
import { notify } from "../notify.ts";
import { notifyError, problemMessage, useFieldErrors } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { numberOrEmpty } from "./invoices-api.ts";
import { invoiceOfferHref, invoiceTimeHref, type MandateMoney, moneyApi } from "./money-api.ts";
import { LedgerFigures } from "./money-ledger-figures.tsx";
import { moneyKeys, workChangedKeys } from "./query-keys.ts";

/** What the work done rests on: the % complete and its basis, or the billable hours at the agreed rate. */
export function useEarnedBasis() {
  const { t } = useTranslation();
  const format = useFormat();
  return (m: MandateMoney): string => {
    const money = (v: number) => format.money(v, m.currency);
    if (m.work.method === "hours") {
      const hours = format.number(Math.round((m.billableMinutes / 60) * 100) / 100);
      const base =
        m.agreedHourlyRate !== undefined
          ? t("money.basis.hours", { hours, rate: money(m.agreedHourlyRate) })
          : t("money.basis.hoursLogged", { hours });
      return m.work.overCap > 0 ? `${base} ${t("money.basis.overCap", { amount: money(m.work.overCap) })}` : base;
    }
    const percent = format.number(m.progress.doneBps / 100);
    if (m.progress.basis === "set_by_user")
      return t("money.basis.set_by_user", { percent, note: m.progress.note ?? "" });
    return t(`money.basis.${m.progress.basis}`, {
      percent,
      count: m.progress.itemsDone,
      total: m.progress.itemsTotal,
    });
  };
}

export function MandateMoneyPanel({
  mandateId,
  canWrite,
  open,
}: {
  mandateId: string;
  canWrite: boolean;
  open: boolean;
}) {
  const { t } = useTranslation();
  const money = useQuery({ queryKey: moneyKeys.mandate(mandateId), queryFn: () => moneyApi.mandate(mandateId) });
  const basis = useEarnedBasis();
  const [editing, setEditing] = useState(false);
  return (
    <Card withBorder component="section" aria-labelledby="money-title" data-testid="mandate-money">
      <Title order={2} size="h4" id="money-title" mb="sm">
        {t("money.mandate.title")}
      </Title>
      {money.isPending && <Loader aria-label={t("common.loading")} />}
      {money.isError && <Alert color="red">{problemMessage(money.error, t)}</Alert>}
      {money.data && (
        <Stack gap="sm">
          <LedgerFigures
            ledger={money.data.ledger}
            currency={money.data.currency}
            caption={t("money.mandate.title")}
            testId="mandate-money"
            under={{ earned: basis(money.data) }}
          />
          {canWrite && money.data.work.method === "progress" && (
            <ProgressControls m={money.data} editing={editing} setEditing={setEditing} open={open} />
          )}
          {canWrite && !editing && <InvoiceActions m={money.data} />}
        </Stack>
      )}
    </Card>
  );
}

function InvoiceActions({ m }: { m: MandateMoney }) {
  const { t } = useTranslation();
  const format = useFormat();
  const owed = m.ledger.netInvoiced + m.ledger.inDrafts;
  if (m.work.method === "hours")
    return m.ledger.unbilled > 0 ? (
      <Group>
        <Button component={Link} to={invoiceTimeHref(m)}>
          {t("money.mandate.invoiceTime")}
        </Button>
      </Group>
    ) : null;
  if (owed >= m.work.signed)
    return (
      <Text size="sm" c="dimmed">
        {t("money.mandate.fullyBilled")}
      </Text>
    );
  const complete = m.progress.doneBps >= 10_000 || m.status === "delivered" || m.status === "accepted";
  const progressWorth = m.ledger.unbilled > 0 && m.progress.doneBps > 0 && m.progress.doneBps < 10_000;
  return (
    <Group gap="xs">
      {progressWorth && (
        <Button component={Link} to={invoiceOfferHref(m, "progress")} variant={complete ? "default" : "filled"}>
          {t("money.mandate.invoiceProgress", { percent: format.number(m.progress.doneBps / 100) })}
        </Button>
      )}
      <Button component={Link} to={invoiceOfferHref(m, "balance")} variant={complete ? "filled" : "default"}>
        {t("money.mandate.invoiceBalance")}
      </Button>
    </Group>
  );
}

function ProgressControls({
  m,
  editing,
  setEditing,
  open,
}: {
  m: MandateMoney;
  editing: boolean;
  setEditing: (on: boolean) => void;
  open: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const saved = (next: MandateMoney) => {
    queryClient.setQueryData(moneyKeys.mandate(m.mandateId), next);
    for (const queryKey of workChangedKeys) void queryClient.invalidateQueries({ queryKey });
  };
  const clear = useMutation({
    mutationFn: () => moneyApi.clearProgress(m.mandateId),
    onSuccess: (next) => {
      saved(next);
      notify({ message: t("money.progress.cleared") });
    },
    onError: (error) => notifyError(error, t),
  });
  if (editing)
    return (
      <ProgressForm
        m={m}
        onDone={(next) => {
          saved(next);
          setEditing(false);
          notify({ message: t("money.progress.saved") });
        }}
        onClose={() => setEditing(false)}
      />
    );
  if (!open && m.progress.basis !== "set_by_user") return null;
  return (
    <Group gap="xs">
      <Button variant="default" size="compact-sm" onClick={() => setEditing(true)}>
        {t("money.progress.set")}
      </Button>
      {m.progress.basis === "set_by_user" && (
        <Button variant="subtle" size="compact-sm" loading={clear.isPending} onClick={() => clear.mutate()}>
          {t("money.progress.clear")}
        </Button>
      )}
    </Group>
  );
}

function ProgressForm({
  m,
  onDone,
  onClose,
}: {
  m: MandateMoney;
  onDone: (next: MandateMoney) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [percent, setPercent] = useState<number | "">(m.progress.doneBps / 100);
  const [note, setNote] = useState(m.progress.basis === "set_by_user" ? (m.progress.note ?? "") : "");
  const { errors, show, clear } = useFieldErrors((p) => p === "percent" || p === "note");
  const save = useMutation({
    mutationFn: () => moneyApi.setProgress(m.mandateId, { percent: percent === "" ? -1 : percent, note }),
    onSuccess: onDone,
    onError: show,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t("money.progress.set")}>
      <Stack gap="xs">
        <NumberField
          kind="percent"
          label={t("money.progress.percent")}
          description={t("money.progress.percentHint")}
          required
          max={100}
          maw={200}
          data-autofocus
          value={percent}
          onChange={(v) => {
            setPercent(numberOrEmpty(v));
            clear("percent");
          }}
          error={errors.percent}
        />
        <Textarea
          label={t("money.progress.note")}
          required
          autosize
          minRows={2}
          value={note}
          onChange={(e) => {
            setNote(e.currentTarget.value);
            clear("note");
          }}
          error={errors.note}
        />
        <Group gap="xs">
          <Button type="submit" loading={save.isPending}>
            {t("money.progress.save")}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
