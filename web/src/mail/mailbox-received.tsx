/**
 * "Received by e-mail": the messages the server kept by polling the workspace's mailbox (every two minutes, or now on
 * demand), the client's marked; a list becomes a round of this mandate in one click, once; a message that cannot
 * become one is listed with its reason, never dropped. The last poll, or why it failed, is said above the list.
 */
import { Alert, Badge, Button, Group, Loader, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ApiError } from "../api/client.ts";
import { notify } from "../notify.ts";
import { scopeKeys } from "../scope/query-keys.ts";
import { problemMessage } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { type MailboxSettings, mailboxApi, type ReceivedMail } from "./mailbox-import-api.ts";
import { AttachmentsNote, ImportedMark } from "./mailbox-marks.tsx";
import { mailboxKeys } from "./query-keys.ts";

function ReceivedRow({ mail, mandateId }: { mail: ReceivedMail; mandateId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const subject = mail.subject || t("mailbox.noSubject");
  // Another client's list goes to that client's current mandate, said on the button; anything else to this one.
  const elsewhere = mail.client && mail.mandate && mail.mandate.id !== mandateId ? mail.mandate : null;
  const target = elsewhere?.id ?? mandateId;
  const makeRound = useMutation({
    mutationFn: () => mailboxApi.roundFromReceived(mail.id, target),
    onSuccess: (view) => {
      void queryClient.invalidateQueries({ queryKey: scopeKeys.rounds(target) });
      void queryClient.invalidateQueries({ queryKey: mailboxKeys.received });
      queryClient.setQueryData(scopeKeys.round(view.round.id), view);
      notify({ message: t("mailbox.importedToast", { count: view.claims.length }) });
      navigate(`/rounds/${view.round.id}`);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: mailboxKeys.received });
      }
      notify({ failure: true, title: t("errors.title"), message: problemMessage(error, t) });
    },
  });
  return (
    <Table.Tr>
      <Table.Td>{format.instant(mail.sentAt ?? mail.createdAt)}</Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Text size="sm">{mail.sender || "—"}</Text>
          {mail.client && (
            <Badge color="teal.9" tt="none" w="fit-content">
              {t(mail.client.match === "address" ? "mailbox.received.clientAddress" : "mailbox.received.clientDomain", {
                client: mail.client.name,
              })}
            </Badge>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {subject}
          </Text>
          <AttachmentsNote
            attachments={mail.attachments}
            hrefOf={
              mail.problem === "too_large" ? undefined : (i) => `/api/v1/mailbox/received/${mail.id}/attachments/${i}`
            }
          />
          {mail.problem && (
            <Text size="xs" c="orange.9">
              {t(`mailbox.received.problem.${mail.problem}`)}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        {mail.imported ? (
          <ImportedMark roundId={mail.imported.roundId} />
        ) : mail.problem ? (
          <Badge color="orange.9" variant="outline" tt="none">
            {t("mailbox.received.kept")}
          </Badge>
        ) : (
          <Button
            size="xs"
            loading={makeRound.isPending}
            onClick={() => makeRound.mutate()}
            aria-label={
              elsewhere
                ? t("mailbox.received.makeRoundElsewhereLabel", { subject, mandate: elsewhere.title })
                : t("mailbox.received.makeRoundLabel", { subject })
            }
          >
            {elsewhere
              ? t("mailbox.received.makeRoundElsewhere", { mandate: elsewhere.title })
              : t("mailbox.received.makeRound")}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

export function ReceivedMessages({ mandateId, settings }: { mandateId: string; settings: MailboxSettings }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const received = useQuery({ queryKey: mailboxKeys.received, queryFn: mailboxApi.received });
  const pollNow = useMutation({
    mutationFn: mailboxApi.pollNow,
    onSuccess: (outcome) => {
      void queryClient.invalidateQueries({ queryKey: mailboxKeys.received });
      void queryClient.invalidateQueries({ queryKey: mailboxKeys.settings });
      if (outcome.error) notify({ failure: true, title: t("errors.title"), message: outcome.error });
      else notify({ message: t("mailbox.received.polledToast", { count: outcome.received }) });
    },
    onError: (error) => notify({ failure: true, title: t("errors.title"), message: problemMessage(error, t) }),
  });
  return (
    <Stack gap="xs" role="group" aria-labelledby="mailbox-received-title">
      <Group justify="space-between">
        <Text fw={600} id="mailbox-received-title">
          {t("mailbox.received.title")}
        </Text>
        <Button variant="default" size="xs" loading={pollNow.isPending} onClick={() => pollNow.mutate()}>
          {t("mailbox.received.pollNow")}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {settings.polledAt
          ? t("mailbox.received.polledAt", { at: format.instant(settings.polledAt) })
          : t("mailbox.received.notPolledYet")}
      </Text>
      {settings.lastError && settings.lastErrorAt && (
        <Alert color="red" role="alert">
          {t("mailbox.received.lastError", { at: format.instant(settings.lastErrorAt), error: settings.lastError })}
        </Alert>
      )}
      {received.isPending && <Loader aria-label={t("common.loading")} />}
      {received.isError && <Text c="red.9">{problemMessage(received.error, t)}</Text>}
      {received.data &&
        (received.data.items.length === 0 ? (
          <Text c="dimmed">{t("mailbox.received.empty")}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped aria-label={t("mailbox.received.title")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("mailbox.date")}</Table.Th>
                  <Table.Th scope="col">{t("mailbox.from")}</Table.Th>
                  <Table.Th scope="col">{t("mailbox.subject")}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t("mailbox.received.makeRound")}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {received.data.items.map((m) => (
                  <ReceivedRow key={m.id} mail={m} mandateId={mandateId} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ))}
    </Stack>
  );
}
