/** Invites a person: the owner gets a link to send them (also e-mailed when the server has SMTP). */
import { Alert, Button, Code, CopyButton, Fieldset, Group, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../session.tsx";
import { useFieldErrors } from "../use-field-errors.ts";
import { minorUnitsPerMajor } from "../use-format.ts";
import { MemberFields, type MemberFieldsValue, memberFieldPaths, memberFieldsForApi } from "./member-fields.tsx";
import { workspaceApi, workspaceKeys } from "./workspace-api.ts";

const paths = new Set(["email", "name", ...memberFieldPaths]);
const blank: MemberFieldsValue = { role: "member", weeklyCapacityHours: "", costRate: "", billableRate: "" };

export function InviteMemberForm() {
  const { t } = useTranslation();
  const { workspace } = useSession();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [fields, setFields] = useState<MemberFieldsValue>(blank);
  const [invited, setInvited] = useState<{ name: string; url: string } | null>(null);
  const { errors, show, clear, reset } = useFieldErrors((path) => paths.has(path));

  const invite = useMutation({
    mutationFn: () =>
      workspaceApi.invite({
        email: email.trim(),
        name: name.trim(),
        ...memberFieldsForApi(fields, minorUnitsPerMajor(workspace.currency)),
      }),
    onSuccess: (result) => {
      setInvited({ name: result.member.name, url: result.inviteUrl });
      setEmail("");
      setName("");
      setFields(blank);
      reset();
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.members });
    },
    onError: show,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate();
  };

  return (
    <Stack gap="sm">
      {invited && (
        <Alert
          color="teal"
          title={t("members.invitedTitle", { name: invited.name })}
          withCloseButton
          onClose={() => setInvited(null)}
          closeButtonLabel={t("common.close")}
        >
          <Stack gap="xs">
            <Text size="sm">{t("members.invitedHint")}</Text>
            <Code block>{invited.url}</Code>
            <CopyButton value={invited.url}>
              {({ copied, copy }) => (
                <Button size="compact-sm" variant="light" onClick={copy}>
                  {copied ? t("common.copied") : t("members.copyLink")}
                </Button>
              )}
            </CopyButton>
          </Stack>
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Fieldset legend={t("members.invite")}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t("auth.email")}
                type="email"
                required
                value={email}
                onChange={(e) => {
                  setEmail(e.currentTarget.value);
                  clear("email");
                }}
                error={errors.email}
              />
              <TextInput
                label={t("auth.name")}
                required
                value={name}
                onChange={(e) => {
                  setName(e.currentTarget.value);
                  clear("name");
                }}
                error={errors.name}
              />
            </SimpleGrid>
            <MemberFields
              value={fields}
              onChange={setFields}
              errors={errors}
              onClear={clear}
              currency={workspace.currency}
            />
            <Group>
              <Button type="submit" loading={invite.isPending}>
                {t("members.sendInvite")}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
      </form>
    </Stack>
  );
}
