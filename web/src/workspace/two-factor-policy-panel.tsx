/**
 * The owner's view of two-step sign-in in the workspace: require it of every member (once their own is on), and who
 * has it. A member without it who signs in is asked to set it up before anything else. An owner resets the two-step
 * sign-in of another member who lost their phone and recovery codes (after a confirmation): that member is signed out
 * everywhere in the workspace, and sets it up again at their next sign-in.
 */
import { Badge, Button, Group, Stack, Switch, Table, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ApiError, call, client } from "../api/client.ts";
import { ConfirmAction } from "../components/confirm-action.tsx";
import { notify } from "../notify.ts";
import { useSession } from "../session.tsx";
import { notifyError, problemMessage } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { workspaceKeys } from "./workspace-api.ts";

export function TwoFactorPolicyPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const queryClient = useQueryClient();
  const policy = useQuery({
    queryKey: workspaceKeys.twoFactorPolicy,
    queryFn: () => call(client.GET("/api/v1/workspace/two-factor")),
  });
  const change = useMutation({
    mutationFn: (required: boolean) => call(client.PUT("/api/v1/workspace/two-factor", { body: { required } })),
    onSuccess: (data) => {
      queryClient.setQueryData(workspaceKeys.twoFactorPolicy, data);
      notify({
        message: t(data.required ? "account.twoFactor.policy.nowRequired" : "account.twoFactor.policy.nowOptional"),
      });
    },
    onError: (error) => notifyError(error, t),
  });
  const reset = useMutation({
    mutationFn: (member: { memberId: string; name: string }) =>
      call(client.POST("/api/v1/members/{id}/two-factor/reset", { params: { path: { id: member.memberId } } })),
    onSuccess: (_data, member) => {
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.twoFactorPolicy });
      notify({ message: t("account.twoFactor.policy.reset.done", { name: member.name }) });
    },
    onError: (error) => {
      // The refusals (oneself, not on, another workspace) say what to do instead, in the reader's language.
      const issue = error instanceof ApiError ? error.fields.find((f) => f.path === "id")?.issue : undefined;
      if (issue && ["own_account", "two_factor_off", "other_workspaces"].includes(issue)) {
        notify({ failure: true, title: t("errors.title"), message: t(`account.twoFactor.policy.reset.${issue}`) });
      } else notifyError(error, t);
    },
  });
  const ownOn = Boolean(policy.data?.members.find((m) => m.memberId === me.member.id)?.enabledAt);
  const without = policy.data?.members.filter((m) => !m.enabledAt).length ?? 0;
  return (
    <Stack component="section" aria-labelledby="two-factor-policy-title" gap="sm">
      <Title order={2} size="h3" id="two-factor-policy-title">
        {t("account.twoFactor.policy.title")}
      </Title>
      {policy.isError && <Text c="red">{problemMessage(policy.error, t)}</Text>}
      {policy.data && (
        <>
          <Switch
            label={t("account.twoFactor.policy.require")}
            description={
              ownOn || policy.data.required
                ? t("account.twoFactor.policy.requireHint")
                : t("account.twoFactor.policy.ownFirst")
            }
            // Shows the choice while the server records it (the switch does not wait a round trip to move).
            checked={change.isPending ? change.variables : policy.data.required}
            disabled={change.isPending || (!ownOn && !policy.data.required)}
            onChange={(e) => change.mutate(e.currentTarget.checked)}
          />
          <Text size="sm">{t("account.twoFactor.policy.without", { count: without })}</Text>
          <Table.ScrollContainer minWidth={480}>
            <Table aria-labelledby="two-factor-policy-title">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("account.twoFactor.policy.member")}</Table.Th>
                  <Table.Th>{t("account.twoFactor.policy.status")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {policy.data.members.map((m) => (
                  <Table.Tr key={m.memberId}>
                    <Table.Td>
                      {m.name}{" "}
                      <Text span size="sm" c="dimmed">
                        {m.email}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {m.enabledAt ? (
                        <Group gap="xs">
                          <Badge color="teal.9" variant="light">
                            {t("account.twoFactor.policy.onSince", { date: format.instant(m.enabledAt) })}
                          </Badge>
                          {m.memberId !== me.member.id && (
                            <ConfirmAction
                              title={t("account.twoFactor.policy.reset.title", { name: m.name })}
                              message={t("account.twoFactor.policy.reset.body", { name: m.name })}
                              confirmLabel={t("account.twoFactor.policy.reset.confirm")}
                              onConfirm={() => reset.mutate({ memberId: m.memberId, name: m.name })}
                            >
                              {(open) => (
                                <Button
                                  size="xs"
                                  variant="subtle"
                                  color="red.9"
                                  onClick={open}
                                  loading={reset.isPending && reset.variables?.memberId === m.memberId}
                                  aria-label={t("account.twoFactor.policy.reset.named", { name: m.name })}
                                >
                                  {t("account.twoFactor.policy.reset.action")}
                                </Button>
                              )}
                            </ConfirmAction>
                          )}
                        </Group>
                      ) : (
                        <Badge color="orange.9" variant="light">
                          {t("account.twoFactor.policy.notSetUp")}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
