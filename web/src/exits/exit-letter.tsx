/**
 * The termination letter: previewed in French or English, edited on a draft (subject and paragraphs, one blank line
 * between paragraphs), reset to the generated text, and opened as a PDF in a new tab. Marking the plan ready freezes
 * it; it is sent once ready, or after the exit is executed, and every sending is listed. A letter the records cannot
 * write yet (reasons missing in its language) says what to write.
 */
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.ts";
import { notify } from "../notify.ts";
import { useFieldErrors } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { type Exit, exitApi } from "./exit-api.ts";
import { exitKeys } from "./query-keys.ts";

export function ExitLetter({
  exit,
  defaultLang,
  canEdit,
  canSend,
}: {
  exit: Exit;
  defaultLang: "fr" | "en";
  canEdit: boolean;
  canSend: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [lang, setLang] = useState<"fr" | "en">(defaultLang);
  const [editing, setEditing] = useState(false);
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const letter = useQuery({ queryKey: exitKeys.letter(exit.id, lang), queryFn: () => exitApi.letter(exit.id, lang) });
  const { errors, show, clear, reset } = useFieldErrors((p) => p.startsWith("letter."));
  const refresh = (next: Exit) => {
    queryClient.setQueryData(exitKeys.exit(exit.id), next);
    void queryClient.invalidateQueries({ queryKey: exitKeys.letters(exit.id) });
  };
  const save = useMutation({
    mutationFn: (value: { subject: string; paragraphs: string[]; lang: "fr" | "en" } | null) =>
      exitApi.updateExit(exit.id, { letter: value }),
    onSuccess: (next) => {
      refresh(next);
      setEditing(false);
      reset();
      notify({ message: t("exit.letter.saved") });
    },
    onError: show,
  });
  const send = useMutation({
    mutationFn: () => exitApi.sendLetter(exit.id, lang),
    onSuccess: (message) => {
      void queryClient.invalidateQueries({ queryKey: exitKeys.exit(exit.id) });
      notify({
        message: t(
          `exit.letter.sendResult.${message.status === "sent" ? "sent" : message.status === "failed" ? "failed" : "kept"}`,
          { to: message.to },
        ),
      });
    },
    onError: show,
  });
  // A letter never given (sent, or kept to send by hand) whose date has passed would give less notice than it says.
  const lateFirstSending =
    !!letter.data?.datePassed && canSend && !exit.sentLetters?.some((m) => m.status !== "failed");
  const startEditing = () => {
    if (!letter.data) return;
    setSubject(letter.data.subject);
    setBody(letter.data.paragraphs.join("\n\n"));
    setEditing(true);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const paragraphs = body
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    save.mutate({ subject, paragraphs, lang });
  };

  return (
    <Card withBorder component="section" aria-labelledby="letter-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="letter-title">
          {t("exit.letter.title")}
        </Title>
        <Group gap="xs">
          <SegmentedControl
            aria-label={t("exit.letter.language")}
            value={lang}
            onChange={(v) => {
              setLang(v as "fr" | "en");
              setEditing(false);
            }}
            data={[
              { value: "fr", label: t("exit.letter.fr") },
              { value: "en", label: t("exit.letter.en") },
            ]}
          />
          <Button
            component="a"
            href={exitApi.letterPdfUrl(exit.id, lang)}
            target="_blank"
            rel="noopener"
            variant="default"
          >
            {t("exit.letter.pdf")}
          </Button>
        </Group>
      </Group>
      {letter.error instanceof ApiError && (
        <Alert color="orange" variant="light" role="status">
          {letter.error.fields.some((f) => f.path.startsWith("reasons."))
            ? t(`exit.letter.reasonsMissing.${lang}`)
            : letter.error.message}
        </Alert>
      )}
      {exit.letter?.frozen && (
        <Text size="sm" c="dimmed" mb="xs">
          {t("exit.letter.frozen")}
        </Text>
      )}
      {letter.data && !editing && (
        <Stack gap="xs" data-testid="exit-letter" lang={lang}>
          <Group gap="xs">
            <Badge color={letter.data.generated ? "gray.7" : "blue.9"} variant="outline">
              {letter.data.generated ? t("exit.letter.generated") : t("exit.letter.edited")}
            </Badge>
          </Group>
          <Text size="sm">{t("exit.letter.dated", { date: format.date(letter.data.date) })}</Text>
          <Text fw={700}>
            {t("exit.letter.subject")} : {letter.data.subject}
          </Text>
          {letter.data.paragraphs.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no id; their order is their identity.
            <Text key={i} style={{ whiteSpace: "pre-wrap" }}>
              {p}
            </Text>
          ))}
          {canEdit && (
            <Group>
              <Button variant="default" onClick={startEditing}>
                {t("exit.letter.edit")}
              </Button>
              {!letter.data.generated && (
                <Button variant="subtle" onClick={() => save.mutate(null)} loading={save.isPending}>
                  {t("exit.letter.reset")}
                </Button>
              )}
            </Group>
          )}
          {lateFirstSending && (
            <Alert color="orange" variant="light" role="status">
              {t(exit.status === "executed" ? "exit.letter.datePassedExecuted" : "exit.letter.datePassed", {
                date: format.date(letter.data.date),
              })}
            </Alert>
          )}
          {canSend && !lateFirstSending && (
            <Group>
              <Button onClick={() => send.mutate()} loading={send.isPending}>
                {t("exit.letter.send")}
              </Button>
            </Group>
          )}
          {!canSend && exit.status === "draft" && (
            <Text size="xs" c="dimmed">
              {t("exit.letter.sendAfterReady")}
            </Text>
          )}
          {exit.sentLetters?.length > 0 && (
            <List size="sm" data-testid="exit-sent-letters" aria-label={t("exit.letter.sentTitle")}>
              {exit.sentLetters.map((m) => (
                <List.Item key={m.id}>
                  {t(
                    `exit.letter.sentLine.${m.status === "sent" ? "sent" : m.status === "failed" ? "failed" : "kept"}`,
                    {
                      to: m.to,
                      date: format.date((m.sentAt ?? m.createdAt).slice(0, 10)),
                    },
                  )}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
      {editing && (
        <form onSubmit={submit} noValidate>
          <Stack>
            <TextInput
              label={t("exit.letter.subject")}
              required
              value={subject}
              error={errors["letter.subject"]}
              onChange={(e) => {
                setSubject(e.currentTarget.value);
                clear("letter.subject");
              }}
            />
            <Textarea
              label={t("exit.letter.body")}
              description={t("exit.letter.bodyHint")}
              autosize
              minRows={12}
              value={body}
              error={errors["letter.paragraphs"]}
              onChange={(e) => {
                setBody(e.currentTarget.value);
                clear("letter.paragraphs");
              }}
            />
            <Group>
              <Button type="submit" loading={save.isPending}>
                {t("exit.letter.save")}
              </Button>
              <Button variant="default" onClick={() => setEditing(false)}>
                {t("common.cancel")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}
