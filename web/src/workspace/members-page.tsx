import { Alert, Badge, Button, Group, Loader, Stack, Table, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Member } from "../api-types.ts";
import { usePermissions, useSession } from "../session.tsx";
import { notifyError, problemMessage } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { usePageTitle } from "../use-page-title.ts";
import { InviteMemberForm } from "./invite-member-form.tsx";
import { MemberEditModal } from "./member-edit-modal.tsx";
import { TwoFactorPolicyPanel } from "./two-factor-policy-panel.tsx";
import { workspaceApi, workspaceKeys } from "./workspace-api.ts";

const nowrap = { whiteSpace: "nowrap" } as const;
const statusColors = { invited: "indigo.8", active: "teal.9", disabled: "gray.7" } as const;

export function MembersPage() {
  const { t } = useTranslation();
  usePageTitle(t("members.title"));
  const { isOwner, canWrite } = usePermissions();
  const me = useSession();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Member | null>(null);
  const [ownFigures, setOwnFigures] = useState<Member | null>(null);
  const members = useQuery({ queryKey: workspaceKeys.members, queryFn: () => workspaceApi.members() });
  const setStatus = useMutation({
    mutationFn: ({ id, status }: { id: string; status: "active" | "disabled" }) =>
      workspaceApi.updateMember(id, { status }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: workspaceKeys.members }),
    onError: (error) => notifyError(error, t),
  });
  const rate = (minor: number) => (minor === 0 ? "—" : format.money(minor, me.workspace.currency));
  const notSet = (
    <Badge color="orange.9" variant="light" miw="max-content">
      {t("figures.notSet")}
    </Badge>
  );
  const actions = canWrite;

  return (
    <Stack gap="lg">
      <Title order={1}>{t("members.title")}</Title>
      {members.isPending && <Loader aria-label={t("common.loading")} />}
      {members.isError && <Alert color="red">{problemMessage(members.error, t)}</Alert>}
      {members.data && (
        <Table.ScrollContainer minWidth={800}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("auth.name")}</Table.Th>
                <Table.Th scope="col">{t("auth.email")}</Table.Th>
                <Table.Th scope="col">{t("members.role")}</Table.Th>
                <Table.Th scope="col">{t("members.status")}</Table.Th>
                <Table.Th scope="col">{t("members.capacityShort")}</Table.Th>
                <Table.Th scope="col">{t("members.costRateShort")}</Table.Th>
                <Table.Th scope="col">{t("members.billableRateShort")}</Table.Th>
                {actions && <Table.Th scope="col">{t("common.actions")}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.data.items.map((member) => (
                <Table.Tr key={member.id}>
                  <Table.Td>
                    <Text fw={600}>{member.name}</Text>
                  </Table.Td>
                  <Table.Td>{member.email}</Table.Td>
                  <Table.Td>{t(`roles.${member.role}`)}</Table.Td>
                  <Table.Td>
                    <Badge color={statusColors[member.status]} miw="max-content">
                      {t(`members.statuses.${member.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td style={nowrap}>
                    {member.weeklyCapacityHours === 0
                      ? notSet
                      : t("members.hoursPerWeek", { n: format.number(member.weeklyCapacityHours) })}
                  </Table.Td>
                  <Table.Td style={nowrap}>{rate(member.costRate)}</Table.Td>
                  <Table.Td style={nowrap}>{member.billableRate === 0 ? notSet : rate(member.billableRate)}</Table.Td>
                  {actions && !isOwner && (
                    <Table.Td>
                      {member.id === me.member.id && (
                        <Button size="compact-sm" variant="default" onClick={() => setOwnFigures(member)}>
                          {t("figures.mine")}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                  {isOwner && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="compact-sm"
                          variant="default"
                          onClick={() => setEditing(member)}
                          aria-label={t("members.editNamed", { name: member.name })}
                        >
                          {t("common.edit")}
                        </Button>
                        {member.id !== me.member.id &&
                          (member.status === "disabled" ? (
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              onClick={() => setStatus.mutate({ id: member.id, status: "active" })}
                              aria-label={t("members.reactivateNamed", { name: member.name })}
                            >
                              {t("members.reactivate")}
                            </Button>
                          ) : (
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              color="red"
                              onClick={() => setStatus.mutate({ id: member.id, status: "disabled" })}
                              aria-label={t("members.deactivateNamed", { name: member.name })}
                            >
                              {t("members.deactivate")}
                            </Button>
                          ))}
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {isOwner && <InviteMemberForm />}
      {isOwner && <TwoFactorPolicyPanel />}
      {editing && <MemberEditModal member={editing} onClose={() => setEditing(null)} />}
      {ownFigures && <MemberEditModal member={ownFigures} ownFigures onClose={() => setOwnFigures(null)} />}
    </Stack>
  );
}
