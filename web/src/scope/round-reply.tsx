/**
 * The answer to the round: generated in the client's language once every claim is triaged, editable, then sent by
 * e-mail (or kept in the outbox when the installation has no mail server).
 */
import { Alert, Button, Fieldset, Group, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { notify } from "../notify.ts";
import { useFieldErrors } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { scopeKeys } from "./query-keys.ts";
import { type OutboxMessage, type RoundView, scopeApi } from "./scope-api.ts";

export function RoundReply({ view, canWrite }: { view: RoundView; canWrite: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const saved = view.round.reply;
  const [subject, setSubject] = useState(saved?.subject ?? "");
  const [body, setBody] = useState(saved?.body ?? "");
  const [message, setMessage] = useState<OutboxMessage | null>(null);
  const { errors, show, clear } = useFieldErrors((path) => path === "subject" || path === "body");
  const ready = view.summary.untriaged === 0 && view.summary.total > 0;

  const run = useMutation({
    mutationFn: (input: { subject?: string; body?: string; send?: boolean }) => scopeApi.reply(view.round.id, input),
    onSuccess: (letter, input) => {
      setSubject(letter.subject);
      setBody(letter.body);
      setMessage(letter.message);
      void queryClient.invalidateQueries({ queryKey: scopeKeys.round(view.round.id) });
      if (input.send) {
        const status = letter.message?.status ?? "kept";
        notify({ message: t(`scope.reply.status.${status}`, { to: letter.message?.to ?? "" }) });
      } else notify({ message: input.body ? t("scope.reply.saved") : t("scope.reply.generated") });
    },
    onError: show,
  });

  const hasLetter = subject !== "" || body !== "";

  return (
    <Fieldset legend={t("scope.reply.title")}>
      <Stack gap="sm">
        {!ready && (
          <Text size="sm" c="dimmed">
            {t("scope.reply.notReady", { count: view.summary.untriaged })}
          </Text>
        )}
        {saved && (
          <Text size="xs" c="dimmed">
            {t("scope.reply.updatedAt", { at: format.instant(saved.updatedAt) })}
          </Text>
        )}
        {canWrite && (
          <Group>
            <Button
              variant={hasLetter ? "default" : "filled"}
              onClick={() => run.mutate({})}
              loading={run.isPending && !run.variables?.body}
              disabled={!ready}
            >
              {hasLetter ? t("scope.reply.regenerate") : t("scope.reply.generate")}
            </Button>
          </Group>
        )}
        {hasLetter && (
          <>
            <TextInput
              label={t("scope.reply.subject")}
              value={subject}
              readOnly={!canWrite}
              onChange={(e) => {
                setSubject(e.currentTarget.value);
                clear("subject");
              }}
              error={errors.subject}
            />
            <Textarea
              label={t("scope.reply.body")}
              autosize
              minRows={10}
              maxRows={40}
              value={body}
              readOnly={!canWrite}
              onChange={(e) => {
                setBody(e.currentTarget.value);
                clear("body");
              }}
              error={errors.body}
              styles={{ input: { fontFamily: "inherit", lineHeight: 1.5 } }}
            />
            {canWrite && (
              <Group>
                <Button
                  variant="default"
                  onClick={() => run.mutate({ subject, body })}
                  disabled={run.isPending || !ready}
                >
                  {t("scope.reply.save")}
                </Button>
                <Button onClick={() => run.mutate({ subject, body, send: true })} disabled={run.isPending || !ready}>
                  {t("scope.reply.send")}
                </Button>
              </Group>
            )}
          </>
        )}
        {message && (
          <Alert color={message.status === "failed" ? "red" : "teal"} role="status">
            {t(`scope.reply.status.${message.status}`, { to: message.to ?? "" })}
            {message.error ? ` ${message.error}` : ""}
          </Alert>
        )}
      </Stack>
    </Fieldset>
  );
}
