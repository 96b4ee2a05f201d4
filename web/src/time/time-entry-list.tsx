/**
 * Logged time, newest first. Work on a claim whose change order the client has not approved is flagged as a warning
 * (in words, not only in colour): it may never be paid.
 */
import { ActionIcon, Badge, Group, Loader, Pagination, Table, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmAction } from "../components/confirm-action.tsx";
import { notify } from "../notify.ts";
import { scopeKeys } from "../scope/query-keys.ts";
import { formatMinutes, scopeApi, type TimeCategory } from "../scope/scope-api.ts";
import { usePermissions, useSession } from "../session.tsx";
import { notifyError, problemMessage } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { workspaceApi, workspaceKeys } from "../workspace/workspace-api.ts";

const pageSize = 25;

export const categoryColors: Record<TimeCategory, string> = {
  billable: "teal.9",
  included: "blue.8",
  goodwill: "grape.8",
  internal: "gray.7",
};

export function TimeEntryList() {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const me = useSession();
  const { canWrite, isOwner } = usePermissions();
  const [page, setPage] = useState(1);
  const entries = useQuery({
    queryKey: [...scopeKeys.timeEntries, page],
    queryFn: () => scopeApi.timeEntries({ page, pageSize }),
  });
  const members = useQuery({ queryKey: workspaceKeys.members, queryFn: () => workspaceApi.members() });
  const memberName = new Map((members.data?.items ?? []).map((m) => [m.id, m.name]));
  const remove = useMutation({
    mutationFn: (id: string) => scopeApi.deleteTime(id),
    onSuccess: () => {
      for (const key of [scopeKeys.timeEntries, ["timesheet"], scopeKeys.goodwill, scopeKeys.capacity]) {
        void queryClient.invalidateQueries({ queryKey: key });
      }
      notify({ message: t("time.deleted") });
    },
    onError: (error) => notifyError(error, t),
  });

  if (entries.isPending) return <Loader aria-label={t("common.loading")} />;
  if (entries.isError) return <Text c="red.9">{problemMessage(entries.error, t)}</Text>;
  const pages = Math.ceil(entries.data.total / pageSize);
  const flagged = entries.data.items.filter((e) => e.onUnapprovedChangeOrder).length;

  return (
    <>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t("time.list.count", { count: entries.data.total, duration: formatMinutes(entries.data.totalMinutes) })}
      </Text>
      {flagged > 0 && (
        <Text size="sm" c="orange.9" fw={600} role="status">
          ⚠ {t("time.list.flaggedCount", { count: flagged })}
        </Text>
      )}
      <Table.ScrollContainer minWidth={760}>
        <Table striped className="table-key-column">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("time.fields.date")}</Table.Th>
              <Table.Th scope="col">{t("time.fields.member")}</Table.Th>
              <Table.Th scope="col">{t("time.fields.mandate")}</Table.Th>
              <Table.Th scope="col">{t("time.fields.category")}</Table.Th>
              <Table.Th scope="col" ta="end">
                {t("time.fields.duration")}
              </Table.Th>
              <Table.Th scope="col">{t("time.fields.note")}</Table.Th>
              {canWrite && <Table.Th scope="col">{t("common.actions")}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.data.items.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={7}>
                  <Text c="dimmed">{t("time.list.empty")}</Text>
                </Table.Td>
              </Table.Tr>
            )}
            {entries.data.items.map((e) => (
              <Table.Tr key={e.id} data-testid="time-entry">
                <Table.Td style={{ whiteSpace: "nowrap" }}>{format.date(e.date)}</Table.Td>
                <Table.Td>{memberName.get(e.memberId) ?? "—"}</Table.Td>
                <Table.Td>
                  {e.mandateTitle ?? t("time.noMandate")}
                  {e.onUnapprovedChangeOrder === true && (
                    <Text size="xs" c="orange.9" fw={600}>
                      ⚠ {t("time.list.unapproved")}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge color={categoryColors[e.category]} tt="none" miw="max-content">
                    {t(`time.category.${e.category}`)}
                  </Badge>
                </Table.Td>
                <Table.Td ta="end">
                  {formatMinutes(e.minutes)}
                  {e.recordedMinutes !== e.minutes && (
                    <Text size="xs" c="dimmed">
                      {t("time.list.recorded", { duration: formatMinutes(e.recordedMinutes) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{e.note}</Table.Td>
                {canWrite && (
                  <Table.Td>
                    {e.readOnly && (
                      <Text size="xs" c="dimmed">
                        {t(`everyday.readOnly.${e.readOnly}`)}
                      </Text>
                    )}
                    {!e.readOnly && (isOwner || e.memberId === me.member.id) && (
                      <Group gap={4}>
                        <ConfirmAction
                          title={t("time.deleteConfirm.title")}
                          message={t("time.deleteConfirm.body", {
                            duration: formatMinutes(e.minutes),
                            date: format.date(e.date),
                          })}
                          confirmLabel={t("time.deleteConfirm.confirm")}
                          onConfirm={() => remove.mutate(e.id)}
                        >
                          {(open) => (
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              onClick={open}
                              aria-label={t("time.list.delete", { date: format.date(e.date) })}
                            >
                              <span aria-hidden>✕</span>
                            </ActionIcon>
                          )}
                        </ConfirmAction>
                      </Group>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 && (
        <nav aria-label={t("common.pagination")}>
          <Pagination
            total={pages}
            value={page}
            onChange={setPage}
            getItemProps={(p) => ({ "aria-label": t("common.page", { page: p }) })}
            getControlProps={(control) => ({ "aria-label": t(`common.pageControl.${control}`) })}
          />
        </nav>
      )}
    </>
  );
}
