/** The workspace's mailbox (IMAP) settings, for owners: server, port, security, user, password (kept encrypted), folder. */
import { Button, Fieldset, Group, NumberInput, Select, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { notify } from "../notify.ts";
import { useFieldErrors } from "../use-field-errors.ts";
import { PasswordField } from "../workspace/password-field.tsx";
import { type MailboxSecurity, type MailboxSettings, mailboxApi } from "./mailbox-import-api.ts";
import { mailboxKeys } from "./query-keys.ts";

const paths = new Set(["host", "port", "security", "username", "password", "folder"]);
const DEFAULT_PORT: Record<MailboxSecurity, number> = { tls: 993, starttls: 143, none: 143 };

export function MailboxSettingsForm({ current, onDone }: { current: MailboxSettings; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [host, setHost] = useState(current.host);
  const [port, setPort] = useState<number>(current.port);
  const [security, setSecurity] = useState<MailboxSecurity>(current.security);
  const [username, setUsername] = useState(current.username);
  const [password, setPassword] = useState("");
  const [folder, setFolder] = useState(current.folder);
  const { errors, show, clear } = useFieldErrors((path) => paths.has(path));
  const done = (message: string) => {
    void queryClient.invalidateQueries({ queryKey: mailboxKeys.settings });
    notify({ message });
    onDone();
  };
  const save = useMutation({
    mutationFn: () => mailboxApi.save({ host, port, security, username, folder, ...(password ? { password } : {}) }),
    onSuccess: () => done(t("mailbox.settings.saved")),
    onError: show,
  });
  const disconnect = useMutation({
    mutationFn: () => mailboxApi.disconnect(),
    onSuccess: () => done(t("mailbox.settings.disconnected")),
    onError: show,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const securityError = errors.security && t("mailbox.errors.tls_required");
  return (
    <form onSubmit={submit} noValidate aria-label={t("mailbox.settings.title")}>
      <Fieldset legend={t("mailbox.settings.title")}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t("mailbox.settings.help")}
          </Text>
          <Group align="start" grow>
            <TextInput
              label={t("mailbox.settings.host")}
              required
              value={host}
              placeholder="imap.example.com"
              onChange={(e) => {
                setHost(e.currentTarget.value);
                clear("host");
              }}
              error={errors.host}
            />
            <Select
              label={t("mailbox.settings.security")}
              required
              allowDeselect={false}
              value={security}
              data={[
                { value: "tls", label: t("mailbox.settings.securityTls") },
                { value: "starttls", label: t("mailbox.settings.securityStarttls") },
                { value: "none", label: t("mailbox.settings.securityNone") },
              ]}
              onChange={(value) => {
                const next = (value ?? "tls") as MailboxSecurity;
                if (port === DEFAULT_PORT[security]) setPort(DEFAULT_PORT[next]);
                setSecurity(next);
                clear("security");
              }}
              error={securityError}
            />
            <NumberInput
              label={t("mailbox.settings.port")}
              required
              min={1}
              max={65535}
              allowDecimal={false}
              value={port}
              onChange={(value) => {
                setPort(typeof value === "number" ? value : Number(value));
                clear("port");
              }}
              error={errors.port}
            />
          </Group>
          <Group align="start" grow>
            <TextInput
              label={t("mailbox.settings.username")}
              required
              autoComplete="off"
              value={username}
              onChange={(e) => {
                setUsername(e.currentTarget.value);
                clear("username");
              }}
              error={errors.username}
            />
            <PasswordField
              label={t("mailbox.settings.password")}
              required={!current.configured}
              autoComplete="new-password"
              description={current.configured ? t("mailbox.settings.passwordKept") : undefined}
              value={password}
              onChange={(e) => {
                setPassword(e.currentTarget.value);
                clear("password");
              }}
              error={errors.password}
            />
            <TextInput
              label={t("mailbox.settings.folder")}
              required
              value={folder}
              onChange={(e) => {
                setFolder(e.currentTarget.value);
                clear("folder");
              }}
              error={errors.folder}
            />
          </Group>
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t("mailbox.settings.save")}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t("mailbox.settings.cancel")}
            </Button>
            {current.configured && (
              <Button variant="subtle" color="red" loading={disconnect.isPending} onClick={() => disconnect.mutate()}>
                {t("mailbox.settings.disconnect")}
              </Button>
            )}
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}
