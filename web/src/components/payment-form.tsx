/** Records a payment on an issued invoice: date, method, reference and amount (partial and several allowed). */
import { Button, Card, Group, NativeSelect, SimpleGrid, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Currency } from "../api-types.ts";
import {
  invoiceKeys,
  invoicesApi,
  numberOrEmpty,
  PAYMENT_METHODS,
  type PaymentMethod,
  todayIso,
} from "../invoices-api.ts";
import { notify } from "../notify.ts";
import { toMinor } from "../offers-api.ts";
import { useFieldErrors } from "../use-field-errors.ts";
import { minorUnitsPerMajor, useFormat } from "../use-format.ts";
import { NumberField } from "./number-field.tsx";

export function PaymentForm({
  invoiceId,
  currency,
  balance,
}: {
  invoiceId: string;
  currency: Currency;
  balance: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const perMajor = minorUnitsPerMajor(currency);
  const [date, setDate] = useState(todayIso());
  const [method, setMethod] = useState<PaymentMethod>("transfer");
  const [reference, setReference] = useState("");
  const [amount, setAmount] = useState<number | "">(balance > 0 ? balance / perMajor : "");
  const isKnown = useCallback((p: string) => ["date", "method", "reference", "amount"].includes(p), []);
  const { errors, show, clear, reset } = useFieldErrors(isKnown);

  const pay = useMutation({
    mutationFn: () =>
      invoicesApi.pay(invoiceId, {
        date,
        method,
        amount: toMinor(amount === "" ? 0 : amount, perMajor),
        ...(reference.trim() ? { reference: reference.trim() } : {}),
      }),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: invoiceKeys.all });
      const credit = result.clientCredit.amount;
      notify({
        message:
          credit > 0
            ? t("invoices.payments.recordedWithCredit", { credit: format.money(credit, currency) })
            : t("invoices.payments.recorded"),
      });
      setReference("");
      const left = result.invoice.balance?.balance.amount ?? 0;
      setAmount(left > 0 ? left / perMajor : "");
    },
    onError: show,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset();
    pay.mutate();
  };

  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby="payment-form-title" noValidate>
      <Title order={3} size="h5" id="payment-form-title" mb="xs">
        {t("invoices.payments.record")}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <TextInput
          label={t("invoices.payments.date")}
          type="date"
          required
          value={date}
          onChange={(e) => {
            setDate(e.currentTarget.value);
            clear("date");
          }}
          error={errors.date}
        />
        <NativeSelect
          label={t("invoices.payments.method")}
          value={method}
          onChange={(e) => setMethod(e.currentTarget.value as PaymentMethod)}
          data={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`invoices.payments.methods.${m}`) }))}
          error={errors.method}
        />
        <TextInput
          label={t("invoices.payments.reference")}
          value={reference}
          onChange={(e) => {
            setReference(e.currentTarget.value);
            clear("reference");
          }}
          error={errors.reference}
        />
        <NumberField
          kind="amount"
          decimals={perMajor === 1 ? 0 : 2}
          label={t("invoices.payments.amount", { currency })}
          required
          value={amount}
          onChange={(v) => {
            setAmount(numberOrEmpty(v));
            clear("amount");
          }}
          error={errors.amount}
        />
      </SimpleGrid>
      <Group justify="end" mt="sm">
        <Button type="submit" loading={pay.isPending}>
          {t("invoices.payments.submit")}
        </Button>
      </Group>
    </Card>
  );
}
