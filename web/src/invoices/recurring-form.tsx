/**
 * A recurring invoice for a client, new or edited: its name, how often (from an anchor date, with an optional end),
 * whether each period's invoice waits as a draft or is issued and sent, and its lines — or a retainer's hours per
 * month at a rate. Once a period was invoiced, its anchor and frequency no longer change (the server says so too).
 */
import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Currency } from "../api-types.ts";
import { NumberField } from "../components/number-field.tsx";
import { notify } from "../notify.ts";
import { toMinor } from "../offers/offers-api.ts";
import { useFieldErrors } from "../use-field-errors.ts";
import { minorUnitsPerMajor } from "../use-format.ts";
import { todayIso } from "./invoices-api.ts";
import { recurringKeys } from "./query-keys.ts";
import {
  RECURRING_FREQUENCIES,
  RECURRING_MODES,
  type RecurringFrequency,
  type RecurringInvoice,
  type RecurringMode,
  recurringApi,
} from "./recurring-api.ts";

interface LineValues {
  description: string;
  quantity: number | "";
  unitPrice: number | "";
}

const emptyLine = (): LineValues => ({ description: "", quantity: 1, unitPrice: "" });

export function RecurringForm(props: {
  clientId: string;
  currency: Currency;
  onDone: () => void;
  /** The template being edited; absent: a new one. */
  editing?: RecurringInvoice;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const perMajor = minorUnitsPerMajor(props.currency);
  const was = props.editing;
  const [name, setName] = useState(was?.name ?? "");
  const [frequency, setFrequency] = useState<RecurringFrequency>(was?.frequency ?? "monthly");
  const [anchorDate, setAnchorDate] = useState(was?.anchorDate ?? todayIso());
  const [endDate, setEndDate] = useState(was?.endDate ?? "");
  const [mode, setMode] = useState<RecurringMode>(was?.mode ?? "draft");
  const [lines, setLines] = useState<LineValues[]>(
    was?.lines.length
      ? was.lines.map((l) => ({
          description: l.description,
          quantity: l.quantityMilli / 1000,
          unitPrice: l.unitPrice / perMajor,
        }))
      : [emptyLine()],
  );
  const [isRetainer, setRetainer] = useState(Boolean(was?.retainer));
  const [hours, setHours] = useState<number | "">(was?.retainer ? was.retainer.minutesPerPeriod / 60 : "");
  const [rate, setRate] = useState<number | "">(was?.retainer ? was.retainer.hourlyRate / perMajor : "");
  /** Anchor and frequency say which period is which: fixed once one was invoiced. */
  const fixedRule = (was?.runs.length ?? 0) > 0;
  const isKnown = useCallback(
    (p: string) =>
      ["name", "frequency", "anchorDate", "endDate", "mode", "lines"].includes(p) ||
      p.startsWith("lines.") ||
      p.startsWith("retainer"),
    [],
  );
  const { errors, show, reset } = useFieldErrors(isKnown);
  const err = (path: string) => errors[path];
  const setLine = (i: number, patch: Partial<LineValues>) =>
    setLines((all) => all.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const typed = lines.filter((l) => l.description.trim() || l.unitPrice !== "");

  const body = () => ({
    name: name.trim(),
    ...(fixedRule ? {} : { frequency, anchorDate }),
    endDate: endDate || null,
    mode,
    lines: typed.map((l) => ({
      description: l.description.trim(),
      quantityMilli: Math.round((l.quantity === "" ? 0 : l.quantity) * 1000),
      unitPrice: toMinor(l.unitPrice === "" ? 0 : l.unitPrice, perMajor),
    })),
    retainer: isRetainer
      ? {
          minutesPerPeriod: Math.round((hours === "" ? 0 : hours) * 60),
          hourlyRate: toMinor(rate === "" ? 0 : rate, perMajor),
        }
      : null,
  });

  const create = useMutation({
    mutationFn: () =>
      was
        ? recurringApi.update(was.id, body())
        : recurringApi.create({ clientId: props.clientId, frequency, anchorDate, ...body() }),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: recurringKeys.all });
      notify({ message: t(was ? "recurring.saved" : "recurring.created", { name: saved.name }) });
      reset();
      props.onDone();
    },
    onError: show,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };

  return (
    <Stack
      component="form"
      onSubmit={submit}
      gap="sm"
      aria-label={was ? t("recurring.editTitle", { name: was.name }) : t("recurring.new")}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t("recurring.form.name")}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={err("name")}
          required
        />
        <NativeSelect
          label={t("recurring.form.frequency")}
          value={frequency}
          onChange={(e) => setFrequency(e.currentTarget.value as RecurringFrequency)}
          data={RECURRING_FREQUENCIES.map((f) => ({ value: f, label: t(`recurring.frequency.${f}`) }))}
          error={err("frequency")}
          disabled={fixedRule}
        />
        <TextInput
          type="date"
          label={t("recurring.form.anchorDate")}
          description={t(fixedRule ? "recurring.form.anchorFixed" : "recurring.form.anchorHelp")}
          disabled={fixedRule}
          value={anchorDate}
          onChange={(e) => setAnchorDate(e.currentTarget.value)}
          error={err("anchorDate")}
          required
        />
        <TextInput
          type="date"
          label={t("recurring.form.endDate")}
          description={t("recurring.form.endHelp")}
          value={endDate}
          onChange={(e) => setEndDate(e.currentTarget.value)}
          error={err("endDate")}
        />
        <NativeSelect
          label={t("recurring.form.mode")}
          value={mode}
          onChange={(e) => setMode(e.currentTarget.value as RecurringMode)}
          data={RECURRING_MODES.map((m) => ({ value: m, label: t(`recurring.mode.${m}`) }))}
          error={err("mode")}
        />
      </SimpleGrid>
      <Checkbox
        label={t("recurring.form.retainer")}
        checked={isRetainer}
        onChange={(e) => {
          setRetainer(e.currentTarget.checked);
          if (e.currentTarget.checked) setFrequency("monthly");
        }}
      />
      {isRetainer && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberField
            kind="hours"
            label={t("recurring.form.hoursPerMonth")}
            value={hours}
            onChange={setHours}
            error={err("retainer.minutesPerPeriod") ?? err("retainer")}
            required
          />
          <NumberField
            kind="amount"
            label={t("recurring.form.hourlyRate")}
            value={rate}
            onChange={setRate}
            error={err("retainer.hourlyRate")}
            required
          />
        </SimpleGrid>
      )}
      <Stack gap="xs" role="group" aria-label={t("recurring.form.lines")}>
        {lines.map((l, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id until saved; their order is their identity
          <Group key={i} align="flex-end" wrap="wrap" gap="xs">
            <TextInput
              style={{ flex: "2 1 14rem" }}
              label={t("recurring.form.description")}
              value={l.description}
              onChange={(e) => setLine(i, { description: e.currentTarget.value })}
              error={err(`lines.${i}.description`) ?? (i === 0 ? err("lines") : undefined)}
            />
            <NumberField
              style={{ flex: "1 1 6rem" }}
              kind="quantity"
              label={t("recurring.form.quantity")}
              value={l.quantity}
              onChange={(v) => setLine(i, { quantity: v })}
              error={err(`lines.${i}.quantityMilli`)}
            />
            <NumberField
              style={{ flex: "1 1 8rem" }}
              kind="amount"
              label={t("recurring.form.unitPrice")}
              value={l.unitPrice}
              onChange={(v) => setLine(i, { unitPrice: v })}
              error={err(`lines.${i}.unitPrice`)}
            />
            {lines.length > 1 && (
              <Button variant="subtle" color="red" onClick={() => setLines((all) => all.filter((_, j) => j !== i))}>
                {t("recurring.form.removeLine")}
              </Button>
            )}
          </Group>
        ))}
        <Group>
          <Button variant="light" size="compact-sm" onClick={() => setLines((all) => [...all, emptyLine()])}>
            {t("recurring.form.addLine")}
          </Button>
        </Group>
      </Stack>
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onDone}>
          {t("recurring.form.cancel")}
        </Button>
        <Button type="submit" loading={create.isPending}>
          {t(was ? "recurring.form.save" : "recurring.form.create")}
        </Button>
      </Group>
    </Stack>
  );
}
