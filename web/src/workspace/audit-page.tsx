import {
  Alert,
  Button,
  Code,
  Group,
  Loader,
  NativeSelect,
  Pagination,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AuditEvent } from "../api-types.ts";
import { ClientPicker } from "../clients/client-picker.tsx";
import { notifyError, problemMessage } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { useListParams } from "../use-list-params.ts";
import { usePageTitle } from "../use-page-title.ts";
import { AuditDiff, diffEntries } from "./audit-diff.tsx";
import { workspaceApi, workspaceKeys } from "./workspace-api.ts";

const pageSize = 20;

/** The kinds of records the trail names, for the filter. */
const ENTITIES = [
  "client",
  "offer",
  "change_order",
  "mandate",
  "invoice",
  "recurring_invoice",
  "claim",
  "round",
  "time_entry",
  "exit",
  "decision",
  "member",
  "workspace",
] as const;

/** A record's own name in an event: its number, title or name, before or after the change. */
function recordLabel(event: AuditEvent): string {
  for (const side of [event.after, event.before]) {
    if (!side || typeof side !== "object") continue;
    const o = side as Record<string, unknown>;
    for (const key of ["number", "title", "name", "email"]) if (typeof o[key] === "string" && o[key]) return o[key];
  }
  return "";
}

/** One event's changed fields, shown on demand. */
function EventDetails({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const count = diffEntries(event.before, event.after).length;
  if (count === 0)
    return (
      <Text size="xs" c="dimmed">
        {t("audit.noChange")}
      </Text>
    );
  return (
    <Stack gap={4} align="flex-start">
      <Button size="compact-xs" variant="subtle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {open ? t("audit.hideDetails") : t("audit.details", { count })}
      </Button>
      {open && <AuditDiff before={event.before} after={event.after} />}
    </Stack>
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  usePageTitle(t("audit.title"));
  const format = useFormat();
  // The filters live in the address, so a record's page can link to its own trail (?entity=invoice&id=…).
  const { filters: listed, update } = useListParams(["entity", "id", "clientId", "memberId", "from", "to"] as const);
  const { page, ...filters } = listed;
  const members = useQuery({ queryKey: workspaceKeys.members, queryFn: () => workspaceApi.members() });
  const events = useQuery({
    queryKey: workspaceKeys.audit(filters, page),
    queryFn: () => workspaceApi.audit({ ...filters, page, pageSize }),
    placeholderData: keepPreviousData,
  });
  const verify = useMutation({
    mutationFn: () => workspaceApi.verifyAudit(),
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
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label={t("audit.entityFilter")}
          value={filters.entity}
          onChange={(e) => update({ entity: e.currentTarget.value, id: "" })}
          data={[
            { value: "", label: t("audit.entityAny") },
            ...ENTITIES.map((e) => ({ value: e, label: t(`audit.entities.${e}`) })),
          ]}
        />
        <ClientPicker
          label={t("everyday.audit.clientFilter")}
          value={filters.clientId}
          onChange={(clientId) => update({ clientId })}
          emptyLabel={t("everyday.audit.anyClient")}
        />
        <NativeSelect
          label={t("audit.memberFilter")}
          value={filters.memberId}
          onChange={(e) => update({ memberId: e.currentTarget.value })}
          data={[
            { value: "", label: t("audit.anyMember") },
            ...(members.data?.items ?? []).map((m) => ({ value: m.id, label: m.name })),
          ]}
        />
        <TextInput
          type="date"
          label={t("audit.from")}
          value={filters.from}
          onChange={(e) => update({ from: e.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t("audit.to")}
          value={filters.to}
          onChange={(e) => update({ to: e.currentTarget.value })}
        />
        {filters.id && (
          <Button variant="default" onClick={() => update({ id: "" })}>
            {t("audit.record", { id: filters.id })} · {t("audit.clearRecord")}
          </Button>
        )}
      </Group>
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
                <Table.Th scope="col">{t("audit.event")}</Table.Th>
                <Table.Th scope="col">{t("audit.changes")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.data.items.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={5}>
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
                    <Text size="sm">
                      {t(`audit.actions.${event.action}`, { defaultValue: event.action })}
                      {" — "}
                      {t(`audit.entities.${event.entity}`, { defaultValue: event.entity })} {recordLabel(event)}
                    </Text>
                    <Group gap={6}>
                      <Code>{event.action}</Code>
                      {event.entityId && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => update({ entity: event.entity, id: event.entityId ?? "" })}
                        >
                          {t("audit.onlyThisRecord")}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <EventDetails event={event} />
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
            onChange={(p) => update({ page: String(p) })}
            getItemProps={(p) => ({ "aria-label": t("common.page", { page: p }) })}
            getControlProps={(control) => ({ "aria-label": t(`common.pageControl.${control}`) })}
          />
        </nav>
      )}
    </Stack>
  );
}
