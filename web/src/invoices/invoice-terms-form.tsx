/**
 * A draft's terms and the buyer's identifiers: payment days, purchase order, the client's EU VAT number (which makes a
 * French invoice to an EU business « Autoliquidation »), SIREN and a reference; on a French invoice also the category
 * of the operation and the delivery address (2026 mentions). Saving re-determines the taxes.
 */
import { Button, Card, Group, NativeSelect, SimpleGrid, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { OPERATION_CATEGORIES, type OperationCategory } from "../../../src/domain/invoice/france-operation-mentions.ts";
import { NumberField } from "../components/number-field.tsx";
import { notify } from "../notify.ts";
import { useFieldErrors } from "../use-field-errors.ts";
import { type Invoice, invoicesApi } from "./invoices-api.ts";
import { invoiceKeys } from "./query-keys.ts";

export function InvoiceTermsForm({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { details } = invoice;
  const [paymentDays, setPaymentDays] = useState<number | "">(details.paymentDays);
  const [purchaseOrder, setPurchaseOrder] = useState(details.buyer.purchaseOrder ?? "");
  const [vatNumber, setVatNumber] = useState(details.buyer.vatNumber ?? "");
  const [siren, setSiren] = useState(details.buyer.siren ?? "");
  const [reference, setReference] = useState(details.reference ?? "");
  const [category, setCategory] = useState<OperationCategory>(details.operationCategory ?? "services");
  const [deliveryAddress, setDeliveryAddress] = useState(details.deliveryAddress ?? "");
  const french = details.regime.startsWith("fr_");
  const isKnown = useCallback(
    (p: string) =>
      [
        "paymentDays",
        "reference",
        "buyer.vatNumber",
        "buyer.siren",
        "buyer.purchaseOrder",
        "operationCategory",
        "deliveryAddress",
      ].includes(p),
    [],
  );
  const { errors, show, clear, reset } = useFieldErrors(isKnown);
  const save = useMutation({
    mutationFn: () =>
      invoicesApi.update(invoice.id, {
        paymentDays: paymentDays === "" ? details.paymentDays : paymentDays,
        reference: reference.trim(),
        buyer: {
          ...(vatNumber.trim() ? { vatNumber: vatNumber.trim() } : {}),
          ...(siren.trim() ? { siren: siren.trim() } : {}),
          ...(purchaseOrder.trim() ? { purchaseOrder: purchaseOrder.trim() } : {}),
        },
        ...(french ? { operationCategory: category, deliveryAddress: deliveryAddress.trim() } : {}),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: invoiceKeys.all });
      notify({ message: t("invoices.draft.saved") });
    },
    onError: show,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset();
    save.mutate();
  };
  const text = (label: string, value: string, set: (v: string) => void, path: string) => (
    <TextInput
      label={label}
      value={value}
      onChange={(e) => {
        set(e.currentTarget.value);
        clear(path);
      }}
      error={errors[path]}
    />
  );

  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby="invoice-terms-title" noValidate>
      <Title order={2} size="h4" id="invoice-terms-title" mb="xs">
        {t("invoices.terms.title")}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        <NumberField
          kind="integer"
          label={t("invoices.terms.paymentDays")}
          max={365}
          value={paymentDays}
          onChange={(v) => {
            setPaymentDays(typeof v === "number" ? v : "");
            clear("paymentDays");
          }}
          error={errors.paymentDays}
        />
        {text(t("invoices.terms.purchaseOrder"), purchaseOrder, setPurchaseOrder, "buyer.purchaseOrder")}
        {text(t("invoices.terms.reference"), reference, setReference, "reference")}
        {text(t("invoices.terms.vatNumber"), vatNumber, setVatNumber, "buyer.vatNumber")}
        {text(t("invoices.terms.siren"), siren, setSiren, "buyer.siren")}
        {french && (
          <NativeSelect
            label={t("invoices.terms.operationCategory")}
            value={category}
            onChange={(e) => {
              setCategory(e.currentTarget.value as OperationCategory);
              clear("operationCategory");
            }}
            data={OPERATION_CATEGORIES.map((c) => ({ value: c, label: t(`invoices.terms.categories.${c}`) }))}
            error={errors.operationCategory}
          />
        )}
        {french && text(t("invoices.terms.deliveryAddress"), deliveryAddress, setDeliveryAddress, "deliveryAddress")}
      </SimpleGrid>
      <Group justify="end" mt="sm">
        <Button type="submit" variant="default" loading={save.isPending}>
          {t("invoices.terms.save")}
        </Button>
      </Group>
    </Card>
  );
}
