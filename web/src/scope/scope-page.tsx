/** A mandate's scope guard: the client's feedback lists (rounds), a form to receive a new one, and the change log. */
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Fieldset,
  Group,
  Loader,
  Progress,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { MailboxImport } from "../mail/mailbox-import.tsx";
import { notify } from "../notify.ts";
import { usePermissions } from "../session.tsx";
import { BudgetCell, UnratedFlag } from "../time/goodwill-panel.tsx";
import { problemMessage, useFieldErrors } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { usePageTitle } from "../use-page-title.ts";
import { ChangeOrderLog } from "./change-order-log.tsx";
import { scopeKeys } from "./query-keys.ts";
import { scopeApi, today } from "./scope-api.ts";

const paths = new Set(["text", "receivedAt"]);

function ReceiveRoundForm({ mandateId }: { mandateId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [text, setText] = useState("");
  const [receivedAt, setReceivedAt] = useState(today);
  const { errors, show, clear } = useFieldErrors((path) => paths.has(path));
  const receive = useMutation({
    mutationFn: () => scopeApi.receiveRound(mandateId, { text, receivedAt }),
    onSuccess: (view) => {
      void queryClient.invalidateQueries({ queryKey: scopeKeys.rounds(mandateId) });
      queryClient.setQueryData(scopeKeys.round(view.round.id), view);
      notify({ message: t("scope.received", { count: view.claims.length }) });
      navigate(`/rounds/${view.round.id}`);
    },
    onError: show,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    receive.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t("scope.receive.title")}>
      <Fieldset legend={t("scope.receive.title")}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t("scope.receive.help")}
          </Text>
          <Textarea
            label={t("scope.receive.text")}
            required
            autosize
            minRows={6}
            maxRows={20}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              clear("text");
            }}
            error={errors.text}
          />
          <Group align="end">
            <TextInput
              label={t("scope.receive.receivedAt")}
              type="date"
              required
              value={receivedAt}
              onChange={(e) => {
                setReceivedAt(e.currentTarget.value);
                clear("receivedAt");
              }}
              error={errors.receivedAt}
            />
            <Button type="submit" loading={receive.isPending}>
              {t("scope.receive.submit")}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}

/** What this mandate's free work amounts to, against its budget. */
function MandateGoodwill({ mandateId }: { mandateId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const goodwill = useQuery({
    queryKey: [...scopeKeys.goodwill, mandateId],
    queryFn: () => scopeApi.goodwill({ mandateId }),
  });
  const row = goodwill.data?.mandates.find((x) => x.id === mandateId);
  return (
    <Card withBorder component="section" aria-labelledby="mandate-goodwill-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h3" id="mandate-goodwill-title">
          {t("time.goodwill.title")}
        </Title>
        <Anchor component={Link} to="/time" size="sm">
          {t("scope.goodwillLink")}
        </Anchor>
      </Group>
      {goodwill.isError && <Text c="red.9">{problemMessage(goodwill.error, t)}</Text>}
      {goodwill.data && !row && <Text c="dimmed">{t("time.goodwill.empty")}</Text>}
      {row && (
        <Stack gap="xs">
          <Text fw={600}>
            {t("scope.goodwillTotal", {
              hours: format.number(row.hours),
              value: format.money(row.value.amount, row.value.currency),
            })}
          </Text>
          {row.unratedHours > 0 && <UnratedFlag hours={row.unratedHours} />}
          <BudgetCell total={row} />
        </Stack>
      )}
    </Card>
  );
}

export function ScopePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { canWrite } = usePermissions();
  const format = useFormat();
  const mandate = useQuery({ queryKey: scopeKeys.mandate(id), queryFn: () => scopeApi.mandate(id) });
  const rounds = useQuery({ queryKey: scopeKeys.rounds(id), queryFn: () => scopeApi.rounds(id) });
  usePageTitle(mandate.data ? t("scope.pageTitle", { title: mandate.data.title }) : t("scope.title"));

  if (mandate.isPending) return <Loader aria-label={t("common.loading")} />;
  if (mandate.isError) return <Alert color="red">{problemMessage(mandate.error, t)}</Alert>;
  const m = mandate.data;

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Anchor component={Link} to={`/mandates/${m.id}`} size="sm">
          ← {t("scope.backToMandate")}
        </Anchor>
        <Title order={1}>{t("scope.pageTitle", { title: m.title })}</Title>
        <Group gap="xs">
          {m.offerNumber && (
            <Badge color="gray.7" variant="outline" tt="none">
              {m.offerNumber}
            </Badge>
          )}
          <Badge color="teal.9">{t(`scope.mandateStatus.${m.status}`)}</Badge>
        </Group>
      </Stack>

      <Stack component="section" aria-labelledby="rounds-title" gap="sm">
        <Title order={2} size="h3" id="rounds-title">
          {t("scope.rounds.title")}
        </Title>
        {rounds.isPending && <Loader aria-label={t("common.loading")} />}
        {rounds.isError && <Text c="red.9">{problemMessage(rounds.error, t)}</Text>}
        {rounds.data && rounds.data.items.length === 0 && <Text c="dimmed">{t("scope.rounds.empty")}</Text>}
        {rounds.data && rounds.data.items.length > 0 && (
          <Table.ScrollContainer minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("scope.rounds.number")}</Table.Th>
                  <Table.Th scope="col">{t("scope.rounds.receivedOn")}</Table.Th>
                  <Table.Th scope="col">{t("scope.rounds.claims")}</Table.Th>
                  <Table.Th scope="col">{t("scope.rounds.progress")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rounds.data.items.map((r, i) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/rounds/${r.id}`} fw={600}>
                        {t("scope.rounds.name", { n: i + 1 })}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{format.date(r.receivedOn)}</Table.Td>
                    <Table.Td>{r.claims}</Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        <Text size="sm">{t("scope.rounds.triaged", { done: r.triaged, total: r.claims })}</Text>
                        <Progress
                          value={r.claims === 0 ? 0 : (r.triaged / r.claims) * 100}
                          color={r.triaged === r.claims ? "teal.9" : "blue.8"}
                          aria-hidden
                        />
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>

      {canWrite && <ReceiveRoundForm mandateId={m.id} />}

      {canWrite && <MailboxImport mandateId={m.id} />}

      <MandateGoodwill mandateId={m.id} />

      <Card withBorder component="section" aria-labelledby="change-log-title">
        <Title order={2} size="h3" id="change-log-title" mb="sm">
          {t("changeOrders.log.title")}
        </Title>
        <ChangeOrderLog mandateId={m.id} />
      </Card>
    </Stack>
  );
}
