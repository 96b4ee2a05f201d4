/**
 * Ending a relationship well: the exit plan (dates, offers, mandates, invoices, final invoice, handover), the reason
 * and the letter's tone, the legal checks of the client's jurisdiction, the letter in French or English, and the
 * lifecycle (ready, execute, abandon). An executed or abandoned exit is read-only.
 */
import { Alert, Anchor, Badge, Group, Loader, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { clientKeys, clientsApi } from "../clients/clients-api.ts";
import { invoiceKeys } from "../invoices/query-keys.ts";
import { notify } from "../notify.ts";
import { offerKeys } from "../offers/query-keys.ts";
import { usePermissions } from "../session.tsx";
import { notifyError, problemMessage } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { usePageTitle } from "../use-page-title.ts";
import { ExitActions } from "./exit-actions.tsx";
import { type Exit, type ExitChanges, type ExitStatus, exitApi } from "./exit-api.ts";
import { ExitChecks } from "./exit-checks.tsx";
import { ExitLetter } from "./exit-letter.tsx";
import { ExitOptionsForm } from "./exit-options-form.tsx";
import { ExitPlanForm } from "./exit-plan-form.tsx";
import { exitKeys } from "./query-keys.ts";

const statusColors: Record<ExitStatus, string> = {
  draft: "gray.7",
  ready: "blue.9",
  executed: "red.9",
  abandoned: "grape.8",
};

export function ExitPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { canWrite } = usePermissions();
  const format = useFormat();
  const queryClient = useQueryClient();
  const exit = useQuery({ queryKey: exitKeys.exit(id), queryFn: () => exitApi.exit(id) });
  const clientId = exit.data?.clientId ?? "";
  const client = useQuery({
    queryKey: clientKeys.detail(clientId),
    queryFn: () => clientsApi.get(clientId ?? ""),
    enabled: Boolean(clientId),
  });
  usePageTitle(client.data ? t("exit.titleOf", { name: client.data.name }) : t("exit.title"));

  const changed = (next: Exit) => {
    queryClient.setQueryData(exitKeys.exit(id), next);
    void queryClient.invalidateQueries({ queryKey: exitKeys.letters(id) });
    void queryClient.invalidateQueries({ queryKey: exitKeys.exits(next.clientId) });
    if (next.status === "executed") {
      for (const key of [
        clientKeys.detailAll,
        clientKeys.all,
        offerKeys.all,
        invoiceKeys.all,
        exitKeys.healthAll,
        offerKeys.mandateAll,
      ])
        void queryClient.invalidateQueries({ queryKey: key });
    }
  };
  const revise = useMutation({
    mutationFn: (changes: ExitChanges) => exitApi.updateExit(id, changes),
    onSuccess: (next, changes) => {
      changed(next);
      if (changes.options?.reason || changes.options?.tone) notify({ message: t("exit.reason.saved") });
    },
    onError: (error) => notifyError(error, t),
  });

  if (exit.isPending) return <Loader aria-label={t("common.loading")} />;
  if (exit.isError) return <Alert color="red">{problemMessage(exit.error, t)}</Alert>;
  const e = exit.data;
  const editable = canWrite && e.status === "draft";
  const name = client.data?.name ?? "…";

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Group gap="md">
          <Anchor component={Link} to={`/clients/${e.clientId}`} size="sm">
            ← {name}
          </Anchor>
          {e.decisionId && (
            <Anchor component={Link} to={`/decisions/${e.decisionId}`} size="sm">
              {t("exit.fromDecision")}
            </Anchor>
          )}
        </Group>
        <Title order={1}>{t("exit.titleOf", { name })}</Title>
        <Group gap="xs">
          <Badge color={statusColors[e.status]} data-testid="exit-status">
            {t(`exit.status.${e.status}`)}
          </Badge>
          <Text size="sm">
            {t("exit.summary", {
              notice: format.date(e.plan.noticeDate),
              effective: format.date(e.plan.effectiveDate),
            })}
          </Text>
        </Group>
      </Stack>

      {e.status === "executed" && (
        <Alert color="red" variant="light" title={t("exit.executedTitle", { name })} data-testid="exit-executed">
          <Text size="sm">{t("exit.executedOn", { date: e.executedOn ? format.date(e.executedOn) : "—" })}</Text>
          {e.lesson && <Text size="sm">{t("exit.lessonIs", { lesson: e.lesson })}</Text>}
          {e.doNotReengage && <Text size="sm">{t("exit.execute.doNotReengage")}</Text>}
        </Alert>
      )}
      {e.status === "abandoned" && (
        <Alert color="grape" variant="light" title={t("exit.abandonedTitle")}>
          {e.reason}
        </Alert>
      )}
      {canWrite && e.status !== "draft" && e.status !== "executed" && e.status !== "abandoned" && (
        <Text size="sm" c="dimmed">
          {t("exit.readyFrozen")}
        </Text>
      )}

      <SimpleGrid cols={{ base: 1, lg: 2 }} style={{ alignItems: "start" }}>
        <ExitPlanForm
          key={`${e.status}:${e.plan.noticeDate}:${e.plan.effectiveDate}`}
          exit={e}
          readOnly={!editable || revise.isPending}
          onChange={(changes) => revise.mutate(changes)}
        />
        <Stack gap="md">
          <ExitChecks
            exit={e}
            busy={revise.isPending}
            onApplyDate={(date, finish) =>
              revise.mutate({
                effectiveDate: date,
                ...(finish.length > 0
                  ? {
                      options: {
                        choices: {
                          ...e.options.choices,
                          mandates: {
                            ...e.options.choices.mandates,
                            ...Object.fromEntries(finish.map((m) => [m, "finish_milestone" as const])),
                          },
                        },
                      },
                    }
                  : {}),
              })
            }
          />
          {canWrite && (e.status === "draft" || e.status === "ready") && (
            <ExitActions exit={e} clientName={name} onChanged={changed} />
          )}
        </Stack>
      </SimpleGrid>

      <ExitOptionsForm
        key={`options:${e.status}`}
        exit={e}
        readOnly={!editable}
        busy={revise.isPending}
        onSave={(options) => revise.mutate({ options })}
      />
      <ExitLetter
        key={client.data?.language ?? "fr"}
        exit={e}
        defaultLang={client.data?.language ?? "fr"}
        canEdit={canWrite && e.status === "draft"}
        canSend={canWrite && (e.status === "ready" || e.status === "executed")}
      />
    </Stack>
  );
}
