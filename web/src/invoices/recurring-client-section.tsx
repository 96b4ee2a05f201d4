/**
 * On a client's page: its recurring invoices and retainers — each with how often, its next period and date, the
 * invoices its periods produced, a retainer's hours used this month — paused, resumed or ended here, and a form for a
 * new one.
 */
import { Anchor, Badge, Button, Card, Group, Progress, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { CLOSING_RUN_INDEX } from "../../../src/domain/invoice/recurring-lifecycle.ts";
import type { Currency } from "../api-types.ts";
import { ConfirmAction } from "../components/confirm-action.tsx";
import { usePermissions } from "../session.tsx";
import { notifyError, problemMessage } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { recurringKeys } from "./query-keys.ts";
import { type RecurringInvoice, type RecurringStatus, recurringApi } from "./recurring-api.ts";
import { RecurringForm } from "./recurring-form.tsx";

const statusColors: Record<RecurringStatus, string> = { active: "green.9", paused: "yellow.9", ended: "gray.7" };

/** Minutes as hours with up to two decimals ("7,5 h"). */
function useHours() {
  const format = useFormat();
  return (minutes: number) => `${format.number(Math.round((minutes / 60) * 100) / 100)} h`;
}

function RetainerUsageLine({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const hours = useHours();
  const usage = useQuery({ queryKey: recurringKeys.usage(id), queryFn: () => recurringApi.usage(id) });
  if (usage.isError) return <Text c="red.9">{problemMessage(usage.error, t)}</Text>;
  const u = usage.data;
  if (!u) return null;
  return (
    <Stack gap={4} data-testid="retainer-usage">
      <Text size="sm">
        {t("recurring.usage.summary", {
          period: u.period.label,
          used: hours(u.usedMinutes),
          included: hours(u.includedMinutes),
        })}
      </Text>
      <Progress
        value={Math.min(100, u.percentUsed)}
        color={u.overageMinutes > 0 ? "red.9" : "blue.8"}
        aria-label={t("recurring.usage.percent", { percent: u.percentUsed })}
      />
      <Text size="sm" c={u.overageMinutes > 0 ? "red.9" : "dimmed"}>
        {u.overageMinutes > 0
          ? t("recurring.usage.overage", {
              hours: hours(u.overageMinutes),
              amount: format.money(u.overageAmount.amount, u.overageAmount.currency),
            })
          : t("recurring.usage.remaining", { hours: hours(u.remainingMinutes) })}
      </Text>
    </Stack>
  );
}

function RecurringItem({ item, canWrite }: { item: RecurringInvoice; canWrite: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const change = useMutation({
    mutationFn: (action: "pause" | "resume" | "end") => recurringApi.change(item.id, action),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recurringKeys.all }),
    onError: (e) => notifyError(e, t),
  });
  return (
    <Card withBorder component="li" data-testid="recurring-item">
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={600}>{item.name}</Text>
          <Text size="sm" c="dimmed">
            {[t(`recurring.frequency.${item.frequency}`), t(`recurring.mode.${item.mode}`)].join(" · ")}
          </Text>
        </Stack>
        <Badge color={statusColors[item.status]} miw="max-content">
          {t(`recurring.status.${item.status}`)}
        </Badge>
      </Group>
      <Text size="sm" mt="xs" data-testid="recurring-next">
        {item.nextPeriod
          ? t("recurring.next", { date: format.date(item.nextPeriod.start), period: item.nextPeriod.label })
          : t("recurring.noNext")}
      </Text>
      {item.retainer && <RetainerUsageLine id={item.id} />}
      <Text size="sm" fw={600} mt="xs">
        {t("recurring.runs", { count: item.runs.length })}
      </Text>
      <Stack component="ul" gap={2} p={0} m={0} style={{ listStyle: "none" }}>
        {item.runs.map((r) => (
          <Group component="li" key={r.id} gap="xs" wrap="wrap">
            {r.periodIndex === CLOSING_RUN_INDEX && <Text size="sm">{t("recurring.closing")}</Text>}
            <Text size="sm">{`${format.date(r.periodStart)} – ${format.date(r.periodEnd)}`}</Text>
            {r.invoiceId && r.invoice ? (
              <Anchor component={Link} to={`/invoices/${r.invoiceId}`} size="sm" ff="monospace">
                {r.invoice.number ?? t("invoices.draftNumber")}
              </Anchor>
            ) : (
              <Text size="sm" c="dimmed">
                {t(r.invoiceId ? "recurring.deleted" : "recurring.noInvoice")}
              </Text>
            )}
            {r.invoice && <Text size="sm">{format.money(r.invoice.total, r.invoice.currency)}</Text>}
            <Badge variant="outline" color={r.status.endsWith("failed") ? "red.9" : "gray.7"}>
              {t(`recurring.run.${r.status}`)}
            </Badge>
            {r.error && (
              <Text size="xs" c="red.9">
                {r.error}
              </Text>
            )}
          </Group>
        ))}
      </Stack>
      {editing && (
        <Card withBorder mt="sm">
          <RecurringForm
            clientId={item.clientId}
            currency={item.currency}
            editing={item}
            onDone={() => setEditing(false)}
          />
        </Card>
      )}
      {canWrite && item.status !== "ended" && !editing && (
        <Group gap="xs" mt="sm">
          <Button size="compact-sm" variant="default" onClick={() => setEditing(true)}>
            {t("recurring.edit")}
          </Button>
          {item.status === "active" ? (
            <Button size="compact-sm" variant="default" onClick={() => change.mutate("pause")}>
              {t("recurring.pause")}
            </Button>
          ) : (
            <Button size="compact-sm" variant="default" onClick={() => change.mutate("resume")}>
              {t("recurring.resume")}
            </Button>
          )}
          <ConfirmAction
            title={t("recurring.endTitle", { name: item.name })}
            message={t("recurring.endMessage")}
            confirmLabel={t("recurring.end")}
            onConfirm={() => change.mutate("end")}
          >
            {(open) => (
              <Button size="compact-sm" variant="subtle" color="red" onClick={open}>
                {t("recurring.end")}
              </Button>
            )}
          </ConfirmAction>
        </Group>
      )}
    </Card>
  );
}

export function RecurringClientSection(props: { clientId: string; currency: Currency; open?: boolean }) {
  const { t } = useTranslation();
  const { canWrite } = usePermissions();
  const [adding, setAdding] = useState(false);
  const list = useQuery({
    queryKey: recurringKeys.list(props.clientId),
    queryFn: () => recurringApi.list(props.clientId),
  });
  return (
    <Card withBorder component="section" aria-labelledby="client-recurring-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="client-recurring-title">
          {t("recurring.title")}
        </Title>
        {canWrite && props.open !== false && !adding && (
          <Button size="compact-sm" onClick={() => setAdding(true)}>
            {t("recurring.new")}
          </Button>
        )}
      </Group>
      {adding && <RecurringForm clientId={props.clientId} currency={props.currency} onDone={() => setAdding(false)} />}
      {list.isError && <Text c="red.9">{problemMessage(list.error, t)}</Text>}
      {list.data?.items.length === 0 && !adding && <Text c="dimmed">{t("recurring.empty")}</Text>}
      <Stack component="ul" gap="sm" p={0} m={0} mt={adding ? "md" : 0} style={{ listStyle: "none" }}>
        {list.data?.items.map((item) => (
          <RecurringItem key={item.id} item={item} canWrite={canWrite} />
        ))}
      </Stack>
    </Card>
  );
}
