/**
 * The workspace's invoice number pattern (`{YYYY}-{SEQ:4}` → `2026-0042`): numbers are taken only at issue, from one
 * continuous series; the pattern changes how the next ones are written, never an issued number.
 */
import { Button, Card, Code, Group, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Workspace } from "../api-types.ts";
import { notify } from "../notify.ts";
import { usePermissions } from "../session.tsx";
import { useFieldErrors } from "../use-field-errors.ts";
import { workspaceApi, workspaceKeys } from "../workspace/workspace-api.ts";

export const DEFAULT_INVOICE_NUMBER_PATTERN = "{YYYY}-{SEQ:4}";

/** What a pattern gives for a year and a counter (a preview; the server is the one that numbers). */
export function previewInvoiceNumber(pattern: string, year: number, seq: number): string {
  return pattern
    .replace(/\{YYYY\}/g, String(year))
    .replace(/\{YY\}/g, String(year).slice(-2))
    .replace(/\{SEQ(?::(\d+))?\}/g, (_, width?: string) => String(seq).padStart(Number(width ?? 1), "0"));
}

export function InvoiceNumberSettings({ workspace }: { workspace: Workspace & { invoiceNumberPattern?: string } }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { isOwner } = usePermissions();
  const [pattern, setPattern] = useState(workspace.invoiceNumberPattern ?? DEFAULT_INVOICE_NUMBER_PATTERN);
  const isKnown = useCallback((p: string) => p === "invoiceNumberPattern", []);
  const { errors, show, clear, reset } = useFieldErrors(isKnown);
  const save = useMutation({
    mutationFn: () => workspaceApi.updateWorkspace({ invoiceNumberPattern: pattern.trim() }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: workspaceKeys.workspace });
      await queryClient.invalidateQueries({ queryKey: workspaceKeys.me });
      notify({ message: t("invoices.numbering.saved") });
    },
    onError: show,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset();
    save.mutate();
  };
  const year = new Date().getFullYear();

  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby="invoice-numbering-title" noValidate>
      <Title order={2} size="h4" id="invoice-numbering-title" mb="xs">
        {t("invoices.numbering.title")}
      </Title>
      <Text size="sm" mb="sm">
        {t("invoices.numbering.hint")}
      </Text>
      <Group align="end">
        <TextInput
          label={t("invoices.numbering.pattern")}
          description={t("invoices.numbering.tokens")}
          required
          disabled={!isOwner}
          w={320}
          value={pattern}
          onChange={(e) => {
            setPattern(e.currentTarget.value);
            clear("invoiceNumberPattern");
          }}
          error={errors.invoiceNumberPattern}
        />
        {isOwner && (
          <Button type="submit" loading={save.isPending}>
            {t("common.save")}
          </Button>
        )}
      </Group>
      <Text size="sm" mt="xs" aria-live="polite">
        {t("invoices.numbering.example")} <Code>{previewInvoiceNumber(pattern, year, 42)}</Code>
      </Text>
    </Card>
  );
}
