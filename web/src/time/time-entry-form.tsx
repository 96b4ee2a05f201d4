/**
 * Logs time by hand: whose (owners may log for a colleague), where (mandate, optional claim), when, how long (h:mm),
 * which category, and a note. The workspace's rounding rule is applied by the server and shown in the list.
 */
import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { notify } from "../notify.ts";
import { scopeKeys } from "../scope/query-keys.ts";
import { formatMinutes, parseDuration, scopeApi, type TimeCategory, today } from "../scope/scope-api.ts";
import { usePermissions, useSession } from "../session.tsx";
import { useFieldErrors } from "../use-field-errors.ts";
import { workspaceApi, workspaceKeys } from "../workspace/workspace-api.ts";
import { TimePlaceFields } from "./time-place-fields.tsx";

const paths = new Set(["memberId", "mandateId", "claimId", "date", "minutes", "category", "note"]);

export function TimeEntryForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const me = useSession();
  const { isOwner } = usePermissions();
  const members = useQuery({
    queryKey: workspaceKeys.members,
    queryFn: () => workspaceApi.members(),
    enabled: isOwner,
  });
  const [memberId, setMemberId] = useState(me.member.id);
  const [mandateId, setMandateId] = useState("");
  const [claimId, setClaimId] = useState("");
  const [date, setDate] = useState(today);
  const [duration, setDuration] = useState("");
  const [category, setCategory] = useState<TimeCategory>("billable");
  const [note, setNote] = useState("");
  const { errors, show, clear, reset } = useFieldErrors((path) => paths.has(path));
  const [localError, setLocalError] = useState<string>();

  const log = useMutation({
    mutationFn: (minutes: number) =>
      scopeApi.logTime({
        ...(memberId !== me.member.id ? { memberId } : {}),
        ...(mandateId ? { mandateId } : {}),
        ...(claimId ? { claimId } : {}),
        date,
        minutes,
        category,
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    onSuccess: (entry) => {
      for (const key of [scopeKeys.timeEntries, ["timesheet"], scopeKeys.goodwill, scopeKeys.capacity]) {
        void queryClient.invalidateQueries({ queryKey: key });
      }
      notify({ message: t("time.logged", { duration: formatMinutes(entry.minutes) }) });
      setDuration("");
      setNote("");
      reset();
    },
    onError: show,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const minutes = parseDuration(duration);
    if (minutes === undefined || minutes <= 0) {
      setLocalError(t("time.durationInvalid"));
      return;
    }
    setLocalError(undefined);
    log.mutate(minutes);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t("time.form.title")}>
      <Fieldset legend={t("time.form.title")}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            {isOwner && (
              <NativeSelect
                label={t("time.fields.member")}
                value={memberId}
                onChange={(e) => {
                  setMemberId(e.currentTarget.value);
                  clear("memberId");
                }}
                data={(members.data?.items ?? [me.member])
                  .filter((m) => m.status === "active")
                  .map((m) => ({ value: m.id, label: m.name }))}
                error={errors.memberId}
              />
            )}
            <TimePlaceFields
              idPrefix="entry"
              mandateId={mandateId}
              claimId={claimId}
              category={category}
              onMandate={(id) => {
                setMandateId(id);
                clear("mandateId");
              }}
              onClaim={(id) => {
                setClaimId(id);
                clear("claimId");
              }}
              onCategory={(c) => {
                setCategory(c);
                clear("category");
              }}
              errors={errors}
            />
            <TextInput
              label={t("time.fields.date")}
              type="date"
              required
              value={date}
              onChange={(e) => {
                setDate(e.currentTarget.value);
                clear("date");
              }}
              error={errors.date}
            />
            <TextInput
              label={t("time.fields.duration")}
              description={t("time.durationHelp")}
              placeholder="1:30"
              required
              inputMode="numeric"
              value={duration}
              onChange={(e) => {
                setDuration(e.currentTarget.value);
                setLocalError(undefined);
                clear("minutes");
              }}
              error={localError ?? errors.minutes}
            />
          </SimpleGrid>
          <TextInput
            label={t("time.fields.note")}
            value={note}
            onChange={(e) => {
              setNote(e.currentTarget.value);
              clear("note");
            }}
            error={errors.note}
          />
          <Group>
            <Button type="submit" loading={log.isPending}>
              {t("time.form.submit")}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}
