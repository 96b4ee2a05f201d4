/** One change order: its items and price, schedule impact, PDF, and the actions of its lifecycle (send, withdraw). */
import {
  Alert,
  Anchor,
  Button,
  Card,
  Code,
  CopyButton,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import {
  changeOrderItemAmount,
  changeOrderTotals,
  lacksRate,
} from "../../../src/domain/change-order/change-order-totals.ts";
import { SendReminder } from "../components/send-reminder.tsx";
import { notify } from "../notify.ts";
import { usePermissions } from "../session.tsx";
import { notifyError, problemMessage } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { usePageTitle } from "../use-page-title.ts";
import { ChangeOrderEditor } from "./change-order-editor.tsx";
import { ChangeOrderStatusBadge } from "./change-order-log.tsx";
import { scopeKeys } from "./query-keys.ts";
import { absoluteUrl, type ChangeOrderRecord, scopeApi } from "./scope-api.ts";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

export function ChangeOrderPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { canWrite } = usePermissions();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [portalUrl, setPortalUrl] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [unsaved, setUnsaved] = useState(false);
  const co = useQuery({ queryKey: scopeKeys.changeOrder(id), queryFn: () => scopeApi.changeOrder(id) });
  usePageTitle(co.data ? `${co.data.number} · ${co.data.content.title}` : t("changeOrders.title"));

  // A write answers the record without its totals and suggested rate: the page reads them again.
  const updated = (next: ChangeOrderRecord) => {
    void queryClient.invalidateQueries({ queryKey: scopeKeys.changeOrder(id) });
    void queryClient.invalidateQueries({ queryKey: scopeKeys.changeOrders(next.mandateId) });
    void queryClient.invalidateQueries({ queryKey: scopeKeys.roundAll });
  };
  const send = useMutation({
    mutationFn: () => scopeApi.sendChangeOrder(id),
    onSuccess: (res) => {
      updated(res.changeOrder);
      setPortalUrl(absoluteUrl(res.portalUrl));
      notify({ message: t("changeOrders.sent", { number: res.changeOrder.number }) });
    },
    onError: (error) => notifyError(error, t),
  });
  const withdraw = useMutation({
    mutationFn: () => scopeApi.withdrawChangeOrder(id),
    onSuccess: (next) => {
      updated(next);
      setConfirming(false);
      notify({ message: t("changeOrders.withdrawn", { number: next.number }) });
    },
    onError: (error) => notifyError(error, t),
  });

  if (co.isPending) return <Loader aria-label={t("common.loading")} />;
  if (co.isError) return <Alert color="red">{problemMessage(co.error, t)}</Alert>;
  const c = co.data;
  const totals = changeOrderTotals(c.content);
  const editing = canWrite && c.status === "draft";
  const currency = c.content.currency;

  return (
    <Stack gap="lg" maw={1000}>
      <Stack gap={4}>
        <Anchor component={Link} to={`/mandates/${c.mandateId}/scope`} size="sm">
          ← {t("changeOrders.backToScope")}
        </Anchor>
        <Title order={1}>
          {c.number} · {c.content.title}
        </Title>
        <Group gap="xs">
          <ChangeOrderStatusBadge status={c.status} />
          <Anchor href={`/api/v1/change-orders/${c.id}/pdf`} target="_blank" rel="noopener" size="sm">
            {t("changeOrders.pdf")}
          </Anchor>
        </Group>
      </Stack>

      <Card withBorder component="section" aria-labelledby="co-facts">
        <Title order={2} size="h4" id="co-facts" mb="sm">
          {t("changeOrders.facts")}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl" m={0}>
          <Fact label={t("changeOrders.fields.total")}>{format.money(totals.total, currency)}</Fact>
          <Fact label={t("changeOrders.fields.hours")}>{format.number(totals.hours)} h</Fact>
          <Fact label={t("changeOrders.fields.scheduleImpact")}>
            {t("changeOrders.impactDays", { count: c.content.scheduleImpactDays })}
          </Fact>
          <Fact label={t("changeOrders.fields.proposedDeliveryDate")}>
            {format.date(c.content.proposedDeliveryDate)}
          </Fact>
          <Fact label={t("changeOrders.fields.requester")}>{c.content.requester}</Fact>
          <Fact label={t("changeOrders.fields.language")}>{t(`changeOrders.language.${c.content.language}`)}</Fact>
        </SimpleGrid>
        <Text size="sm" c="dimmed" mt="md">
          {t("changeOrders.fields.reason")}
        </Text>
        <Text style={{ whiteSpace: "pre-wrap" }}>{c.content.reason}</Text>
        {c.sha256 && (
          <Text size="xs" c="dimmed" mt="sm">
            {t("changeOrders.fingerprint")} <Code>{c.sha256}</Code>
          </Text>
        )}
      </Card>

      {editing ? (
        <Card withBorder component="section">
          <ChangeOrderEditor co={c} onSaved={updated} onDirtyChange={setUnsaved} />
        </Card>
      ) : (
        <Stack component="section" aria-labelledby="co-items" gap="xs">
          <Title order={2} size="h3" id="co-items">
            {t("changeOrders.items")}
          </Title>
          <Table.ScrollContainer minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("changeOrders.fields.item")}</Table.Th>
                  <Table.Th scope="col" ta="end">
                    {t("changeOrders.fields.hours")}
                  </Table.Th>
                  <Table.Th scope="col" ta="end">
                    {t("changeOrders.fields.rate")}
                  </Table.Th>
                  <Table.Th scope="col" ta="end">
                    {t("changeOrders.fields.amount")}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {c.content.items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>
                      <Text fw={600}>{item.title}</Text>
                      {item.description && item.description !== item.title && (
                        <Text size="sm" c="dimmed">
                          {item.description}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="end">{format.number(item.hours)}</Table.Td>
                    <Table.Td ta="end">
                      {item.price.kind === "fixed"
                        ? "—"
                        : lacksRate(item)
                          ? t("changeOrders.rateToSet")
                          : format.money(item.price.hourlyRate, currency)}
                    </Table.Td>
                    <Table.Td ta="end">
                      {lacksRate(item)
                        ? t("changeOrders.rateToSet")
                        : format.money(changeOrderItemAmount(item), currency)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th scope="row" colSpan={3}>
                    {t("changeOrders.fields.total")}
                  </Table.Th>
                  <Table.Td ta="end" fw={700}>
                    {format.money(totals.total, currency)}
                  </Table.Td>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}

      {c.status === "approved" && c.approval && (
        <Alert color="teal" title={t("changeOrders.approvedTitle")}>
          {t("changeOrders.approvedBy", { name: c.approval.signerName, at: format.instant(c.approval.signedAt) })}
        </Alert>
      )}
      {c.status === "rejected" && (
        <Alert color="red" title={t("changeOrders.rejectedTitle")}>
          {c.rejectReason || t("changeOrders.noReason")}
        </Alert>
      )}

      {portalUrl && (
        <Card withBorder component="section" aria-labelledby="co-link">
          <Title order={2} size="h4" id="co-link" mb="xs">
            {t("changeOrders.portalLink")}
          </Title>
          <Group align="end" wrap="nowrap">
            <TextInput
              label={t("changeOrders.portalLinkLabel")}
              value={portalUrl}
              readOnly
              style={{ flex: 1 }}
              onFocus={(e) => e.currentTarget.select()}
            />
            <CopyButton value={portalUrl}>
              {({ copied, copy }) => (
                <Button variant="default" onClick={copy}>
                  {copied ? t("common.copied") : t("common.copy")}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Text size="xs" c="dimmed" mt={4}>
            {t("changeOrders.portalHelp")}
          </Text>
        </Card>
      )}

      {c.status === "sent" && c.sentAt && !portalUrl && (
        <Text size="sm" c="dimmed">
          {t("changeOrders.sentOn", { at: format.instant(c.sentAt) })}
        </Text>
      )}
      {canWrite && c.status === "draft" && <SendReminder mandateId={c.mandateId} />}
      {canWrite && (c.status === "draft" || c.status === "sent") && (
        <Group>
          {c.status === "draft" && (
            <Button onClick={() => send.mutate()} loading={send.isPending} disabled={unsaved}>
              {t("changeOrders.send")}
            </Button>
          )}
          {confirming ? (
            <>
              <Text size="sm" fw={600}>
                {t("changeOrders.withdrawConfirm")}
              </Text>
              <Button color="red.9" onClick={() => withdraw.mutate()} loading={withdraw.isPending}>
                {t("changeOrders.withdrawYes")}
              </Button>
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t("common.cancel")}
              </Button>
            </>
          ) : (
            <Button variant="outline" color="red.9" onClick={() => setConfirming(true)}>
              {t("changeOrders.withdraw")}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
