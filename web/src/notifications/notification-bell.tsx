/**
 * The bell in the header: a labelled button whose name carries the unread count (read by screen readers with the
 * button), a polite live region announcing a new count, and a panel with the latest notifications.
 */
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Group,
  Indicator,
  Loader,
  Popover,
  Stack,
  Text,
  VisuallyHidden,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { problemMessage } from "../use-field-errors.ts";
import { NotificationList, useMarkNotificationsRead } from "./notification-list.tsx";
import { notificationsApi } from "./notifications-api.ts";
import { notificationKeys } from "./query-keys.ts";

const PANEL_SIZE = 8;

function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/** `compact`: a smaller button, for a phone's header. */
export function NotificationBell({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const unread = useQuery({
    queryKey: notificationKeys.unread,
    queryFn: notificationsApi.unread,
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
  const latest = useQuery({
    queryKey: notificationKeys.list("unread", 1, PANEL_SIZE),
    queryFn: () => notificationsApi.list("unread", 1, PANEL_SIZE),
    enabled: opened,
  });
  const markAll = useMarkNotificationsRead();
  const count = unread.data?.unread ?? 0;
  const label = count > 0 ? t("notifications.bellLabel", { count }) : t("notifications.bellLabelNone");

  return (
    <>
      <VisuallyHidden role="status" aria-live="polite" data-testid="notification-announce">
        {count > 0 ? t("notifications.announce", { count }) : ""}
      </VisuallyHidden>
      <Indicator label={count > 99 ? "99+" : count} size={18} disabled={count === 0} color="red.8" offset={4}>
        <Popover opened={opened} onChange={setOpened} position="bottom-end" width={360} withinPortal trapFocus>
          <Popover.Target>
            <ActionIcon
              variant="subtle"
              size={compact ? "md" : "lg"}
              aria-label={label}
              data-testid="notification-bell"
              data-count={count}
              onClick={() => setOpened((o) => !o)}
            >
              <BellIcon />
            </ActionIcon>
          </Popover.Target>
          <Popover.Dropdown role="dialog" aria-labelledby="notification-panel-title" data-testid="notification-panel">
            <Stack gap="sm">
              <Group justify="space-between" wrap="nowrap">
                <Text fw={700} id="notification-panel-title" component="h2" size="md" m={0}>
                  {t("notifications.panelTitle")}
                </Text>
                {count > 0 && (
                  <Button
                    size="compact-xs"
                    variant="light"
                    loading={markAll.isPending}
                    onClick={() => markAll.mutate("all")}
                  >
                    {t("notifications.markAllRead")}
                  </Button>
                )}
              </Group>
              {latest.isPending && <Loader size="sm" aria-label={t("common.loading")} />}
              {latest.isError && <Alert color="red">{problemMessage(latest.error, t)}</Alert>}
              {latest.data && latest.data.items.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t("notifications.empty")}
                </Text>
              )}
              {latest.data && latest.data.items.length > 0 && (
                <NotificationList items={latest.data.items} onFollow={() => setOpened(false)} />
              )}
              <Anchor component={Link} to="/notifications" size="sm" onClick={() => setOpened(false)}>
                {t("notifications.seeAll")}
              </Anchor>
            </Stack>
          </Popover.Dropdown>
        </Popover>
      </Indicator>
    </>
  );
}
