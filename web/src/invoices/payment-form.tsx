/** Records a payment on an issued invoice: date, method, reference and amount (partial and several allowed). */
import { Button, Card, Group, SimpleGrid, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Currency } from "../api-types.ts";
import { notify } from "../notify.ts";
import { toMinor } from "../offers/offers-api.ts";
import { useFieldErrors } from "../use-field-errors.ts";
import { minorUnitsPerMajor, useFormat } from "../use-format.ts";
import { invoicesApi, todayIso } from "./invoices-api.ts";
import { PaymentFields, type PaymentValues } from "./payment-fields.tsx";
import { invoiceKeys } from "./query-keys.ts";

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
  const [payment, setPayment] = useState<PaymentValues>({
    date: todayIso(),
    method: "transfer",
    reference: "",
    amount: balance > 0 ? balance / perMajor : "",
  });
  const isKnown = useCallback((p: string) => ["date", "method", "reference", "amount"].includes(p), []);
  const { errors, show, clear, reset } = useFieldErrors(isKnown);

  const pay = useMutation({
    mutationFn: () =>
      invoicesApi.pay(invoiceId, {
        date: payment.date,
        method: payment.method,
        amount: toMinor(payment.amount === "" ? 0 : payment.amount, perMajor),
        ...(payment.reference.trim() ? { reference: payment.reference.trim() } : {}),
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
      const left = "balance" in result.invoice ? result.invoice.balance.balance.amount : 0;
      setPayment({ ...payment, reference: "", amount: left > 0 ? left / perMajor : "" });
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
        <PaymentFields values={payment} onChange={setPayment} currency={currency} errors={errors} clear={clear} />
      </SimpleGrid>
      <Group justify="end" mt="sm">
        <Button type="submit" loading={pay.isPending}>
          {t("invoices.payments.submit")}
        </Button>
      </Group>
    </Card>
  );
}
