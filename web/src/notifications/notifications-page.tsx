/** Every notification of the member, unread first or newest first, page by page; each links to its record. */
import { Alert, Button, Group, Loader, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ListPagination } from "../components/list-pagination.tsx";
import { problemMessage } from "../use-field-errors.ts";
import { usePageTitle } from "../use-page-title.ts";
import { NotificationList, useMarkNotificationsRead } from "./notification-list.tsx";
import { notificationsApi } from "./notifications-api.ts";
import { notificationKeys } from "./query-keys.ts";

const pageSize = 25;

export function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t("notifications.title"));
  const [order, setOrder] = useState<"unread" | "date">("unread");
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: notificationKeys.list(order, page, pageSize),
    queryFn: () => notificationsApi.list(order, page, pageSize),
    placeholderData: keepPreviousData,
  });
  const markAll = useMarkNotificationsRead();
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / pageSize)) : 1;

  return (
    <Stack gap="md" maw={900}>
      <Title order={1}>{t("notifications.title")}</Title>
      <Group justify="space-between" wrap="wrap">
        <SegmentedControl
          aria-label={t("notifications.orderLabel")}
          value={order}
          onChange={(v) => {
            setOrder(v === "date" ? "date" : "unread");
            setPage(1);
          }}
          data={[
            { value: "unread", label: t("notifications.order.unread") },
            { value: "date", label: t("notifications.order.date") },
          ]}
        />
        {(list.data?.unread ?? 0) > 0 && (
          <Button variant="light" loading={markAll.isPending} onClick={() => markAll.mutate("all")}>
            {t("notifications.markAllRead")}
          </Button>
        )}
      </Group>
      {list.isPending && <Loader aria-label={t("common.loading")} />}
      {list.isError && <Alert color="red">{problemMessage(list.error, t)}</Alert>}
      {list.data && list.data.items.length === 0 && <Text c="dimmed">{t("notifications.empty")}</Text>}
      {list.data && list.data.items.length > 0 && <NotificationList items={list.data.items} />}
      <ListPagination pages={pages} page={page} onChange={setPage} />
    </Stack>
  );
}
