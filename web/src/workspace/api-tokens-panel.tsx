/** Personal API tokens: create one (its secret is shown once), list them, revoke them. */
import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiToken } from "../api-types.ts";
import { usePermissions } from "../session.tsx";
import { notifyError, useFieldErrors } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { workspaceApi, workspaceKeys } from "./workspace-api.ts";

export function ApiTokensPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const { canWrite } = usePermissions();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const { errors, show, clear } = useFieldErrors((path) => path === "name");
  const tokens = useQuery({ queryKey: workspaceKeys.tokens, queryFn: workspaceApi.tokens });

  const create = useMutation({
    mutationFn: () => workspaceApi.createToken({ name }),
    onSuccess: (result) => {
      setCreated(result);
      setName("");
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.tokens });
    },
    onError: show,
  });
  const revoke = useMutation({
    mutationFn: (id: string) => workspaceApi.revokeToken(id),
    onSuccess: () => {
      setRevoking(null);
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.tokens });
    },
    onError: (error) => notifyError(error, t),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };

  return (
    <Stack component="section" aria-labelledby="tokens-title" gap="sm">
      <Title order={2} size="h3" id="tokens-title">
        {t("tokens.title")}
      </Title>
      <Text size="sm" c="dimmed">
        {t("tokens.hint")}
      </Text>
      {created && (
        <Alert
          color="teal"
          title={t("tokens.createdTitle", { name: created.name })}
          withCloseButton
          onClose={() => setCreated(null)}
          closeButtonLabel={t("common.close")}
        >
          <Stack gap="xs">
            <Text size="sm">{t("tokens.shownOnce")}</Text>
            <Code block aria-label={t("tokens.secret")}>
              {created.token}
            </Code>
            <CopyButton value={created.token}>
              {({ copied, copy }) => (
                <Button size="compact-sm" variant="light" onClick={copy}>
                  {copied ? t("common.copied") : t("common.copy")}
                </Button>
              )}
            </CopyButton>
          </Stack>
        </Alert>
      )}
      {canWrite && (
        <form onSubmit={submit} noValidate>
          <Group align="end">
            <TextInput
              label={t("tokens.name")}
              placeholder={t("tokens.namePlaceholder")}
              value={name}
              onChange={(e) => {
                setName(e.currentTarget.value);
                clear("name");
              }}
              error={errors.name}
            />
            <Button type="submit" loading={create.isPending}>
              {t("tokens.create")}
            </Button>
          </Group>
        </form>
      )}
      <Table.ScrollContainer minWidth={500}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("tokens.name")}</Table.Th>
              <Table.Th scope="col">{t("tokens.createdAt")}</Table.Th>
              <Table.Th scope="col">{t("tokens.lastUsedAt")}</Table.Th>
              {canWrite && <Table.Th scope="col">{t("common.actions")}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.data?.items.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={4}>
                  <Text c="dimmed">{t("tokens.empty")}</Text>
                </Table.Td>
              </Table.Tr>
            )}
            {tokens.data?.items.map((token) => (
              <Table.Tr key={token.id}>
                <Table.Td>{token.name}</Table.Td>
                <Table.Td>{format.instant(token.createdAt)}</Table.Td>
                <Table.Td>{token.lastUsedAt ? format.instant(token.lastUsedAt) : t("tokens.neverUsed")}</Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      onClick={() => setRevoking(token)}
                      aria-label={t("tokens.revokeNamed", { name: token.name })}
                    >
                      {t("tokens.revoke")}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={t("tokens.revokeTitle")}
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        <Stack>
          <Text>{t("tokens.revokeConfirm", { name: revoking?.name ?? "" })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRevoking(null)}>
              {t("common.cancel")}
            </Button>
            <Button color="red.9" loading={revoke.isPending} onClick={() => revoking && revoke.mutate(revoking.id)}>
              {t("tokens.revoke")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
