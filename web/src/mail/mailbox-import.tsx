/**
 * "Import from the mailbox" on a mandate's scope page: the recent messages of the workspace's mailbox (the client's
 * marked), each imported as a list of the mandate in one click, once; owners connect the mailbox here too.
 */
import { Alert, Badge, Button, Card, Group, Loader, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ApiError } from "../api/client.ts";
import { notify } from "../notify.ts";
import { scopeKeys } from "../scope/query-keys.ts";
import { usePermissions } from "../session.tsx";
import { problemMessage } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { type MailboxMessage, mailboxApi } from "./mailbox-import-api.ts";
import { MailboxSettingsForm } from "./mailbox-import-settings.tsx";
import { AttachmentsNote, ImportedMark } from "./mailbox-marks.tsx";
import { ReceivedMessages } from "./mailbox-received.tsx";
import { mailboxKeys } from "./query-keys.ts";

const MAIL_CODES = new Set(["mail_login_refused", "mail_server_unreachable"]);
const MAIL_ISSUES = new Set(["no_text", "no_claims", "broken_message", "unknown_folder"]);

/** The mailbox's own problems in the UI language; anything else as the app says it. */
function mailProblem(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (MAIL_CODES.has(error.code)) return t(`mailbox.errors.${error.code}`);
    const issue = error.fields.find((f) => MAIL_ISSUES.has(f.issue))?.issue;
    if (issue) return t(`mailbox.errors.${issue}`);
    if (error.status === 409) return t("mailbox.alreadyImported");
  }
  return problemMessage(error, t);
}

function MessageRow({ message, mandateId }: { message: MailboxMessage; mandateId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const subject = message.subject || t("mailbox.noSubject");
  const importOne = useMutation({
    mutationFn: () => mailboxApi.importMessage(mandateId, message.uid),
    onSuccess: (view) => {
      void queryClient.invalidateQueries({ queryKey: scopeKeys.rounds(mandateId) });
      void queryClient.invalidateQueries({ queryKey: mailboxKeys.messages(mandateId) });
      queryClient.setQueryData(scopeKeys.round(view.round.id), view);
      notify({ message: t("mailbox.importedToast", { count: view.claims.length }) });
      navigate(`/rounds/${view.round.id}`);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: mailboxKeys.messages(mandateId) });
      }
      notify({ failure: true, title: t("errors.title"), message: mailProblem(error, t) });
    },
  });
  return (
    <Table.Tr>
      <Table.Td>{message.date ? format.instant(message.date) : "—"}</Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Text size="sm">{message.from ? message.from.name || message.from.address : "—"}</Text>
          {message.from?.name && (
            <Text size="xs" c="dimmed">
              {message.from.address}
            </Text>
          )}
          {message.clientMatch && (
            <Badge color="teal.9" tt="none" w="fit-content">
              {t(message.clientMatch === "address" ? "mailbox.fromClient" : "mailbox.fromClientDomain")}
            </Badge>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {subject}
          </Text>
          <AttachmentsNote attachments={message.attachments} />
        </Stack>
      </Table.Td>
      <Table.Td>
        {message.imported ? (
          <ImportedMark roundId={message.imported.roundId} />
        ) : (
          <Button
            size="xs"
            loading={importOne.isPending}
            onClick={() => importOne.mutate()}
            aria-label={t("mailbox.importLabel", { subject })}
          >
            {t("mailbox.import")}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function RecentMessages({ mandateId }: { mandateId: string }) {
  const { t } = useTranslation();
  const messages = useQuery({
    queryKey: mailboxKeys.messages(mandateId),
    queryFn: () => mailboxApi.messages(mandateId),
    retry: false,
  });
  if (messages.isPending) return <Loader aria-label={t("common.loading")} />;
  if (messages.isError)
    return (
      <Alert color="red" role="alert">
        {mailProblem(messages.error, t)}
      </Alert>
    );
  const { folder, items } = messages.data;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t("mailbox.folderIs", { folder })}
        </Text>
        <Button variant="subtle" size="xs" loading={messages.isFetching} onClick={() => void messages.refetch()}>
          {t("mailbox.refresh")}
        </Button>
      </Group>
      {items.length === 0 ? (
        <Text c="dimmed">{t("mailbox.empty")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-label={t("mailbox.title")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("mailbox.date")}</Table.Th>
                <Table.Th scope="col">{t("mailbox.from")}</Table.Th>
                <Table.Th scope="col">{t("mailbox.subject")}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t("mailbox.import")}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((m) => (
                <MessageRow key={m.uid} message={m} mandateId={mandateId} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

export function MailboxImport({ mandateId }: { mandateId: string }) {
  const { t } = useTranslation();
  const { isOwner, canWrite } = usePermissions();
  const [editing, setEditing] = useState(false);
  const [open, setOpen] = useState(false);
  const settings = useQuery({ queryKey: mailboxKeys.settings, queryFn: mailboxApi.settings });
  return (
    <Card withBorder component="section" aria-labelledby="mailbox-import-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id="mailbox-import-title">
            {t("mailbox.title")}
          </Title>
          {isOwner && settings.data?.configured && !editing && (
            <Button variant="subtle" size="xs" onClick={() => setEditing(true)}>
              {t("mailbox.editSettings")}
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t("mailbox.help")}
        </Text>
        {settings.isPending && <Loader aria-label={t("common.loading")} />}
        {settings.isError && <Text c="red.9">{problemMessage(settings.error, t)}</Text>}
        {settings.data && editing && <MailboxSettingsForm current={settings.data} onDone={() => setEditing(false)} />}
        {settings.data && !editing && !settings.data.configured && (
          <Group>
            <Text>{t("mailbox.notConnected")}</Text>
            {isOwner ? (
              <Button variant="default" onClick={() => setEditing(true)}>
                {t("mailbox.connect")}
              </Button>
            ) : (
              <Text c="dimmed">{t("mailbox.askOwner")}</Text>
            )}
          </Group>
        )}
        {settings.data?.configured && !editing && (
          <>
            <Text size="sm">
              {t("mailbox.connectedTo", {
                username: settings.data.username,
                host: settings.data.host,
                folder: settings.data.folder,
              })}
            </Text>
            {canWrite && <ReceivedMessages mandateId={mandateId} settings={settings.data} />}
            {open ? (
              <RecentMessages mandateId={mandateId} />
            ) : (
              <Button variant="default" w="fit-content" onClick={() => setOpen(true)}>
                {t("mailbox.check")}
              </Button>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
