/**
 * The continue / renegotiate / stop worksheet: the options side by side (live scores, facts, pros and cons), the
 * studio's values rated per option, then the verdict and its rationale. A decided worksheet is read-only; "Revise"
 * opens a new draft from it. From a "stop" verdict, the exit is one button away.
 */
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { clientKeys, clientsApi } from "../clients/clients-api.ts";
import { useRecordNames } from "../health/health-page.tsx";
import { notify } from "../notify.ts";
import { usePermissions } from "../session.tsx";
import { notifyError, problemMessage, useFieldErrors } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { usePageTitle } from "../use-page-title.ts";
import { DecisionCriteria } from "./decision-criteria.tsx";
import { DecisionOptionColumn } from "./decision-option-column.tsx";
import { DECISION_OPTIONS, type Decision, type DecisionChanges, type DecisionOption, exitApi } from "./exit-api.ts";
import { ExitOpenButton } from "./exit-open-button.tsx";
import { exitKeys } from "./query-keys.ts";

export function DecisionPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { canWrite } = usePermissions();
  const format = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const decision = useQuery({ queryKey: exitKeys.decision(id), queryFn: () => exitApi.decision(id) });
  const clientId = decision.data?.clientId ?? "";
  const client = useQuery({
    queryKey: clientKeys.detail(clientId),
    queryFn: () => clientsApi.get(clientId ?? ""),
    enabled: Boolean(clientId),
  });
  const names = useRecordNames(clientId);
  usePageTitle(client.data ? t("decision.titleOf", { name: client.data.name }) : t("decision.title"));

  const saved = (next: Decision) => {
    queryClient.setQueryData(exitKeys.decision(next.id), next);
    void queryClient.invalidateQueries({ queryKey: exitKeys.decisions(next.clientId) });
  };
  const change = useMutation({
    mutationFn: (changes: DecisionChanges) => exitApi.updateDecision(id, changes),
    onSuccess: saved,
    onError: (error) => notifyError(error, t),
  });
  const revise = useMutation({
    mutationFn: () => exitApi.updateDecision(id, { revise: true }),
    onSuccess: (next) => {
      saved(next);
      notify({ message: t("decision.revised") });
      navigate(`/decisions/${next.id}`);
    },
    onError: (error) => notifyError(error, t),
  });

  if (decision.isPending) return <Loader aria-label={t("common.loading")} />;
  if (decision.isError) return <Alert color="red">{problemMessage(decision.error, t)}</Alert>;
  const d = decision.data;
  const ended = client.data?.status === "ended";
  const readOnly = !canWrite || d.status === "decided" || ended;

  return (
    <Stack gap="lg" maw={1300}>
      <Stack gap={4}>
        <Group gap="md">
          <Anchor component={Link} to={`/clients/${d.clientId}`} size="sm">
            ← {client.data?.name ?? t("clients.title")}
          </Anchor>
          <Anchor component={Link} to={`/clients/${d.clientId}/health`} size="sm">
            {t("health.title")}
          </Anchor>
        </Group>
        <Title order={1}>{t("decision.titleOf", { name: client.data?.name ?? "…" })}</Title>
        <Group gap="xs">
          <Badge color={d.status === "decided" ? "grape.9" : "gray.7"}>{t(`decision.status.${d.status}`)}</Badge>
          <Text size="sm">{t("decision.openedOn", { date: format.date(d.createdOn) })}</Text>
          {d.supersedes && (
            <Anchor component={Link} to={`/decisions/${d.supersedes}`} size="sm">
              {t("decision.supersedes")}
            </Anchor>
          )}
          <Anchor href={`/api/v1/decisions/${d.id}/pdf`} target="_blank" rel="noopener" size="sm">
            {t("decision.pdf")}
          </Anchor>
        </Group>
        <Text size="sm" c="dimmed">
          {t("decision.intro")}
        </Text>
      </Stack>

      {d.status === "decided" && d.verdict && (
        <Alert
          color="grape"
          variant="light"
          title={t("decision.verdictIs", { option: t(`decision.option.${d.verdict}`) })}
        >
          <Stack gap="xs">
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {d.rationale}
            </Text>
            {d.decidedOn && <Text size="xs">{t("decision.decidedOn", { date: format.date(d.decidedOn) })}</Text>}
            {canWrite && !ended && (
              <Group>
                {d.verdict === "stop" && <ExitOpenButton clientId={d.clientId} decisionId={d.id} variant="filled" />}
                <Button variant="default" onClick={() => revise.mutate()} loading={revise.isPending}>
                  {t("decision.revise")}
                </Button>
              </Group>
            )}
          </Stack>
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, md: 3 }}>
        {DECISION_OPTIONS.map((o) => (
          <DecisionOptionColumn
            key={o}
            decision={d}
            option={o}
            readOnly={readOnly}
            names={names}
            busy={change.isPending}
            onChange={(changes) => change.mutate(changes)}
          />
        ))}
      </SimpleGrid>

      <DecisionCriteria
        decision={d}
        readOnly={readOnly}
        onRate={(criterionId, option, rating) => change.mutate({ ratings: [{ criterionId, option, rating }] })}
      />

      {!readOnly && <VerdictForm decision={d} onDone={saved} />}
    </Stack>
  );
}

function VerdictForm({ decision, onDone }: { decision: Decision; onDone: (d: Decision) => void }) {
  const { t } = useTranslation();
  const [verdict, setVerdict] = useState<DecisionOption | "">("");
  const [rationale, setRationale] = useState("");
  const { errors, show, clear } = useFieldErrors((p) => p.startsWith("verdict"));
  const record = useMutation({
    mutationFn: () =>
      exitApi.updateDecision(decision.id, { verdict: { verdict: verdict as DecisionOption, rationale } }),
    onSuccess: (next) => {
      onDone(next);
      notify({ message: t("decision.recorded") });
    },
    onError: show,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate();
  };
  return (
    <Card withBorder component="section" aria-labelledby="verdict-title">
      <Title order={2} size="h4" id="verdict-title" mb="sm">
        {t("decision.verdictTitle")}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Radio.Group
            label={t("decision.verdictLabel")}
            value={verdict}
            onChange={(v) => {
              setVerdict(v as DecisionOption);
              clear("verdict.verdict");
            }}
            error={errors["verdict.verdict"]}
            required
          >
            <Group mt={6}>
              {DECISION_OPTIONS.map((o) => (
                <Radio key={o} value={o} label={t(`decision.option.${o}`)} />
              ))}
            </Group>
          </Radio.Group>
          <Textarea
            label={t("decision.rationale")}
            description={t("decision.rationaleHint")}
            required
            autosize
            minRows={3}
            value={rationale}
            error={errors["verdict.rationale"]}
            onChange={(e) => {
              setRationale(e.currentTarget.value);
              clear("verdict.rationale");
            }}
          />
          <Group>
            <Button type="submit" loading={record.isPending} disabled={!verdict || !rationale.trim()}>
              {t("decision.record")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
