/**
 * A new recurring invoice for a client: its name, how often (from an anchor date, with an optional end), whether each
 * period's invoice waits as a draft or is issued and sent, and its lines — or a retainer's hours per month at a rate.
 */
import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Currency } from "../api-types.ts";
import { todayIso } from "../invoices-api.ts";
import { notify } from "../notify.ts";
import { toMinor } from "../offers-api.ts";
import {
  RECURRING_FREQUENCIES,
  RECURRING_MODES,
  type RecurringFrequency,
  type RecurringMode,
  recurringApi,
  recurringKeys,
} from "../recurring-api.ts";
import { useFieldErrors } from "../use-field-errors.ts";
import { minorUnitsPerMajor } from "../use-format.ts";
import { NumberField } from "./number-field.tsx";

interface LineValues {
  description: string;
  quantity: number | "";
  unitPrice: number | "";
}

const emptyLine = (): LineValues => ({ description: "", quantity: 1, unitPrice: "" });

export function RecurringForm(props: { clientId: string; currency: Currency; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const perMajor = minorUnitsPerMajor(props.currency);
  const [name, setName] = useState("");
  const [frequency, setFrequency] = useState<RecurringFrequency>("monthly");
  const [anchorDate, setAnchorDate] = useState(todayIso());
  const [endDate, setEndDate] = useState("");
  const [mode, setMode] = useState<RecurringMode>("draft");
  const [lines, setLines] = useState<LineValues[]>([emptyLine()]);
  const [isRetainer, setRetainer] = useState(false);
  const [hours, setHours] = useState<number | "">("");
  const [rate, setRate] = useState<number | "">("");
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

  const create = useMutation({
    mutationFn: () =>
      recurringApi.create({
        clientId: props.clientId,
        name: name.trim(),
        frequency,
        anchorDate,
        endDate: endDate || null,
        mode,
        lines: typed.map((l) => ({
          description: l.description.trim(),
          quantityMilli: Math.round((l.quantity === "" ? 0 : l.quantity) * 1000),
          unitPrice: toMinor(l.unitPrice === "" ? 0 : l.unitPrice, perMajor),
        })),
        ...(isRetainer
          ? {
              retainer: {
                minutesPerPeriod: Math.round((hours === "" ? 0 : hours) * 60),
                hourlyRate: toMinor(rate === "" ? 0 : rate, perMajor),
              },
            }
          : {}),
      }),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: recurringKeys.all });
      notify({ message: t("recurring.created", { name: created.name }) });
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
    <Stack component="form" onSubmit={submit} gap="sm" aria-label={t("recurring.new")}>
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
        />
        <TextInput
          type="date"
          label={t("recurring.form.anchorDate")}
          description={t("recurring.form.anchorHelp")}
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
              <Button variant="subtle" color="red.9" onClick={() => setLines((all) => all.filter((_, j) => j !== i))}>
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
          {t("recurring.form.create")}
        </Button>
      </Group>
    </Stack>
  );
}
