/**
 * Collecting one invoice: its automatic reminder schedule (3 days before due, on due, +7, +21 days, a formal notice
 * proposed at +30) with each step's state and when it was sent, the client's pause, and "send now" — courteous, then
 * firm, in the client's language, sent by email or kept in the outbox — and the late interest owed as of today with
 * its rule and sources, which the user may choose to invoice.
 */

import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Loader,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { OutboxMessage } from "../offers/offers-api.ts";
import { offerKeys } from "../offers/query-keys.ts";
import { usePermissions } from "../session.tsx";
import { useSourceTitle } from "../source-title.ts";
import { notifyError, problemMessage } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { type DemeureQuery, invoicesApi, type ReminderStepState, type ReminderTone } from "./invoices-api.ts";
import { invoiceKeys } from "./query-keys.ts";

const stateColors: Record<ReminderStepState, string> = {
  upcoming: "gray.7",
  due: "orange.9",
  sending: "blue.9",
  sent: "teal.9",
  kept: "blue.9",
  failed: "red.9",
  skipped: "gray.7",
  cancelled: "gray.7",
  paused: "yellow.9",
  proposed: "orange.9",
};

export function InvoiceCollectionPanel({ invoiceId, headingLevel = 2 }: { invoiceId: string; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const sourceTitle = useSourceTitle();
  const format = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { canWrite } = usePermissions();
  const [last, setLast] = useState<OutboxMessage | null>(null);
  const reminders = useQuery({
    queryKey: invoiceKeys.reminders(invoiceId),
    queryFn: () => invoicesApi.reminders(invoiceId),
  });
  const [demeure, setDemeure] = useState<"" | NonNullable<DemeureQuery["demeure"]>>("");
  const [noticeDate, setNoticeDate] = useState("");
  const [deadline, setDeadline] = useState("");
  // A formal notice counts once both its date and its deadline are known; until then the terms' default applies.
  const demeureQuery: DemeureQuery =
    demeure === "formal_notice"
      ? noticeDate && deadline
        ? { demeure, noticeDate, deadline }
        : {}
      : demeure
        ? { demeure }
        : {};
  const interest = useQuery({
    queryKey: [...invoiceKeys.interest(invoiceId), demeureQuery],
    queryFn: () => invoicesApi.interest(invoiceId, demeureQuery),
  });
  const send = useMutation({
    mutationFn: (tone: ReminderTone) => invoicesApi.sendReminder(invoiceId, tone),
    onSuccess: async (result) => {
      setLast(result.message);
      await queryClient.invalidateQueries({ queryKey: invoiceKeys.reminders(invoiceId) });
      await queryClient.invalidateQueries({ queryKey: offerKeys.outboxAll });
    },
    onError: (error) => notifyError(error, t),
  });
  const pause = useMutation({
    mutationFn: (v: { clientId: string; paused: boolean }) => invoicesApi.pauseReminders(v.clientId, v.paused),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: invoiceKeys.remindersAll });
      await queryClient.invalidateQueries({ queryKey: invoiceKeys.receivablesAll });
    },
    onError: (error) => notifyError(error, t),
  });
  const invoiceInterest = useMutation({
    mutationFn: () => invoicesApi.invoiceInterest(invoiceId, demeureQuery),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: invoiceKeys.all });
      navigate(`/invoices/${result.invoice.id}`);
    },
    onError: (error) => notifyError(error, t),
  });
  const offset = (days: number) =>
    days < 0
      ? t("invoices.reminders.before", { count: -days })
      : days === 0
        ? t("invoices.reminders.onDue")
        : t("invoices.reminders.after", { count: days });
  const i = interest.data;
  const rules = i ? (i.rules === "quebec" ? i.quebec : i.france) : undefined;
  const h = headingLevel === 2 ? ("h4" as const) : ("h5" as const);

  return (
    <Stack gap="md">
      <Card withBorder component="section" aria-labelledby={`reminders-${invoiceId}`}>
        <Title order={headingLevel} size={h} id={`reminders-${invoiceId}`} mb="xs">
          {t("invoices.reminders.title")}
        </Title>
        {reminders.isPending && <Loader size="sm" aria-label={t("common.loading")} />}
        {reminders.isError && <Text c="red.9">{problemMessage(reminders.error, t)}</Text>}
        {reminders.data && (
          <>
            <Text size="sm" c="dimmed" mb="xs">
              {t("invoices.reminders.automatic")}
            </Text>
            <Text size="sm" fw={600} data-testid="next-reminder">
              {reminders.data.nextReminderOn
                ? t("invoices.reminders.next", { date: format.date(reminders.data.nextReminderOn) })
                : t("invoices.reminders.noNext")}
            </Text>
            {reminders.data.paused && (
              <Alert color="yellow" mt="xs" p="xs">
                {t("invoices.reminders.pausedNote")}
              </Alert>
            )}
            <Table.ScrollContainer minWidth={560}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("invoices.reminders.step")}</Table.Th>
                    <Table.Th scope="col">{t("invoices.reminders.when")}</Table.Th>
                    <Table.Th scope="col">{t("invoices.reminders.date")}</Table.Th>
                    <Table.Th scope="col">{t("invoices.reminders.state")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {reminders.data.planned.map((p) => (
                    <Table.Tr key={p.step} data-testid="reminder-step">
                      <Table.Th scope="row" fw={400}>
                        {t(`invoices.reminders.steps.${p.step}`)}
                      </Table.Th>
                      <Table.Td>{offset(p.offsetDays)}</Table.Td>
                      <Table.Td>{format.date(p.date)}</Table.Td>
                      <Table.Td>
                        <Badge color={stateColors[p.state]} miw="max-content">
                          {t(`invoices.reminders.states.${p.state}`)}
                        </Badge>
                        {p.sentAt && (
                          <Text size="xs" c="dimmed">
                            {t(p.state === "kept" ? "invoices.reminders.keptAt" : "invoices.reminders.sentAt")}{" "}
                            {format.date(p.sentAt.slice(0, 10))}
                          </Text>
                        )}
                        {p.error && p.state !== "skipped" && (
                          <Text size="xs" c="red.9">
                            {t("invoices.reminders.attempts", { count: p.attempts })} — {p.error}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
        {reminders.data && reminders.data.sent.length > 0 && (
          <Text size="sm" mt="xs">
            {t("invoices.reminders.sentList", {
              list: reminders.data.sent
                .map((s) => `${format.date(s.date)} (${t(`invoices.reminders.tones.${s.tone}`)})`)
                .join(", "),
            })}
          </Text>
        )}
        {canWrite && (
          <Group mt="sm" gap="xs">
            <Button
              variant="default"
              loading={send.isPending && send.variables === "courteous"}
              onClick={() => send.mutate("courteous")}
            >
              {t("invoices.reminders.sendCourteous")}
            </Button>
            <Button
              variant="default"
              loading={send.isPending && send.variables === "firm"}
              onClick={() => send.mutate("firm")}
            >
              {t("invoices.reminders.sendFirm")}
            </Button>
            {reminders.data && (
              <Button
                variant="subtle"
                loading={pause.isPending}
                onClick={() => pause.mutate({ clientId: reminders.data.clientId, paused: !reminders.data.paused })}
              >
                {t(reminders.data.paused ? "invoices.reminders.resume" : "invoices.reminders.pause")}
              </Button>
            )}
          </Group>
        )}
        {last && (
          <Alert
            mt="sm"
            color={last.status === "sent" ? "teal" : "blue"}
            title={t(last.status === "sent" ? "invoices.reminders.sent" : "invoices.reminders.kept", { to: last.to })}
            data-testid="reminder-result"
          >
            <Text size="sm" fw={600}>
              {last.subject}
            </Text>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {last.body}
            </Text>
            <Anchor component={Link} to="/outbox" size="sm">
              {t("invoices.reminders.openOutbox")}
            </Anchor>
          </Alert>
        )}
      </Card>

      <Card withBorder component="section" aria-labelledby={`interest-${invoiceId}`}>
        <Title order={headingLevel} size={h} id={`interest-${invoiceId}`} mb="xs">
          {t("invoices.interest.title")}
        </Title>
        {interest.isPending && <Loader size="sm" aria-label={t("common.loading")} />}
        {(i?.rules === "quebec" || (interest.isError && demeure)) && (
          <Group align="end" mb="xs">
            <NativeSelect
              label={t("invoices.interest.demeure")}
              value={demeure}
              onChange={(e) => setDemeure(e.currentTarget.value as typeof demeure)}
              data={[
                { value: "", label: t("invoices.interest.demeures.terms") },
                { value: "lapse_of_time", label: t("invoices.interest.demeures.lapse_of_time") },
                { value: "formal_notice", label: t("invoices.interest.demeures.formal_notice") },
                { value: "none", label: t("invoices.interest.demeures.none") },
              ]}
            />
            {demeure === "formal_notice" && (
              <>
                <TextInput
                  type="date"
                  label={t("invoices.interest.noticeDate")}
                  value={noticeDate}
                  onChange={(e) => setNoticeDate(e.currentTarget.value)}
                />
                <TextInput
                  type="date"
                  label={t("invoices.interest.deadline")}
                  value={deadline}
                  onChange={(e) => setDeadline(e.currentTarget.value)}
                />
              </>
            )}
          </Group>
        )}
        {interest.isError && <Text c="red.9">{problemMessage(interest.error, t)}</Text>}
        {i && (
          <Stack gap="xs">
            <Text data-testid="interest-summary">
              {i.days > 0
                ? t("invoices.interest.owed", {
                    amount: format.money(i.interest.amount, i.interest.currency),
                    count: i.days,
                    asOf: format.date(i.asOf),
                    principal: format.money(i.principal.amount, i.principal.currency),
                  })
                : i.asOf > i.dueDate
                  ? t("invoices.interest.noneYet", { due: format.date(i.dueDate) })
                  : t("invoices.interest.notLate", { due: format.date(i.dueDate) })}
            </Text>
            {i.indemnity.amount > 0 && (
              <Text>
                {t("invoices.interest.indemnity", { amount: format.money(i.indemnity.amount, i.indemnity.currency) })}
              </Text>
            )}
            {i.rules === "quebec" && (
              <Text size="sm">
                {t(`invoices.interest.basis.${i.quebec.basis}`, {
                  rate: format.number(i.quebec.annualRatePpm / 10_000),
                })}{" "}
                {t("invoices.interest.prescription", { date: format.date(i.quebec.prescriptionDate) })}
              </Text>
            )}
            {i.rules === "france" && (
              <Text size="sm">
                {t("invoices.interest.france", {
                  rates: i.france.segments
                    .map((s) => `${format.number(s.ratePpm / 10_000)} % (${s.halfYear})`)
                    .join(", "),
                })}
              </Text>
            )}
            {rules?.warnings.map((w) => (
              <Alert key={w.code} color="orange" data-testid="interest-warning">
                {t(`invoices.interest.warnings.${w.code}`, { defaultValue: w.message })}
              </Alert>
            ))}
            {rules && rules.sources.length > 0 && (
              <div>
                <Text size="xs" c="dimmed">
                  {t("invoices.interest.sources")}
                </Text>
                <List size="xs">
                  {rules.sources.map((s) => (
                    <List.Item key={s.title}>
                      <Anchor href={s.url} target="_blank" rel="noreferrer" size="xs">
                        {sourceTitle(s)}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              </div>
            )}
            {canWrite && (
              <Group>
                <Button
                  variant="default"
                  disabled={i.total.amount <= 0}
                  loading={invoiceInterest.isPending}
                  onClick={() => invoiceInterest.mutate()}
                >
                  {t("invoices.interest.invoice", { amount: format.money(i.total.amount, i.total.currency) })}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Card>
    </Stack>
  );
}
