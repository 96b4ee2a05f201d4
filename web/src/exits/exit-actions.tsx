/**
 * The lifecycle of an exit: mark ready (refused while a blocking check fails — the API's answer is shown), reopen,
 * execute (confirmed in a dialog that says exactly what will happen) and abandon with a reason.
 */
import { Alert, Button, Card, Checkbox, Group, List, Modal, Stack, Text, Textarea, Title } from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.ts";
import { notify } from "../notify.ts";
import { notifyError, problemMessage, useFieldErrors } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { type Exit, exitApi, inLanguage } from "./exit-api.ts";
import { exitKeys } from "./query-keys.ts";

/** The API's refusal to mark ready a plan whose notice day, the letter's date, has passed. */
const pastNoticeDay = (error: unknown) =>
  error instanceof ApiError && error.fields.some((f) => f.path === "noticeDate" && f.issue === "past");

export function ExitActions({
  exit,
  clientName,
  onChanged,
}: {
  exit: Exit;
  clientName: string;
  onChanged: (next: Exit) => void;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [refusal, setRefusal] = useState<unknown>(null);
  const [executing, setExecuting] = useState(false);
  const [abandoning, setAbandoning] = useState(false);
  // A refusal answers the plan as it was; once the plan changes, it no longer applies.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the exit is the trigger, not a value read inside.
  useEffect(() => setRefusal(null), [exit]);
  const status = useMutation({
    mutationFn: (next: "ready" | "draft") => exitApi.updateExit(exit.id, { status: next }),
    onSuccess: (next) => {
      setRefusal(null);
      onChanged(next);
      notify({ message: t(`exit.actions.${next.status === "ready" ? "markedReady" : "reopened"}`) });
    },
    onError: (error) => {
      if (error instanceof ApiError && (error.status === 409 || pastNoticeDay(error))) setRefusal(error);
      else notifyError(error, t);
    },
  });
  const failing = (exit.checks?.checks ?? []).filter((c) => c.severity === "blocking" && !c.passed);

  return (
    <Card withBorder component="section" aria-labelledby="exit-actions-title">
      <Title order={2} size="h4" id="exit-actions-title" mb="sm">
        {t("exit.actions.title")}
      </Title>
      <Text size="sm" mb="sm">
        {t(`exit.actions.hint.${exit.status}`)}
      </Text>
      {refusal !== null && (
        <Alert color="red" variant="light" mb="sm" title={t("exit.actions.refused")} role="alert">
          <Text size="sm">
            {pastNoticeDay(refusal)
              ? t("exit.actions.noticeDayPast", { date: format.date(exit.plan.noticeDate) })
              : problemMessage(refusal, t)}
          </Text>
          {refusal instanceof ApiError && refusal.detail && !pastNoticeDay(refusal) && (
            <Text size="xs" mt={4}>
              {t("exit.actions.apiAnswer", { detail: refusal.detail })}
            </Text>
          )}
          {failing.length > 0 && (
            <List size="sm" mt={4}>
              {failing.map((c) => (
                <List.Item key={c.code}>{inLanguage(c.message, i18n.language)}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
      <Group>
        {exit.status === "draft" && (
          <Button onClick={() => status.mutate("ready")} loading={status.isPending}>
            {t("exit.actions.markReady")}
          </Button>
        )}
        {exit.status === "ready" && (
          <>
            <Button color="red.9" onClick={() => setExecuting(true)}>
              {t("exit.actions.execute")}
            </Button>
            <Button variant="default" onClick={() => status.mutate("draft")} loading={status.isPending}>
              {t("exit.actions.reopen")}
            </Button>
          </>
        )}
        {(exit.status === "draft" || exit.status === "ready") && (
          <Button variant="subtle" color="dark.6" onClick={() => setAbandoning(true)}>
            {t("exit.actions.abandon")}
          </Button>
        )}
      </Group>
      <Modal opened={executing} onClose={() => setExecuting(false)} title={t("exit.execute.title")} size="lg">
        <ExecuteForm
          exit={exit}
          clientName={clientName}
          onClose={() => setExecuting(false)}
          onDone={(next) => {
            setExecuting(false);
            onChanged(next);
          }}
        />
      </Modal>
      <Modal opened={abandoning} onClose={() => setAbandoning(false)} title={t("exit.abandon.title")}>
        <AbandonForm
          exit={exit}
          onClose={() => setAbandoning(false)}
          onDone={(next) => {
            setAbandoning(false);
            onChanged(next);
          }}
        />
      </Modal>
    </Card>
  );
}

function ExecuteForm({
  exit,
  clientName,
  onClose,
  onDone,
}: {
  exit: Exit;
  clientName: string;
  onClose: () => void;
  onDone: (next: Exit) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { plan } = exit;
  const money = (v: number) => format.money(v, plan.currency);
  const [doNotReengage, setDoNotReengage] = useState(false);
  const [sendLetter, setSendLetter] = useState(true);
  const [lesson, setLesson] = useState("");
  const { errors, show, clear } = useFieldErrors((p) => p === "lesson");
  // The frozen letter's date is the plan's notice day: never given before and past that day, it cannot go as dated.
  const letterLang = exit.letter?.lang ?? "fr";
  const letter = useQuery({
    queryKey: exitKeys.letter(exit.id, letterLang),
    queryFn: () => exitApi.letter(exit.id, letterLang),
  });
  const late = !!letter.data?.datePassed && !exit.sentLetters?.some((m) => m.status !== "failed");
  const run = useMutation({
    // The answer of execute holds the bare exit (no checks, options or letter): read the whole view again.
    mutationFn: async () => {
      await exitApi.execute(exit.id, { doNotReengage, lesson, sendLetter: sendLetter && !late });
      return exitApi.exit(exit.id);
    },
    onSuccess: (next) => {
      notify({ message: t("exit.execute.done", { name: clientName }) });
      onDone(next);
    },
    onError: show,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    run.mutate();
  };
  const writeOffs = plan.invoices.filter((i) => i.action === "write_off");
  const kept = plan.invoices.filter((i) => i.action === "collect" || i.action === "payment_plan");
  const credited = plan.invoices.filter((i) => i.action === "credit");
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text fw={600}>{t("exit.execute.whatHappens")}</Text>
        <List size="sm" spacing={4} data-testid="execute-summary">
          {plan.offers.map((o) => (
            <List.Item key={o.id}>
              {t("exit.execute.cancelOffer", { reference: o.reference, title: o.title })}
            </List.Item>
          ))}
          {plan.mandates.map((m) => (
            <List.Item key={m.mandateId}>
              {t(`exit.execute.mandate.${m.action}`, { reference: m.reference, title: m.title })}
            </List.Item>
          ))}
          {plan.totals.finalInvoice > 0 && (
            <List.Item>{t("exit.execute.finalInvoice", { amount: money(plan.totals.finalInvoice) })}</List.Item>
          )}
          {kept.length > 0 && (
            <List.Item>{t("exit.execute.keptInvoices", { numbers: kept.map((i) => i.number).join(", ") })}</List.Item>
          )}
          {credited.map((i) => (
            <List.Item key={i.id}>{t("exit.execute.creditedInvoice", { number: i.number })}</List.Item>
          ))}
          {writeOffs.map((i) => (
            <List.Item key={i.id}>
              {t("exit.execute.writeOff", { number: i.number, amount: money(i.balance) })}
            </List.Item>
          ))}
          <List.Item>{t("exit.execute.clientEnded", { name: clientName })}</List.Item>
          <List.Item>{t("exit.execute.audited")}</List.Item>
        </List>
        <Alert color="orange" variant="light">
          {t("exit.execute.irreversible")}
        </Alert>
        <Checkbox
          label={t("exit.execute.sendLetter")}
          description={
            late && letter.data
              ? t("exit.letter.datePassed", { date: format.date(letter.data.date) })
              : t("exit.execute.sendLetterHint")
          }
          disabled={late}
          checked={sendLetter && !late}
          onChange={(e) => setSendLetter(e.currentTarget.checked)}
        />
        <Checkbox
          label={t("exit.execute.doNotReengage")}
          checked={doNotReengage}
          onChange={(e) => setDoNotReengage(e.currentTarget.checked)}
        />
        <Textarea
          label={t("exit.execute.lesson")}
          description={t("exit.execute.lessonHint")}
          required
          autosize
          minRows={3}
          data-autofocus
          value={lesson}
          error={errors.lesson}
          onChange={(e) => {
            setLesson(e.currentTarget.value);
            clear("lesson");
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" color="red.9" loading={run.isPending} disabled={!lesson.trim()}>
            {t("exit.execute.confirm")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AbandonForm({ exit, onClose, onDone }: { exit: Exit; onClose: () => void; onDone: (next: Exit) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const { errors, show, clear } = useFieldErrors((p) => p === "abandonReason");
  const run = useMutation({
    mutationFn: () => exitApi.updateExit(exit.id, { status: "abandoned", abandonReason: reason }),
    onSuccess: (next) => {
      notify({ message: t("exit.abandon.done") });
      onDone(next);
    },
    onError: show,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    run.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t("exit.abandon.hint")}</Text>
        <Textarea
          label={t("exit.abandon.reason")}
          required
          autosize
          minRows={2}
          data-autofocus
          value={reason}
          error={errors.abandonReason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            clear("abandonReason");
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" color="red.9" loading={run.isPending}>
            {t("exit.abandon.confirm")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
