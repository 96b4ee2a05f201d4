/**
 * How clients pay, set once for the workspace and printed on every invoice (with each invoice's reference to quote)
 * and in the client portal: a Canadian bank transfer (institution, transit, account), a SEPA transfer (IBAN, BIC), an
 * Interac e-Transfer address, and to whom cheques are payable. Empty fields are not printed.
 */
import { Button, Card, Group, SimpleGrid, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Workspace } from "../api-types.ts";
import { notify } from "../notify.ts";
import { usePermissions } from "../session.tsx";
import { useFieldErrors } from "../use-field-errors.ts";
import { workspaceApi, workspaceKeys } from "../workspace/workspace-api.ts";
import type { PaymentInstructions } from "./invoices-api.ts";

const EMPTY: PaymentInstructions = {
  accountHolder: "",
  institutionNumber: "",
  transitNumber: "",
  accountNumber: "",
  iban: "",
  bic: "",
  interacEmail: "",
  chequePayableTo: "",
};

const CANADA: (keyof PaymentInstructions)[] = ["institutionNumber", "transitNumber", "accountNumber"];
const SEPA: (keyof PaymentInstructions)[] = ["iban", "bic"];

export function PaymentInstructionsForm({
  workspace,
}: {
  workspace: Workspace & { paymentInstructions?: PaymentInstructions };
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { isOwner } = usePermissions();
  const [value, setValue] = useState<PaymentInstructions>({ ...EMPTY, ...workspace.paymentInstructions });
  const isKnown = useCallback((p: string) => p.startsWith("paymentInstructions."), []);
  const { errors, show, clear, reset } = useFieldErrors(isKnown);
  const save = useMutation({
    mutationFn: () => workspaceApi.updateWorkspace({ paymentInstructions: value }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: workspaceKeys.workspace });
      notify({ message: t("invoiceSending.instructions.saved") });
    },
    onError: show,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset();
    save.mutate();
  };
  const field = (key: keyof PaymentInstructions) => (
    <TextInput
      key={key}
      label={t(`invoiceSending.instructions.${key}`)}
      disabled={!isOwner}
      value={value[key]}
      onChange={(e) => {
        const v = e.currentTarget.value;
        setValue((old) => ({ ...old, [key]: v }));
        clear(`paymentInstructions.${key}`);
      }}
      error={errors[`paymentInstructions.${key}`]}
    />
  );
  const france = workspace.jurisdiction === "FR";

  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby="payment-instructions-title" noValidate>
      <Title order={2} size="h4" id="payment-instructions-title" mb="xs">
        {t("invoiceSending.instructions.title")}
      </Title>
      <Text size="sm" mb="sm">
        {t("invoiceSending.instructions.hint")}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {field("accountHolder")}
        {field("chequePayableTo")}
      </SimpleGrid>
      <Title order={3} size="h5" mt="md" mb={4}>
        {t(france ? "invoiceSending.instructions.sepa" : "invoiceSending.instructions.canada")}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>{(france ? SEPA : CANADA).map(field)}</SimpleGrid>
      <Title order={3} size="h5" mt="md" mb={4}>
        {t(france ? "invoiceSending.instructions.canada" : "invoiceSending.instructions.sepa")}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>{(france ? CANADA : SEPA).map(field)}</SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="md">
        {field("interacEmail")}
      </SimpleGrid>
      {isOwner && (
        <Group justify="end" mt="md">
          <Button type="submit" loading={save.isPending}>
            {t("common.save")}
          </Button>
        </Group>
      )}
    </Card>
  );
}
