import { Alert, Button, Loader, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { PublicLayout } from "../layout/public-layout.tsx";
import { problemMessage, useFieldErrors } from "../use-field-errors.ts";
import { usePageTitle } from "../use-page-title.ts";
import { NewPasswordField } from "./new-password-field.tsx";
import { useSignIn } from "./use-sign-in.ts";
import { workspaceApi, workspaceKeys } from "./workspace-api.ts";

const paths = new Set(["name", "password"]);

export function AcceptInvitePage() {
  const { t } = useTranslation();
  usePageTitle(t("invite.title"));
  const { token = "" } = useParams();
  const signIn = useSignIn();
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const { errors, show, clear } = useFieldErrors((path) => paths.has(path));

  const accept = useMutation({
    mutationFn: () => workspaceApi.acceptInvite({ token, name, password }),
    onSuccess: signIn,
    onError: show,
  });
  const invite = useQuery({
    queryKey: workspaceKeys.invite(token),
    queryFn: () => workspaceApi.inviteOf(token),
    retry: false,
    // Once accepted, the token is spent: never ask for it again.
    enabled: accept.isIdle || accept.isError,
  });
  useEffect(() => {
    if (invite.data) setName((current) => current || invite.data.name);
  }, [invite.data]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    accept.mutate();
  };

  return (
    <PublicLayout>
      <Stack gap="md">
        <Title order={1}>{t("invite.title")}</Title>
        {invite.isPending && <Loader aria-label={t("common.loading")} />}
        {invite.isError && (
          <Alert color="red" title={t("invite.invalidTitle")}>
            {problemMessage(invite.error, t)} {t("invite.invalid")}
          </Alert>
        )}
        {invite.data && (
          <>
            <Text>
              {t("invite.intro", {
                workspace: invite.data.workspaceName,
                role: t(`roles.${invite.data.role}`),
              })}
            </Text>
            <form onSubmit={submit} noValidate>
              <Stack gap="sm">
                <TextInput label={t("auth.email")} value={invite.data.email} readOnly />
                <TextInput
                  label={t("auth.name")}
                  autoComplete="name"
                  required
                  value={name}
                  onChange={(e) => {
                    setName(e.currentTarget.value);
                    clear("name");
                  }}
                  error={errors.name}
                />
                <NewPasswordField
                  label={t("auth.password")}
                  value={password}
                  onChange={(value) => {
                    setPassword(value);
                    clear("password");
                  }}
                  inputs={[invite.data.email, name, invite.data.workspaceName]}
                  error={errors.password}
                />
                <Button type="submit" loading={accept.isPending}>
                  {t("invite.accept")}
                </Button>
              </Stack>
            </form>
          </>
        )}
      </Stack>
    </PublicLayout>
  );
}
