/**
 * The running timer in the header: start it on a mandate, a claim and a category; it counts while one works and logs
 * the time when stopped (one timer per member, kept by the server across pages and devices).
 */
import { Button, Popover, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.ts";
import { notify } from "../notify.ts";
import { scopeKeys } from "../scope/query-keys.ts";
import { formatMinutes, scopeApi, type TimeCategory } from "../scope/scope-api.ts";
import { usePermissions, useSession } from "../session.tsx";
import { notifyError, useFieldErrors } from "../use-field-errors.ts";
import { TimePlaceFields } from "./time-place-fields.tsx";

function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(() => setNow(Date.now()), 15_000);
    return () => window.clearInterval(timer);
  }, [active]);
  return now;
}

export function TimerButton() {
  const { t } = useTranslation();
  const me = useSession();
  const { canWrite } = usePermissions();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const [mandateId, setMandateId] = useState("");
  const [claimId, setClaimId] = useState("");
  const [category, setCategory] = useState<TimeCategory>("billable");
  const [note, setNote] = useState("");
  const { errors, show, reset } = useFieldErrors((path) => ["mandateId", "claimId", "category", "note"].includes(path));
  const timers = useQuery({ queryKey: scopeKeys.timers, queryFn: scopeApi.timers, enabled: canWrite });
  const mine = timers.data?.items.find((x) => x.memberId === me.member.id);
  const now = useNow(Boolean(mine));

  const start = useMutation({
    mutationFn: () =>
      scopeApi.startTimer({
        ...(mandateId ? { mandateId } : {}),
        ...(claimId ? { claimId } : {}),
        category,
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: scopeKeys.timers });
      setOpened(false);
      reset();
      notify({ message: t("time.timer.started") });
    },
    onError: show,
  });
  const stop = useMutation({
    mutationFn: scopeApi.stopTimer,
    onSuccess: (entry) => {
      for (const key of [scopeKeys.timers, scopeKeys.timeEntries, ["timesheet"], scopeKeys.goodwill]) {
        void queryClient.invalidateQueries({ queryKey: key });
      }
      notify({ message: t("time.timer.stopped", { duration: formatMinutes(entry.minutes) }) });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.fields.some((f) => f.issue === "too_short")) {
        notify({ failure: true, message: t("time.timer.tooShort") });
      } else notifyError(error, t);
    },
  });

  if (!canWrite) return null;
  if (mine) {
    const minutes = Math.max(0, Math.floor((now - Date.parse(mine.startedAt)) / 60_000));
    return (
      <Button
        color="red.9"
        size="compact-md"
        onClick={() => stop.mutate()}
        loading={stop.isPending}
        aria-label={t("time.timer.stopLabel", { duration: formatMinutes(minutes) })}
      >
        <span aria-hidden>■</span>&nbsp;{formatMinutes(minutes)}
      </Button>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    start.mutate();
  };
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" trapFocus withinPortal width={320} shadow="md">
      <Popover.Target>
        <Button
          variant="default"
          size="compact-md"
          onClick={() => setOpened((o) => !o)}
          aria-label={t("time.timer.start")}
          aria-expanded={opened}
        >
          <span aria-hidden>▶</span>
          <Text span inherit visibleFrom="sm" aria-hidden>
            &nbsp;{t("time.timer.start")}
          </Text>
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form onSubmit={submit} noValidate aria-label={t("time.timer.formLabel")}>
          <Stack gap="xs">
            <TimePlaceFields
              idPrefix="timer"
              mandateId={mandateId}
              claimId={claimId}
              category={category}
              onMandate={setMandateId}
              onClaim={setClaimId}
              onCategory={setCategory}
              errors={errors}
            />
            <TextInput
              label={t("time.fields.note")}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              error={errors.note}
            />
            <Button type="submit" loading={start.isPending}>
              {t("time.timer.startNow")}
            </Button>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
