import { Alert, Button, Code, Group, Loader, Pagination, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, query } from "../api.ts";
import type { AuditEvent, AuditVerification } from "../api-types.ts";
import { AuditDiff } from "../components/audit-diff.tsx";
import { notifyError, problemMessage } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { usePageTitle } from "../use-page-title.ts";

const pageSize = 50;

export function AuditPage() {
  const { t } = useTranslation();
  usePageTitle(t("audit.title"));
  const format = useFormat();
  const [page, setPage] = useState(1);
  const [entity, setEntity] = useState("");
  const [debouncedEntity] = useDebouncedValue(entity.trim(), 300);
  const events = useQuery({
    queryKey: ["audit", debouncedEntity, page],
    queryFn: () =>
      api<{ items: AuditEvent[]; total: number }>("GET", `/audit${query({ entity: debouncedEntity, page, pageSize })}`),
    placeholderData: keepPreviousData,
  });
  const verify = useMutation({
    mutationFn: () => api<AuditVerification>("GET", "/audit/verify"),
    onError: (error) => notifyError(error, t),
  });
  const pages = events.data ? Math.max(1, Math.ceil(events.data.total / pageSize)) : 1;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t("audit.title")}</Title>
        <Button onClick={() => verify.mutate()} loading={verify.isPending}>
          {t("audit.verify")}
        </Button>
      </Group>
      <Text c="dimmed">{t("audit.intro")}</Text>
      <div aria-live="polite">
        {verify.data?.valid && (
          <Alert color="teal" title={t("audit.validTitle")}>
            {t("audit.valid", { count: verify.data.checked })}
          </Alert>
        )}
        {verify.data && !verify.data.valid && (
          <Alert color="red" title={t("audit.invalidTitle")}>
            {verify.data.firstInvalid
              ? t("audit.invalid", { seq: verify.data.firstInvalid.seq, reason: verify.data.firstInvalid.reason })
              : t("audit.invalidUnknown")}
          </Alert>
        )}
      </div>
      <TextInput
        label={t("audit.entityFilter")}
        description={t("audit.entityFilterHint")}
        value={entity}
        onChange={(e) => {
          setEntity(e.currentTarget.value);
          setPage(1);
        }}
        maw={320}
      />
      {events.isPending && <Loader aria-label={t("common.loading")} />}
      {events.isError && <Alert color="red">{problemMessage(events.error, t)}</Alert>}
      {events.data && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">#</Table.Th>
                <Table.Th scope="col">{t("audit.when")}</Table.Th>
                <Table.Th scope="col">{t("audit.who")}</Table.Th>
                <Table.Th scope="col">{t("audit.action")}</Table.Th>
                <Table.Th scope="col">{t("audit.entity")}</Table.Th>
                <Table.Th scope="col">{t("audit.changes")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.data.items.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={6}>
                    <Text c="dimmed">{t("audit.empty")}</Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {events.data.items.map((event) => (
                <Table.Tr
                  key={event.seq}
                  bg={verify.data?.firstInvalid?.seq === event.seq ? "red.0" : undefined}
                  aria-label={verify.data?.firstInvalid?.seq === event.seq ? t("audit.tampered") : undefined}
                >
                  <Table.Td>{event.seq}</Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{format.instant(event.at)}</Table.Td>
                  <Table.Td>{event.actor?.name ?? t("audit.system")}</Table.Td>
                  <Table.Td>
                    <Code>{event.action}</Code>
                  </Table.Td>
                  <Table.Td>
                    {event.entity}
                    {event.entityId && (
                      <Text size="xs" c="dimmed" style={{ wordBreak: "break-all" }}>
                        {event.entityId}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <AuditDiff before={event.before} after={event.after} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
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
    </Stack>
  );
}
