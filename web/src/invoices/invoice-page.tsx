/**
 * One invoice. A draft: its lines and the taxes the API determined, editable and deletable, then issued (the number is
 * taken at that moment). Issued: read-only, with its PDF, payments, credit notes, write-off, balance, client credit,
 * reminders and late interest.
 */
import { Alert, Anchor, Button, Card, Group, List, Loader, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { ApiError } from "../api/client.ts";
import { clientKeys, clientsApi } from "../clients/clients-api.ts";
import { notify } from "../notify.ts";
import { offersApi } from "../offers/offers-api.ts";
import { offerKeys } from "../offers/query-keys.ts";
import { usePermissions } from "../session.tsx";
import { fieldMessage, notifyError, problemMessage, useFieldErrors } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { usePageTitle } from "../use-page-title.ts";
import { CreditNoteForm } from "./credit-note-form.tsx";
import { InvoiceCollectionPanel } from "./invoice-collection-panel.tsx";
import { InvoiceDocument } from "./invoice-document.tsx";
import { formToLine, InvoiceLinesEditor, type LineForm, lineToForm } from "./invoice-lines-editor.tsx";
import { InvoiceSendPanel } from "./invoice-send-panel.tsx";
import { InvoiceStatusBadge } from "./invoice-status-badge.tsx";
import { InvoiceTermsForm } from "./invoice-terms-form.tsx";
import { InvoiceWriteOffForm } from "./invoice-write-off-form.tsx";
import { type Invoice, invoicesApi, isOpen, linesAsInput } from "./invoices-api.ts";
import { PaymentForm } from "./payment-form.tsx";
import { invoiceKeys } from "./query-keys.ts";

function DraftActions({ invoice }: { invoice: Invoice }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [lines, setLines] = useState<LineForm[]>([]);
  const [confirm, setConfirm] = useState<"issue" | "delete" | null>(null);
  const [issueProblem, setIssueProblem] = useState<ApiError | null>(null);
  const isKnown = useCallback((p: string) => p === "lines" || p.startsWith("lines."), []);
  const { errors, show, clear, reset } = useFieldErrors(isKnown);
  const refresh = () => queryClient.invalidateQueries({ queryKey: invoiceKeys.all });
  const mandates = useQuery({
    queryKey: offerKeys.mandates({ clientId: invoice.clientId, pageSize: 100 }),
    queryFn: () => offersApi.mandates({ clientId: invoice.clientId, pageSize: 100 }),
    enabled: editing,
  });

  const save = useMutation({
    mutationFn: () => invoicesApi.update(invoice.id, { lines: lines.map((l) => formToLine(l, invoice.currency)) }),
    onSuccess: async () => {
      await refresh();
      setEditing(false);
      notify({ message: t("invoices.draft.saved") });
    },
    onError: show,
  });
  const issue = useMutation({
    mutationFn: () => invoicesApi.issue(invoice.id),
    onSuccess: async (issued) => {
      await refresh();
      setConfirm(null);
      notify({ message: t("invoices.draft.issued", { number: "number" in issued ? issued.number : "" }) });
    },
    onError: (error) => {
      setConfirm(null);
      // What the law requires on the invoice and is still missing, said where to fix it; anything else as a toast.
      if (error instanceof ApiError && error.fields.length > 0) setIssueProblem(error);
      else notifyError(error, t);
    },
  });
  const remove = useMutation({
    mutationFn: () => invoicesApi.remove(invoice.id),
    onSuccess: async () => {
      await refresh();
      notify({ message: t("invoices.draft.deleted") });
      navigate("/invoices");
    },
    onError: (error) => notifyError(error, t),
  });

  const startEditing = () => {
    reset();
    setLines(
      linesAsInput(invoice).map((l, i) => ({
        ...lineToForm(l, invoice.currency),
        ...(invoice.details.lines[i]?.source ? { source: invoice.details.lines[i]?.source?.kind } : {}),
      })),
    );
    setEditing(true);
  };

  if (editing)
    return (
      <Stack gap="sm">
        <InvoiceLinesEditor
          legend={t("invoices.draft.editLegend")}
          value={lines}
          onChange={setLines}
          errors={errors}
          onClear={clear}
          currency={invoice.currency}
          mandates={mandates.data?.items}
        />
        {errors.lines && <Text c="red.9">{errors.lines}</Text>}
        <Group justify="end">
          <Button variant="default" onClick={() => setEditing(false)}>
            {t("common.cancel")}
          </Button>
          <Button loading={save.isPending} onClick={() => save.mutate()}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    );

  return (
    <Card withBorder component="section" aria-labelledby="draft-actions-title">
      <Title order={2} size="h4" id="draft-actions-title" mb="xs">
        {t("invoices.draft.title")}
      </Title>
      <Text size="sm" mb="sm">
        {t("invoices.draft.hint")}
      </Text>
      {issueProblem && (
        <Alert color="red" mb="sm" title={t("invoices.draft.cannotIssue")} data-testid="issue-problem">
          <List size="sm">
            {issueProblem.fields.map((f) => (
              <List.Item key={f.path}>
                {t(`invoices.requiredFields.${f.path}`, { defaultValue: fieldMessage(f, t, i18n.language) })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {confirm === "issue" && (
        <Alert color="blue" mb="sm" title={t("invoices.draft.issueConfirmTitle")}>
          {t("invoices.draft.issueConfirm")}
        </Alert>
      )}
      {confirm === "delete" && (
        <Alert color="red" mb="sm" title={t("invoices.draft.deleteConfirmTitle")}>
          {t("invoices.draft.deleteConfirm")}
        </Alert>
      )}
      <Group gap="xs">
        {confirm === null && (
          <>
            <Button
              onClick={() => {
                setIssueProblem(null);
                setConfirm("issue");
              }}
            >
              {t("invoices.draft.issue")}
            </Button>
            <Button variant="default" onClick={startEditing}>
              {t("invoices.draft.edit")}
            </Button>
            <Button variant="outline" color="red.9" onClick={() => setConfirm("delete")}>
              {t("invoices.draft.delete")}
            </Button>
          </>
        )}
        {confirm === "issue" && (
          <Button loading={issue.isPending} onClick={() => issue.mutate()}>
            {t("invoices.draft.issueNow")}
          </Button>
        )}
        {confirm === "delete" && (
          <Button color="red.9" loading={remove.isPending} onClick={() => remove.mutate()}>
            {t("invoices.draft.deleteNow")}
          </Button>
        )}
        {confirm !== null && (
          <Button variant="default" onClick={() => setConfirm(null)}>
            {t("common.cancel")}
          </Button>
        )}
      </Group>
    </Card>
  );
}

function BalanceCard({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation();
  const format = useFormat();
  const b = invoice.balance;
  if (!b) return null;
  const money = (m: { amount: number; currency: string }) => format.money(m.amount, m.currency);
  const credit = b.balance.amount < 0 ? -b.balance.amount : 0;
  const row = (label: string, value: string, testId?: string) => (
    <Table.Tr>
      <Table.Th scope="row" fw={400}>
        {label}
      </Table.Th>
      <Table.Td ta="right" data-testid={testId}>
        {value}
      </Table.Td>
    </Table.Tr>
  );
  return (
    <Card withBorder component="section" aria-labelledby="balance-title">
      <Title order={2} size="h4" id="balance-title" mb="xs">
        {t("invoices.balance.title")}
      </Title>
      <Table>
        <Table.Tbody>
          {row(t("invoices.balance.total"), money(b.total))}
          {row(t("invoices.balance.paid"), money(b.paid))}
          {b.credited.amount > 0 && row(t("invoices.balance.credited"), money(b.credited))}
          {b.writtenOff.amount > 0 && row(t("invoices.balance.writtenOff"), money(b.writtenOff))}
          <Table.Tr>
            <Table.Th scope="row">{t("invoices.balance.due")}</Table.Th>
            <Table.Td ta="right" fw={700} data-testid="balance-due">
              {format.money(Math.max(0, b.balance.amount), b.balance.currency)}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {credit > 0 && (
        <Alert color="teal" mt="sm" data-testid="client-credit">
          {t("invoices.clientCredit", { amount: format.money(credit, b.balance.currency) })}
        </Alert>
      )}
      {invoice.writeOff && (
        <Text size="sm" mt="sm">
          {t("invoices.writeOff.recorded", {
            date: format.date(invoice.writeOff.date),
            reason: invoice.writeOff.reason,
          })}
        </Text>
      )}
    </Card>
  );
}

function PaymentsAndCredits({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Card withBorder component="section" aria-labelledby="payments-title">
        <Title order={2} size="h4" id="payments-title" mb="xs">
          {t("invoices.payments.title")}
        </Title>
        {invoice.paymentRecords.length === 0 ? (
          <Text c="dimmed">{t("invoices.payments.none")}</Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("invoices.payments.date")}</Table.Th>
                <Table.Th scope="col">{t("invoices.payments.methodShort")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("invoices.payments.amountShort")}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invoice.paymentRecords.map((p) => (
                <Table.Tr key={p.id} data-testid="payment">
                  <Table.Td>{format.date(p.date)}</Table.Td>
                  <Table.Td>
                    {t(`invoices.payments.methods.${p.method}`)}
                    {p.reference ? ` · ${p.reference}` : ""}
                  </Table.Td>
                  <Table.Td ta="right">{format.money(p.amount, p.currency)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      <Card withBorder component="section" aria-labelledby="credit-notes-title">
        <Title order={2} size="h4" id="credit-notes-title" mb="xs">
          {t("invoices.creditNotes.title")}
        </Title>
        {invoice.creditNoteRecords.length === 0 ? (
          <Text c="dimmed">{t("invoices.creditNotes.none")}</Text>
        ) : (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: "none" }}>
            {invoice.creditNoteRecords.map((n) => (
              <li key={n.id} data-testid="credit-note">
                <Group justify="space-between" wrap="nowrap">
                  <Text fw={600} ff="monospace">
                    {n.number}
                  </Text>
                  <Text>{format.money(-n.totals.total.amount, n.totals.total.currency)}</Text>
                </Group>
                <Text size="sm">
                  {format.date(n.date)} · {n.reason}
                </Text>
                <Anchor href={invoicesApi.creditNotePdfUrl(n.id)} target="_blank" rel="noopener" size="sm">
                  {t("invoices.creditNotes.pdf", { number: n.number })}
                </Anchor>
              </li>
            ))}
          </Stack>
        )}
      </Card>
    </SimpleGrid>
  );
}

export function InvoicePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const format = useFormat();
  const { canWrite } = usePermissions();
  const invoice = useQuery({ queryKey: invoiceKeys.detail(id), queryFn: () => invoicesApi.get(id) });
  const clientId = invoice.data?.clientId;
  const client = useQuery({
    queryKey: clientKeys.detail(clientId),
    queryFn: () => clientsApi.get(clientId ?? ""),
    enabled: Boolean(clientId),
  });
  const title = invoice.data
    ? invoice.data.number
      ? t("invoices.titleNumbered", { number: invoice.data.number })
      : t("invoices.titleDraft")
    : t("invoices.title");
  usePageTitle(title);

  if (invoice.isPending) return <Loader aria-label={t("common.loading")} />;
  if (invoice.isError) return <Alert color="red">{problemMessage(invoice.error, t)}</Alert>;
  const inv = invoice.data;
  const draft = inv.status === "draft";
  const open = isOpen(inv.status);
  const creditable = open || inv.status === "paid";
  const balance = inv.balance?.balance.amount ?? 0;

  return (
    <Stack gap="lg" maw={1000}>
      <Group justify="space-between" align="start">
        <Stack gap={4}>
          <Anchor component={Link} to="/invoices" size="sm">
            ← {t("invoices.backToList")}
          </Anchor>
          <Title order={1}>{title}</Title>
          <Group gap="xs">
            <InvoiceStatusBadge status={inv.status} />
            {client.data && (
              <Anchor component={Link} to={`/clients/${inv.clientId}`}>
                {client.data.name}
              </Anchor>
            )}
          </Group>
          {inv.issueDate && inv.dueDate && (
            <Text size="sm">
              {t("invoices.dates", { issued: format.date(inv.issueDate), due: format.date(inv.dueDate) })}
            </Text>
          )}
          {!draft && (
            <Text size="sm" c="dimmed">
              {t("invoices.readOnly")}
            </Text>
          )}
        </Stack>
        <Button component="a" href={invoicesApi.pdfUrl(inv.id)} target="_blank" rel="noopener" variant="default">
          {draft ? t("invoices.pdfPreview") : t("invoices.pdf")}
        </Button>
      </Group>

      {draft && canWrite && <DraftActions key={inv.version} invoice={inv} />}
      <InvoiceDocument invoice={inv} />
      {draft && canWrite && <InvoiceTermsForm key={`terms-${inv.version}`} invoice={inv} />}
      {!draft && <InvoiceSendPanel invoice={inv} client={client.data} />}
      {!draft && <BalanceCard invoice={inv} />}
      {!draft && <PaymentsAndCredits invoice={inv} />}
      {canWrite && open && (
        <PaymentForm key={inv.version} invoiceId={inv.id} currency={inv.currency} balance={balance} />
      )}
      {canWrite && creditable && <CreditNoteForm invoiceId={inv.id} currency={inv.currency} lines={inv.lines} />}
      {open && <InvoiceCollectionPanel invoiceId={inv.id} />}
      {canWrite && open && <InvoiceWriteOffForm invoiceId={inv.id} balance={format.money(balance, inv.currency)} />}
    </Stack>
  );
}
