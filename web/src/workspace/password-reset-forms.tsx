/**
 * A forgotten password, from the login page: ask for a link by e-mail (the same answer whether or not the address has
 * an account), then choose a new password through the link (`/login?reset=<token>`), its strength shown.
 */
import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ApiError } from "../api/client.ts";
import { notify } from "../notify.ts";
import { useFieldErrors } from "../use-field-errors.ts";
import { NewPasswordField } from "./new-password-field.tsx";
import { workspaceApi } from "./workspace-api.ts";

export function ForgotPasswordForm({ initialEmail, onBack }: { initialEmail: string; onBack: () => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState(initialEmail);
  const { errors, show, clear } = useFieldErrors((path) => path === "email");
  const ask = useMutation({
    mutationFn: () => workspaceApi.requestPasswordReset({ email }),
    onError: show,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    ask.mutate();
  };
  return (
    <Stack gap="md">
      <Title order={1}>{t("account.reset.title")}</Title>
      {ask.isSuccess ? (
        <Alert color="teal" role="status" title={t("account.reset.sentTitle")}>
          {t("account.reset.sent")}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t("account.reset.intro")}</Text>
            <TextInput
              label={t("auth.email")}
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={(e) => {
                setEmail(e.currentTarget.value);
                clear("email");
              }}
              error={errors.email}
            />
            <Button type="submit" loading={ask.isPending}>
              {t("account.reset.send")}
            </Button>
          </Stack>
        </form>
      )}
      <Text size="sm">
        <Anchor component="button" type="button" onClick={onBack}>
          {t("account.reset.back")}
        </Anchor>
      </Text>
    </Stack>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [password, setPassword] = useState("");
  const [dead, setDead] = useState(false);
  const { errors, show, clear } = useFieldErrors((path) => path === "password");
  const complete = useMutation({
    mutationFn: () => workspaceApi.completePasswordReset({ token, password }),
    onSuccess: () => {
      notify({ message: t("account.reset.done") });
      navigate("/login", { replace: true });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === "not_found") setDead(true);
      else show(error);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    complete.mutate();
  };
  return (
    <Stack gap="md">
      <Title order={1}>{t("account.reset.chooseTitle")}</Title>
      {dead && (
        <Alert color="red" role="alert" title={t("account.reset.deadTitle")}>
          {t("account.reset.dead")}
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <NewPasswordField
            label={t("account.password.new")}
            value={password}
            onChange={(value) => {
              setPassword(value);
              clear("password");
            }}
            inputs={[]}
            error={errors.password}
          />
          <Button type="submit" loading={complete.isPending}>
            {t("account.reset.save")}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
