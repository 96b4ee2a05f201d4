/** Writes off the unpaid balance of an issued invoice as a bad debt, with a reason; asks once for confirmation. */
import { Button, Card, Group, Text, Textarea, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { notify } from "../notify.ts";
import { useFieldErrors } from "../use-field-errors.ts";
import { invoicesApi } from "./invoices-api.ts";
import { invoiceKeys } from "./query-keys.ts";

export function InvoiceWriteOffForm({ invoiceId, balance }: { invoiceId: string; balance: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState("");
  const [confirming, setConfirming] = useState(false);
  const isKnown = useCallback((p: string) => p === "reason", []);
  const { errors, show, clear, reset } = useFieldErrors(isKnown);
  const writeOff = useMutation({
    mutationFn: () => invoicesApi.writeOff(invoiceId, reason.trim()),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: invoiceKeys.all });
      notify({ message: t("invoices.writeOff.done") });
    },
    onError: (error) => {
      setConfirming(false);
      show(error);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset();
    if (!confirming) {
      setConfirming(true);
      return;
    }
    writeOff.mutate();
  };
  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby="write-off-title" noValidate>
      <Title order={3} size="h5" id="write-off-title" mb="xs">
        {t("invoices.writeOff.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t("invoices.writeOff.hint", { balance })}
      </Text>
      <Textarea
        label={t("invoices.writeOff.reason")}
        required
        autosize
        minRows={2}
        value={reason}
        onChange={(e) => {
          setReason(e.currentTarget.value);
          setConfirming(false);
          clear("reason");
        }}
        error={errors.reason}
      />
      <Group justify="end" mt="sm">
        {confirming && (
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t("common.cancel")}
          </Button>
        )}
        <Button type="submit" color="red.9" variant={confirming ? "filled" : "outline"} loading={writeOff.isPending}>
          {confirming ? t("invoices.writeOff.confirm", { balance }) : t("invoices.writeOff.submit")}
        </Button>
      </Group>
    </Card>
  );
}
