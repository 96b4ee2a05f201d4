import { Alert, Anchor, Button, Divider, NativeSelect, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { JURISDICTIONS } from "../../../src/domain/workspace.ts";
import type { Currency, WorkspaceLocale } from "../api-types.ts";
import { toUiLocale } from "../i18n/i18n.ts";
import { PublicLayout } from "../layout/public-layout.tsx";
import { notifyError, useFieldErrors } from "../use-field-errors.ts";
import { usePageTitle } from "../use-page-title.ts";
import { NewPasswordField } from "./new-password-field.tsx";
import { useSignIn } from "./use-sign-in.ts";
import { workspaceApi, workspaceKeys } from "./workspace-api.ts";
import { currencies, currencyFor, jurisdictions, workspaceLocales } from "./workspace-options.ts";

const paths = new Set([
  "email",
  "password",
  "name",
  "workspace.name",
  "workspace.jurisdiction",
  "workspace.currency",
  "workspace.locale",
]);

export function SignupPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("auth.signup.title"));
  const signIn = useSignIn();
  const install = useQuery({ queryKey: workspaceKeys.install, queryFn: workspaceApi.install });
  const [form, setForm] = useState({
    email: "",
    password: "",
    name: "",
    workspaceName: "",
    jurisdiction: "CA-QC",
    currency: "CAD" as Currency,
    locale: toUiLocale(i18n.language) as WorkspaceLocale,
  });
  const { errors, show, clear } = useFieldErrors((path) => paths.has(path));
  const set = (key: keyof typeof form, path: string) => (value: string) => {
    setForm((f) => ({ ...f, [key]: value }));
    clear(path);
  };

  const signup = useMutation({
    mutationFn: () =>
      workspaceApi.signUp({
        email: form.email,
        password: form.password,
        name: form.name,
        workspace: {
          name: form.workspaceName,
          jurisdiction: JURISDICTIONS.find((j) => j === form.jurisdiction),
          currency: form.currency,
          locale: form.locale,
        },
      }),
    onSuccess: signIn,
    onError: show,
  });
  const demo = useMutation({
    mutationFn: () => workspaceApi.demo(),
    onSuccess: signIn,
    onError: (e) => notifyError(e, t),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signup.mutate();
  };

  return (
    <PublicLayout>
      <Stack gap="md">
        <Title order={1}>{t("auth.signup.title")}</Title>
        <Text c="dimmed">{t("auth.signup.intro")}</Text>
        {install.data && !install.data.signupOpen && (
          <Alert color="yellow" title={t("auth.signup.closedTitle")}>
            {t("auth.signup.closed")}
          </Alert>
        )}
        {install.data?.empty && (
          <Stack gap="xs">
            <Button variant="light" onClick={() => demo.mutate()} loading={demo.isPending}>
              {t("auth.signup.demo")}
            </Button>
            <Text size="sm" c="dimmed">
              {t("auth.signup.demoHint")}
            </Text>
            <Divider label={t("auth.signup.or")} labelPosition="center" />
          </Stack>
        )}
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <TextInput
              label={t("auth.name")}
              autoComplete="name"
              required
              value={form.name}
              onChange={(e) => set("name", "name")(e.currentTarget.value)}
              error={errors.name}
            />
            <TextInput
              label={t("auth.email")}
              type="email"
              autoComplete="email"
              required
              value={form.email}
              onChange={(e) => set("email", "email")(e.currentTarget.value)}
              error={errors.email}
            />
            <NewPasswordField
              label={t("auth.password")}
              value={form.password}
              onChange={set("password", "password")}
              inputs={[form.email, form.name, form.workspaceName]}
              error={errors.password}
            />
            <TextInput
              label={t("auth.workspaceName")}
              description={t("auth.workspaceNameHint")}
              required
              value={form.workspaceName}
              onChange={(e) => set("workspaceName", "workspace.name")(e.currentTarget.value)}
              error={errors["workspace.name"]}
            />
            <NativeSelect
              label={t("workspace.jurisdiction")}
              value={form.jurisdiction}
              onChange={(e) => {
                const jurisdiction = e.currentTarget.value;
                setForm((f) => ({ ...f, jurisdiction, currency: currencyFor(jurisdiction) ?? f.currency }));
                clear("workspace.jurisdiction");
              }}
              data={jurisdictions.map((j) => ({ value: j, label: t(`jurisdictions.${j}`) }))}
              error={errors["workspace.jurisdiction"]}
            />
            <NativeSelect
              label={t("workspace.currency")}
              value={form.currency}
              onChange={(e) => set("currency", "workspace.currency")(e.currentTarget.value)}
              data={currencies.map((c) => ({ value: c, label: t(`currencies.${c}`) }))}
              error={errors["workspace.currency"]}
            />
            <NativeSelect
              label={t("workspace.locale")}
              description={t("workspace.localeHint")}
              value={form.locale}
              onChange={(e) => set("locale", "workspace.locale")(e.currentTarget.value)}
              data={workspaceLocales.map((l) => ({ value: l, label: t(`locales.${l}`) }))}
              error={errors["workspace.locale"]}
            />
            <Button type="submit" loading={signup.isPending} disabled={install.data?.signupOpen === false}>
              {t("auth.signup.submit")}
            </Button>
          </Stack>
        </form>
        <Text size="sm">
          {t("auth.signup.haveAccount")}{" "}
          <Anchor component={Link} to="/login">
            {t("auth.login.link")}
          </Anchor>
        </Text>
      </Stack>
    </PublicLayout>
  );
}
