/**
 * The outbox: every message Mandat sent or prepared (offers, change orders, replies), with its status — sent,
 * failed (with the error), or kept because no SMTP server is configured — and buttons to copy the recipient, the
 * subject and the body into one's own mail program.
 */
import { Accordion, Alert, Badge, Group, Loader, Pagination, Stack, Text, Title } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { problemMessage } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { usePageTitle } from "../use-page-title.ts";
import { CopyField } from "./offer-copy-field.tsx";
import { type MessageStatus, offersApi } from "./offers-api.ts";
import { offerKeys } from "./query-keys.ts";

const pageSize = 25;
const statusColors: Record<MessageStatus, string> = {
  pending: "blue.9",
  sent: "teal.9",
  failed: "red.9",
  kept: "gray.7",
};

export function OutboxPage() {
  const { t } = useTranslation();
  usePageTitle(t("outbox.title"));
  const format = useFormat();
  const [page, setPage] = useState(1);
  const messages = useQuery({
    queryKey: offerKeys.outbox(page),
    queryFn: () => offersApi.outbox(page, pageSize),
    placeholderData: keepPreviousData,
  });
  const pages = messages.data ? Math.max(1, Math.ceil(messages.data.total / pageSize)) : 1;

  return (
    <Stack gap="md" maw={1000}>
      <Title order={1}>{t("outbox.title")}</Title>
      <Text c="dimmed">{t("outbox.intro")}</Text>
      {messages.isPending && <Loader aria-label={t("common.loading")} />}
      {messages.isError && <Alert color="red">{problemMessage(messages.error, t)}</Alert>}
      {messages.data && messages.data.items.length === 0 && <Text c="dimmed">{t("outbox.empty")}</Text>}
      {messages.data && messages.data.items.length > 0 && (
        <Accordion variant="separated" multiple chevronPosition="left">
          {messages.data.items.map((m) => (
            <Accordion.Item key={m.id} value={m.id} data-testid="outbox-message">
              <Accordion.Control>
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
                    <Text fw={600} truncate>
                      {m.subject}
                    </Text>
                    <Text size="sm" c="dimmed" truncate>
                      {t("outbox.toLine", { to: m.to, at: format.instant(m.sentAt ?? m.createdAt) })}
                    </Text>
                  </Stack>
                  <Badge color={statusColors[m.status]} miw="max-content">
                    {t(`outbox.status.${m.status}`)}
                  </Badge>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  {m.status === "failed" && m.error && (
                    <Alert color="red" variant="light" title={t("outbox.failedTitle")}>
                      {m.error}
                    </Alert>
                  )}
                  {m.status === "kept" && <Text size="sm">{t("outbox.keptHint")}</Text>}
                  <CopyField label={t("outbox.to")} value={m.to} />
                  <CopyField label={t("outbox.subject")} value={m.subject} />
                  <CopyField label={t("outbox.body")} value={m.body} multiline />
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
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
