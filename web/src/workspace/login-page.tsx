import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useSearchParams } from "react-router";
import { ApiError } from "../api/client.ts";
import { PublicLayout } from "../layout/public-layout.tsx";
import { problemMessage, useFieldErrors } from "../use-field-errors.ts";
import { usePageTitle } from "../use-page-title.ts";
import { PasswordField } from "./password-field.tsx";
import { ForgotPasswordForm, ResetPasswordForm } from "./password-reset-forms.tsx";
import { useSignIn } from "./use-sign-in.ts";
import { workspaceApi, workspaceKeys } from "./workspace-api.ts";

const paths = new Set(["email", "password", "code"]);

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t("auth.login.title"));
  const signIn = useSignIn();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  /** Asked for once the password was right and the account has two-step sign-in on. */
  const [code, setCode] = useState<string | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const { errors, show, reset } = useFieldErrors((path) => paths.has(path));
  const [codeError, setCodeError] = useState<string | null>(null);
  const [params] = useSearchParams();
  const resetToken = params.get("reset");
  const [forgot, setForgot] = useState(false);
  const install = useQuery({ queryKey: workspaceKeys.install, queryFn: workspaceApi.install });

  const login = useMutation({
    mutationFn: () => workspaceApi.logIn({ email, password, ...(code ? { code } : {}) }),
    onSuccess: signIn,
    onError: (error) => {
      const codeIssue = error instanceof ApiError ? error.fields.find((f) => f.path === "code")?.issue : undefined;
      if (codeIssue) {
        reset();
        setRefused(null);
        if (code === null) setCode("");
        else setCodeError(t(codeIssue === "incorrect" ? "account.twoFactor.incorrect" : "account.twoFactor.required"));
      } else if (error instanceof ApiError && (error.code === "unauthenticated" || error.code === "rate_limited")) {
        reset();
        setRefused(error.code === "rate_limited" ? problemMessage(error, t) : t("auth.login.refused"));
      } else {
        setRefused(null);
        show(error);
      }
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate();
  };

  if (resetToken) {
    return (
      <PublicLayout>
        <ResetPasswordForm token={resetToken} />
      </PublicLayout>
    );
  }
  if (forgot) {
    return (
      <PublicLayout>
        <ForgotPasswordForm initialEmail={email} onBack={() => setForgot(false)} />
      </PublicLayout>
    );
  }

  // A fresh install has nobody to log in: start with the sign-up page (and its demo button).
  if (install.data?.empty && install.data.signupOpen) return <Navigate to="/signup" replace />;

  return (
    <PublicLayout>
      <Stack gap="md">
        <Title order={1}>{t("auth.login.title")}</Title>
        {refused && (
          <Alert color="red" role="alert" title={t("auth.login.refusedTitle")}>
            {refused}
          </Alert>
        )}
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <TextInput
              label={t("auth.email")}
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={errors.email}
            />
            <PasswordField
              label={t("auth.password")}
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={errors.password}
            />
            {code !== null && (
              <>
                <Alert color="blue" title={t("account.twoFactor.title")}>
                  {t("account.twoFactor.loginIntro")}
                </Alert>
                <TextInput
                  label={t("account.twoFactor.code")}
                  description={t("account.twoFactor.codeHint")}
                  autoComplete="one-time-code"
                  required
                  value={code}
                  onChange={(e) => {
                    setCode(e.currentTarget.value);
                    setCodeError(null);
                  }}
                  error={codeError}
                />
              </>
            )}
            <Button type="submit" loading={login.isPending}>
              {t("auth.login.submit")}
            </Button>
          </Stack>
        </form>
        <Text size="sm">
          <Anchor component="button" type="button" onClick={() => setForgot(true)}>
            {t("account.reset.forgot")}
          </Anchor>
        </Text>
        {install.data?.signupOpen && (
          <Text size="sm">
            {t("auth.login.noAccount")}{" "}
            <Anchor component={Link} to="/signup">
              {t("auth.signup.link")}
            </Anchor>
          </Text>
        )}
      </Stack>
    </PublicLayout>
  );
}
