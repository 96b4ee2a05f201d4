/** Changing one's password: the current one, a new one with its strength shown; other sessions end. */
import { Button, Stack, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { notify } from "../notify.ts";
import { useSession } from "../session.tsx";
import { useFieldErrors } from "../use-field-errors.ts";
import { NewPasswordField } from "./new-password-field.tsx";
import { PasswordField } from "./password-field.tsx";
import { workspaceApi, workspaceKeys } from "./workspace-api.ts";

const paths = new Set(["currentPassword", "newPassword"]);

export function AccountPasswordForm() {
  const { t } = useTranslation();
  const me = useSession();
  const queryClient = useQueryClient();
  const [currentPassword, setCurrent] = useState("");
  const [newPassword, setNew] = useState("");
  const { errors, show, clear, reset } = useFieldErrors((path) => paths.has(path));
  const change = useMutation({
    mutationFn: () => workspaceApi.changePassword({ currentPassword, newPassword }),
    onSuccess: ({ endedSessions }) => {
      reset();
      setCurrent("");
      setNew("");
      notify({ message: t("account.password.changed", { count: endedSessions }) });
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.sessions });
    },
    onError: show,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate();
  };
  return (
    <Stack component="section" aria-labelledby="password-title" gap="sm">
      <Title order={3} size="h4" id="password-title">
        {t("account.password.title")}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={480}>
          <PasswordField
            label={t("account.password.current")}
            autoComplete="current-password"
            required
            value={currentPassword}
            onChange={(e) => {
              setCurrent(e.currentTarget.value);
              clear("currentPassword");
            }}
            error={errors.currentPassword}
          />
          <NewPasswordField
            label={t("account.password.new")}
            value={newPassword}
            onChange={(value) => {
              setNew(value);
              clear("newPassword");
            }}
            inputs={[me.user.email, me.user.name, me.workspace.name]}
            error={errors.newPassword}
          />
          <div>
            <Button type="submit" loading={change.isPending}>
              {t("account.password.submit")}
            </Button>
          </div>
        </Stack>
      </form>
    </Stack>
  );
}
