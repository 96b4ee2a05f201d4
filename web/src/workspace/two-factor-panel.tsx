/**
 * Two-step sign-in (TOTP): turn it on (a key to add to an authenticator app, as an otpauth link and as text, then the
 * app's first code), see the recovery codes once, turn it off with the password and a code.
 */
import { Alert, Button, Code, CopyButton, Group, List, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, call, client } from "../api/client.ts";
import { notify } from "../notify.ts";
import { notifyError, problemMessage, useFieldErrors } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { PasswordField } from "./password-field.tsx";
import { workspaceKeys } from "./workspace-api.ts";

function CodeField(props: {
  value: string;
  onChange: (value: string) => void;
  /** Called on each edit, to clear the field's error. */
  onEdit: () => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t("account.twoFactor.code")}
      description={t("account.twoFactor.codeHint")}
      autoComplete="one-time-code"
      inputMode="text"
      required
      maw={240}
      value={props.value}
      onChange={(e) => {
        props.onChange(e.currentTarget.value);
        props.onEdit();
      }}
      error={props.error}
    />
  );
}

function CopyValue({ value }: { value: string }) {
  const { t } = useTranslation();
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Button size="compact-sm" variant="light" onClick={copy}>
          {copied ? t("common.copied") : t("common.copy")}
        </Button>
      )}
    </CopyButton>
  );
}

/** Field errors of the code and password fields, the code's issue said in the UI language. */
function useCodeErrors() {
  const { t } = useTranslation();
  const { errors, show, clear, reset } = useFieldErrors((path) => path === "code" || path === "password");
  const code = errors.code ? t("account.twoFactor.incorrect") : undefined;
  return { errors: { password: errors.password, code }, show, clear, reset };
}

function SetupForm({ onDone }: { onDone: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState("");
  const { errors, show, clear } = useCodeErrors();
  const setup = useMutation({
    mutationFn: () => call(client.POST("/api/v1/me/two-factor/setup")),
    onError: (error) => notifyError(error, t),
  });
  const enable = useMutation({
    mutationFn: () => call(client.POST("/api/v1/me/two-factor/enable", { body: { code } })),
    onSuccess: ({ recoveryCodes }) => onDone(recoveryCodes),
    onError: show,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    enable.mutate();
  };
  if (!setup.data) {
    return (
      <Group>
        <Button onClick={() => setup.mutate()} loading={setup.isPending}>
          {t("account.twoFactor.start")}
        </Button>
      </Group>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t("account.twoFactor.setupSteps")}</Text>
        <Text size="sm" fw={600}>
          {t("account.twoFactor.uri")}
        </Text>
        <Code block aria-label={t("account.twoFactor.uri")} style={{ wordBreak: "break-all" }}>
          <a href={setup.data.uri}>{setup.data.uri}</a>
        </Code>
        <Text size="sm" fw={600}>
          {t("account.twoFactor.secret")}
        </Text>
        <Group gap="xs">
          <Code aria-label={t("account.twoFactor.secret")} data-testid="totp-secret">
            {setup.data.secret.replace(/(.{4})/g, "$1 ").trim()}
          </Code>
          <CopyValue value={setup.data.secret} />
        </Group>
        <CodeField value={code} onChange={setCode} onEdit={() => clear("code")} error={errors.code} />
        <Group>
          <Button type="submit" loading={enable.isPending}>
            {t("account.twoFactor.confirm")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DisableForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const { errors, show, clear } = useCodeErrors();
  const disable = useMutation({
    mutationFn: () => call(client.POST("/api/v1/me/two-factor/disable", { body: { password, code } })),
    onSuccess: onDone,
    // The workspace requires it: say so, rather than the generic "no longer possible".
    onError: (error) =>
      error instanceof ApiError && error.code === "invalid_state"
        ? notify({ failure: true, title: t("errors.title"), message: t("account.twoFactor.requiredByWorkspace") })
        : show(error),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    disable.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={480}>
        <Text size="sm">{t("account.twoFactor.disableHint")}</Text>
        <PasswordField
          label={t("auth.password")}
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => {
            setPassword(e.currentTarget.value);
            clear("password");
          }}
          error={errors.password}
        />
        <CodeField value={code} onChange={setCode} onEdit={() => clear("code")} error={errors.code} />
        <Group>
          <Button type="submit" color="red" variant="light" loading={disable.isPending}>
            {t("account.twoFactor.disable")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** `onRecoveryCodesSaved`: after the person says they saved the codes of a new setup (the enrolment opens the app). */
export function TwoFactorPanel({ onRecoveryCodesSaved }: { onRecoveryCodesSaved?: () => void } = {}) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const status = useQuery({
    queryKey: workspaceKeys.twoFactor,
    queryFn: () => call(client.GET("/api/v1/me/two-factor")),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: workspaceKeys.twoFactor });

  return (
    <Stack component="section" aria-labelledby="two-factor-title" gap="sm">
      <Title order={3} size="h4" id="two-factor-title">
        {t("account.twoFactor.title")}
      </Title>
      <Text size="sm" c="dimmed">
        {t("account.twoFactor.intro")}
      </Text>
      {status.isError && <Text c="red">{problemMessage(status.error, t)}</Text>}
      {recoveryCodes && (
        <Alert color="teal" title={t("account.twoFactor.recoveryTitle")}>
          <Stack gap="xs">
            <Text size="sm">{t("account.twoFactor.recoveryHint")}</Text>
            <List size="sm" data-testid="recovery-codes" style={{ fontFamily: "monospace" }}>
              {recoveryCodes.map((c) => (
                <List.Item key={c}>{c}</List.Item>
              ))}
            </List>
            <Group>
              <CopyValue value={recoveryCodes.join("\n")} />
              <Button
                size="compact-sm"
                onClick={() => {
                  setRecoveryCodes(null);
                  onRecoveryCodesSaved?.();
                }}
              >
                {t("account.twoFactor.recoveryDone")}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {status.data?.enabled && (
        <>
          <Text size="sm">
            {t("account.twoFactor.on", { date: format.instant(status.data.enabledAt ?? "") })}{" "}
            {t("account.twoFactor.codesLeft", { count: status.data.recoveryCodesLeft })}
          </Text>
          {!recoveryCodes && (
            <DisableForm
              onDone={() => {
                notify({ message: t("account.twoFactor.disabled") });
                void refresh();
              }}
            />
          )}
        </>
      )}
      {status.data && !status.data.enabled && (
        <>
          <Text size="sm">{t("account.twoFactor.off")}</Text>
          <SetupForm
            onDone={(codes) => {
              setRecoveryCodes(codes);
              notify({ message: t("account.twoFactor.enabled") });
              void refresh();
            }}
          />
        </>
      )}
    </Stack>
  );
}
