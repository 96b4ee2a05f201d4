/**
 * Sending an issued invoice (or one of its credit notes) to the client: the recipients among the client's contacts
 * (the billing contact checked by default), then every sending with when it was sent, delivered to SMTP, and when the
 * client first opened the invoice in the portal. Without SMTP the message waits in the outbox.
 */
import { Alert, Anchor, Button, Card, Checkbox, Group, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Client, Contact } from "../api-types.ts";
import { notify } from "../notify.ts";
import { usePermissions } from "../session.tsx";
import { notifyError } from "../use-field-errors.ts";
import { formatInstant } from "../use-format.ts";
import { type Invoice, invoiceSendingApi } from "./invoices-api.ts";

const BILLING_ROLE = /factur|compta|billing|account|invoice|payable|financ/i;

/** The contact the server sends to by default (same rule as the domain's `invoiceRecipients`). */
export function billingContact(contacts: readonly Contact[]): Contact | undefined {
  const withEmail = contacts.filter((c) => c.email && c.id);
  return withEmail.find((c) => BILLING_ROLE.test(c.role)) ?? withEmail[0];
}

export function InvoiceSendPanel({ invoice, client }: { invoice: Invoice; client: Client | undefined }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const { canWrite } = usePermissions();
  const contacts = (client?.contacts ?? []).filter((c) => c.email && c.id);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const selected = chosen ?? (billingContact(contacts)?.id ? [billingContact(contacts)!.id!] : []);
  const [document, setDocument] = useState<string>("invoice");
  const key = ["invoice-sendings", invoice.id];
  const sendings = useQuery({ queryKey: key, queryFn: () => invoiceSendingApi.sendings(invoice.id) });
  const send = useMutation({
    mutationFn: () =>
      invoiceSendingApi.send(invoice.id, {
        contactIds: selected,
        ...(document === "invoice" ? {} : { creditNoteId: document }),
      }),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: key });
      notify({
        message: t(`invoiceSending.result.${result.message.status}`, { to: result.message.to }),
        failure: result.message.status === "failed",
      });
    },
    onError: (error) => notifyError(error, t),
  });
  const at = (iso: string) => formatInstant(iso, i18n.language);
  const messages = sendings.data?.messages ?? [];

  return (
    <Card withBorder component="section" aria-labelledby="invoice-send-title" data-testid="invoice-send">
      <Title order={2} size="h4" id="invoice-send-title" mb="xs">
        {t("invoiceSending.title")}
      </Title>
      {canWrite && (
        <Stack gap="sm" mb="md">
          {contacts.length === 0 ? (
            <Alert color="yellow">
              {t("invoiceSending.noContact")}{" "}
              <Anchor component={Link} to={`/clients/${invoice.clientId}`}>
                {client?.name}
              </Anchor>
            </Alert>
          ) : (
            <Checkbox.Group label={t("invoiceSending.recipients")} value={selected} onChange={setChosen}>
              <Stack gap={4} mt={4}>
                {contacts.map((c) => (
                  <Checkbox key={c.id} value={c.id!} label={`${c.name} <${c.email}>${c.role ? ` · ${c.role}` : ""}`} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          {invoice.creditNoteRecords.length > 0 && (
            <Select
              label={t("invoiceSending.document")}
              w={320}
              allowDeselect={false}
              value={document}
              onChange={(v) => setDocument(v ?? "invoice")}
              data={[
                { value: "invoice", label: t("invoiceSending.theInvoice", { number: invoice.number }) },
                ...invoice.creditNoteRecords.map((n) => ({
                  value: n.id,
                  label: t("invoiceSending.theCreditNote", { number: n.number }),
                })),
              ]}
            />
          )}
          <Group>
            <Button onClick={() => send.mutate()} loading={send.isPending} disabled={selected.length === 0}>
              {messages.length > 0 ? t("invoiceSending.resend") : t("invoiceSending.send")}
            </Button>
          </Group>
        </Stack>
      )}
      <Text size="sm" mb="xs" data-testid="invoice-opened">
        {sendings.data?.firstOpenedAt
          ? t("invoiceSending.opened", { at: at(sendings.data.firstOpenedAt) })
          : t("invoiceSending.notOpened")}
      </Text>
      {messages.length === 0 ? (
        <Text c="dimmed">{t("invoiceSending.none")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("invoiceSending.sentAt")}</Table.Th>
                <Table.Th scope="col">{t("invoiceSending.to")}</Table.Th>
                <Table.Th scope="col">{t("invoiceSending.subject")}</Table.Th>
                <Table.Th scope="col">{t("invoiceSending.delivery")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {messages.map((m) => (
                <Table.Tr key={m.id} data-testid="invoice-sending">
                  <Table.Td>{at(m.createdAt)}</Table.Td>
                  <Table.Td>{m.to}</Table.Td>
                  <Table.Td>{m.subject}</Table.Td>
                  <Table.Td>
                    {m.status === "sent" && m.sentAt
                      ? t("invoiceSending.delivered", { at: at(m.sentAt) })
                      : t(`invoiceSending.status.${m.status}`)}
                    {m.error ? ` · ${m.error}` : ""}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
