/**
 * One payment from a client spread over several of its open invoices, from the receivables page: date, method,
 * reference and amount, then how much goes to each invoice — typed, or spread the earliest due first by the same rule
 * the server applies when none is given (`allocatePayment`); what is left becomes the client's credit. The payer is one
 * of the owing clients of the page shown, or any client found by the client search; its open invoices are read for it
 * alone (`clientId`), every page of them.
 */
import { Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { addDays } from "../../../src/domain/calendar-date.ts";
import { allocatePayment } from "../../../src/domain/invoice/payment-allocation.ts";
import type { Currency } from "../api-types.ts";
import { ClientPicker } from "../clients/client-picker.tsx";
import { NumberField } from "../components/number-field.tsx";
import { notify } from "../notify.ts";
import { toMinor } from "../offers/offers-api.ts";
import { useFieldErrors } from "../use-field-errors.ts";
import { minorUnitsPerMajor, useFormat } from "../use-format.ts";
import { invoicesApi, numberOrEmpty, todayIso } from "./invoices-api.ts";
import { PaymentFields, type PaymentValues } from "./payment-fields.tsx";
import { invoiceKeys } from "./query-keys.ts";

/** A client the payment can come from. */
interface Payer {
  clientId: string;
  name: string;
}

export function ClientPaymentForm({
  asOf,
  currency: currencyCode,
  payers,
}: {
  asOf: string;
  currency: string;
  /** The owing clients of the page shown: offered first, before any search. */
  payers: readonly Payer[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const currency = currencyCode as Currency;
  const perMajor = minorUnitsPerMajor(currency);
  const [clientId, setClientId] = useState("");
  const open = useQuery({
    queryKey: invoiceKeys.receivables({ clientId, all: true }),
    queryFn: () => invoicesApi.openInvoicesOf(clientId),
    enabled: clientId !== "",
  });
  const [payment, setPayment] = useState<PaymentValues>({
    date: todayIso(),
    method: "transfer",
    reference: "",
    amount: "",
  });
  const { amount } = payment;
  const [shares, setShares] = useState<Record<string, number | "">>({});
  const isKnown = useCallback(
    (p: string) => ["date", "method", "reference", "amount", "allocations"].includes(p) || p.startsWith("allocations."),
    [],
  );
  const { errors, show, clear, reset } = useFieldErrors(isKnown);
  const invoices = clientId === "" ? [] : (open.data ?? []);
  const minor = (v: number | "") => toMinor(v === "" ? 0 : v, perMajor);
  const allocated = invoices.reduce((sum, i) => sum + minor(shares[i.id] ?? ""), 0);
  const typed = invoices.some((i) => (shares[i.id] ?? "") !== "");
  // The allocations sent (and so the indexes of the server's field errors): the invoices given an amount.
  const sent = invoices.filter((i) => minor(shares[i.id] ?? "") > 0).map((i) => i.id);

  const spread = () => {
    const { allocations } = allocatePayment({
      amount: Math.max(minor(amount), 1),
      invoices: invoices.map((i) => ({
        id: i.id,
        number: i.number,
        dueDate: addDays(asOf, -i.daysPastDue),
        balance: i.balanceDue.amount,
      })),
    });
    setShares(Object.fromEntries(allocations.map((a) => [a.invoiceId, a.amount / perMajor])));
  };

  const pay = useMutation({
    mutationFn: () =>
      invoicesApi.payClient(clientId, {
        date: payment.date,
        method: payment.method,
        amount: minor(amount),
        ...(payment.reference.trim() ? { reference: payment.reference.trim() } : {}),
        ...(typed
          ? {
              allocations: sent.map((id) => ({ invoiceId: id, amount: minor(shares[id] ?? "") })),
            }
          : {}),
      }),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: invoiceKeys.all });
      const recorded = t("receivables.payment.recorded", { count: result.payments.length });
      notify({
        message:
          result.credit.amount > 0
            ? `${recorded} ${t("receivables.payment.credit", { credit: format.money(result.credit.amount, currency) })}`
            : recorded,
      });
      setPayment({ ...payment, amount: "", reference: "" });
      setShares({});
    },
    onError: show,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset();
    pay.mutate();
  };

  if (payers.length === 0 && clientId === "") return null;
  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby="client-payment-title" noValidate>
      <Title order={2} size="h4" id="client-payment-title" mb="xs">
        {t("receivables.payment.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("receivables.payment.hint")}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 5 }}>
        <ClientPicker
          label={t("receivables.payment.client")}
          required
          value={clientId}
          onChange={(id) => {
            setClientId(id);
            setShares({});
          }}
          emptyLabel={t("receivables.payment.chooseClient")}
          offered={payers.map((p) => ({ id: p.clientId, name: p.name }))}
          search={{
            label: t("receivables.paymentSearch.label"),
            description: t("receivables.paymentSearch.description"),
          }}
        />
        <PaymentFields values={payment} onChange={setPayment} currency={currency} errors={errors} clear={clear} />
      </SimpleGrid>
      {clientId !== "" && open.isPending && <Loader size="sm" mt="md" aria-label={t("common.loading")} />}
      {clientId !== "" && open.data?.length === 0 && (
        <Text size="sm" mt="md" data-testid="payer-nothing-open">
          {t("receivables.paymentSearch.noOpenInvoice")}
        </Text>
      )}
      {invoices.length > 0 && (
        <Stack gap="xs" mt="md">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            {invoices.map((i) => (
              <NumberField
                key={i.id}
                kind="amount"
                decimals={perMajor === 1 ? 0 : 2}
                label={t("receivables.payment.allocation", { number: i.number, currency })}
                description={t("receivables.payment.balance", { amount: format.money(i.balanceDue.amount, currency) })}
                value={shares[i.id] ?? ""}
                onChange={(v) => {
                  setShares({ ...shares, [i.id]: numberOrEmpty(v) });
                  clear(`allocations.${sent.indexOf(i.id)}.amount`);
                  clear("allocations");
                }}
                error={
                  errors[`allocations.${sent.indexOf(i.id)}.amount`] ??
                  errors[`allocations.${sent.indexOf(i.id)}.invoiceId`]
                }
                data-testid="allocation"
              />
            ))}
          </SimpleGrid>
          <Group gap="xs">
            <Button variant="default" size="compact-sm" onClick={spread} disabled={amount === ""}>
              {t("receivables.payment.spread")}
            </Button>
            {typed && (
              <Button variant="subtle" size="compact-sm" onClick={() => setShares({})}>
                {t("receivables.payment.clear")}
              </Button>
            )}
            {typed && amount !== "" && (
              <Text size="sm" data-testid="unallocated">
                {t("receivables.payment.unallocated", { amount: format.money(minor(amount) - allocated, currency) })}
              </Text>
            )}
          </Group>
          {errors.allocations && (
            <Text size="sm" c="red.9">
              {errors.allocations}
            </Text>
          )}
        </Stack>
      )}
      <Group justify="end" mt="sm">
        <Button type="submit" loading={pay.isPending} disabled={!clientId}>
          {t("receivables.payment.submit")}
        </Button>
      </Group>
    </Card>
  );
}
