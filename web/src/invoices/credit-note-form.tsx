/**
 * A credit note on an issued invoice: everything still creditable, or part of one line (before tax; the API adds the
 * taxes of that line), always with a reason. It takes its own number and references the invoice.
 */
import { Button, Card, Group, NativeSelect, Radio, SimpleGrid, Stack, Text, Textarea, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Currency } from "../api-types.ts";
import { NumberField } from "../components/number-field.tsx";
import { notify } from "../notify.ts";
import { toMinor } from "../offers/offers-api.ts";
import { useFieldErrors } from "../use-field-errors.ts";
import { minorUnitsPerMajor, useFormat } from "../use-format.ts";
import { type InvoiceLine, invoicesApi, numberOrEmpty } from "./invoices-api.ts";
import { invoiceKeys } from "./query-keys.ts";

export function CreditNoteForm({
  invoiceId,
  currency,
  lines,
}: {
  invoiceId: string;
  currency: Currency;
  lines: InvoiceLine[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const perMajor = minorUnitsPerMajor(currency);
  const [kind, setKind] = useState<"full" | "partial">("full");
  const [reason, setReason] = useState("");
  const [lineIndex, setLineIndex] = useState("0");
  const [amount, setAmount] = useState<number | "">("");
  const isKnown = useCallback((p: string) => p === "reason" || p === "request" || p.startsWith("lines"), []);
  const { errors, show, clear, reset } = useFieldErrors(isKnown);

  const credit = useMutation({
    mutationFn: () =>
      invoicesApi.creditNote(invoiceId, {
        reason: reason.trim(),
        ...(kind === "partial"
          ? { lines: [{ lineIndex: Number(lineIndex), amount: toMinor(amount === "" ? 0 : amount, perMajor) }] }
          : {}),
      }),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: invoiceKeys.all });
      const extra = result.clientCredit.amount;
      notify({
        message: [
          t("invoices.creditNotes.issued", { number: result.creditNote.number }),
          extra > 0 ? t("invoices.clientCredit", { amount: format.money(extra, currency) }) : "",
        ]
          .filter(Boolean)
          .join(" "),
      });
      setReason("");
      setAmount("");
    },
    onError: show,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset();
    credit.mutate();
  };
  const amountError = errors.request ?? Object.entries(errors).find(([p]) => p.startsWith("lines"))?.[1];

  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby="credit-note-form-title" noValidate>
      <Title order={3} size="h5" id="credit-note-form-title" mb="xs">
        {t("invoices.creditNotes.create")}
      </Title>
      <Stack gap="sm">
        <Radio.Group
          label={t("invoices.creditNotes.kind")}
          value={kind}
          onChange={(v) => setKind(v === "partial" ? "partial" : "full")}
        >
          <Group mt={4}>
            <Radio value="full" label={t("invoices.creditNotes.full")} />
            <Radio value="partial" label={t("invoices.creditNotes.partial")} />
          </Group>
        </Radio.Group>
        {kind === "partial" && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t("invoices.creditNotes.line")}
              value={lineIndex}
              onChange={(e) => setLineIndex(e.currentTarget.value)}
              data={lines.map((l, i) => ({ value: String(i), label: `${i + 1}. ${l.description}` }))}
            />
            <NumberField
              kind="amount"
              decimals={perMajor === 1 ? 0 : 2}
              label={t("invoices.creditNotes.amount", { currency })}
              required
              value={amount}
              onChange={(v) => {
                setAmount(numberOrEmpty(v));
                clear("request");
              }}
              error={amountError}
            />
          </SimpleGrid>
        )}
        {kind === "full" && amountError && (
          <Text c="red.9" size="sm">
            {amountError}
          </Text>
        )}
        <Textarea
          label={t("invoices.creditNotes.reason")}
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            clear("reason");
          }}
          error={errors.reason}
        />
        <Group justify="end">
          <Button type="submit" variant="default" loading={credit.isPending}>
            {t("invoices.creditNotes.submit")}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
