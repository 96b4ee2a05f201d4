/** The fields of a payment — date, method, reference and amount — shared by the invoice's and the client's forms. */
import { NativeSelect, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Currency } from "../api-types.ts";
import { NumberField } from "../components/number-field.tsx";
import { minorUnitsPerMajor } from "../use-format.ts";
import { numberOrEmpty, PAYMENT_METHODS, type PaymentMethod } from "./invoices-api.ts";

export interface PaymentValues {
  date: string;
  method: PaymentMethod;
  reference: string;
  amount: number | "";
}

export function PaymentFields({
  values,
  onChange,
  currency,
  errors,
  clear,
}: {
  values: PaymentValues;
  onChange: (next: PaymentValues) => void;
  currency: Currency;
  errors: Record<string, string | undefined>;
  clear: (path: string) => void;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof PaymentValues>(key: K, value: PaymentValues[K]) => {
    onChange({ ...values, [key]: value });
    clear(key);
  };
  return (
    <>
      <TextInput
        label={t("invoices.payments.date")}
        type="date"
        required
        value={values.date}
        onChange={(e) => set("date", e.currentTarget.value)}
        error={errors.date}
      />
      <NativeSelect
        label={t("invoices.payments.method")}
        value={values.method}
        onChange={(e) => set("method", e.currentTarget.value as PaymentMethod)}
        data={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`invoices.payments.methods.${m}`) }))}
        error={errors.method}
      />
      <TextInput
        label={t("invoices.payments.reference")}
        value={values.reference}
        onChange={(e) => set("reference", e.currentTarget.value)}
        error={errors.reference}
      />
      <NumberField
        kind="amount"
        decimals={minorUnitsPerMajor(currency) === 1 ? 0 : 2}
        label={t("invoices.payments.amount", { currency })}
        required
        value={values.amount}
        onChange={(v) => set("amount", numberOrEmpty(v))}
        error={errors.amount}
      />
    </>
  );
}
