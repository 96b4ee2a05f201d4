/** One's sessions: where the account is signed in, each ended at once, or all the others. */
import { Badge, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { notify } from "../notify.ts";
import { notifyError, problemMessage } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { workspaceApi, workspaceKeys } from "./workspace-api.ts";

export function SessionsPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const sessions = useQuery({
    queryKey: workspaceKeys.sessions,
    queryFn: () => workspaceApi.sessions(),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: workspaceKeys.sessions });
  const revoke = useMutation({
    mutationFn: (id: string) => workspaceApi.endSession(id),
    onSuccess: () => {
      notify({ message: t("account.sessions.revoked") });
      void refresh();
    },
    onError: (error) => notifyError(error, t),
  });
  const revokeOthers = useMutation({
    mutationFn: () => workspaceApi.endOtherSessions(),
    onSuccess: ({ endedSessions }) => {
      notify({ message: t("account.sessions.othersRevoked", { count: endedSessions }) });
      void refresh();
    },
    onError: (error) => notifyError(error, t),
  });
  const items = sessions.data?.items ?? [];

  return (
    <Stack component="section" aria-labelledby="sessions-title" gap="sm">
      <Title order={3} size="h4" id="sessions-title">
        {t("account.sessions.title")}
      </Title>
      <Text size="sm" c="dimmed">
        {t("account.sessions.intro")}
      </Text>
      {sessions.isError && <Text c="red">{problemMessage(sessions.error, t)}</Text>}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("account.sessions.device")}</Table.Th>
                <Table.Th>{t("account.sessions.address")}</Table.Th>
                <Table.Th>{t("account.sessions.created")}</Table.Th>
                <Table.Th>{t("account.sessions.lastSeen")}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t("account.sessions.revoke")}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((s) => {
                const device = s.userAgent || t("account.sessions.unknownDevice");
                return (
                  <Table.Tr key={s.id} data-testid="session-row">
                    <Table.Td>
                      <Text size="sm" lineClamp={2} title={device}>
                        {device}
                      </Text>
                      {s.current && (
                        <Badge color="teal" variant="light" size="sm">
                          {t("account.sessions.current")}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{s.ip ?? t("account.sessions.unknownAddress")}</Table.Td>
                    <Table.Td>{format.instant(s.createdAt)}</Table.Td>
                    <Table.Td>{format.instant(s.lastSeenAt)}</Table.Td>
                    <Table.Td>
                      {!s.current && (
                        <Button
                          size="compact-sm"
                          variant="light"
                          color="red"
                          aria-label={t("account.sessions.revokeLabel", { device })}
                          loading={revoke.isPending && revoke.variables === s.id}
                          onClick={() => revoke.mutate(s.id)}
                        >
                          {t("account.sessions.revoke")}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {items.some((s) => !s.current) && (
        <Group>
          <Button variant="light" color="red" loading={revokeOthers.isPending} onClick={() => revokeOthers.mutate()}>
            {t("account.sessions.revokeOthers")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
