/** Notifications as a list: each one a link to its record, with when it happened and a button to mark it read. */
import { Anchor, Badge, Button, Group, Stack, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { notifyError } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { notificationsApi, type StudioNotification } from "./notifications-api.ts";
import { notificationKeys } from "./query-keys.ts";

/** Marks notifications read and refreshes the bell and every list. */
export function useMarkNotificationsRead() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[] | "all") =>
      ids === "all" ? notificationsApi.markAllRead() : notificationsApi.markRead(ids),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
    onError: (error) => notifyError(error, t),
  });
}

export function NotificationList({ items, onFollow }: { items: StudioNotification[]; onFollow?: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const mark = useMarkNotificationsRead();
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
      {items.map((n) => {
        const text = t(`notifications.kind.${n.kind}`, { client: n.clientName, reference: n.reference });
        return (
          <Group
            key={n.id}
            component="li"
            justify="space-between"
            wrap="nowrap"
            gap="xs"
            align="flex-start"
            data-testid="notification"
            data-unread={n.readAt === null ? "true" : "false"}
          >
            <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
              <Anchor
                component={Link}
                to={n.path}
                fw={n.readAt === null ? 700 : 400}
                onClick={() => {
                  if (n.readAt === null) mark.mutate([n.id]);
                  onFollow?.();
                }}
              >
                {text}
              </Anchor>
              <Text size="xs" c="dimmed">
                {format.instant(n.createdAt)}
                {n.emailed ? ` · ${t("notifications.emailed")}` : ""}
              </Text>
            </Stack>
            {n.readAt === null && (
              <Group gap={4} wrap="nowrap">
                <Badge size="xs" color="blue.9">
                  {t("notifications.unread")}
                </Badge>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  aria-label={t("notifications.markReadOf", { text })}
                  loading={mark.isPending && mark.variables !== "all" && mark.variables?.includes(n.id)}
                  onClick={() => mark.mutate([n.id])}
                >
                  {t("notifications.markRead")}
                </Button>
              </Group>
            )}
          </Group>
        );
      })}
    </Stack>
  );
}
