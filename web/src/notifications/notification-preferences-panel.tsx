/** The member's own choice of the notifications they also receive by e-mail (all of them stay under the bell). */
import { Alert, Button, Checkbox, Loader, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { notify } from "../notify.ts";
import { notifyError, problemMessage } from "../use-field-errors.ts";
import { NOTIFICATION_KINDS, type NotificationKind, notificationsApi } from "./notifications-api.ts";
import { notificationKeys } from "./query-keys.ts";

export function NotificationPreferencesPanel() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const prefs = useQuery({ queryKey: notificationKeys.preferences, queryFn: notificationsApi.preferences });
  const [chosen, setChosen] = useState<NotificationKind[] | undefined>(undefined);
  const value = chosen ?? prefs.data?.email ?? [];
  const save = useMutation({
    mutationFn: () => notificationsApi.savePreferences(value),
    onSuccess: (saved) => {
      queryClient.setQueryData(notificationKeys.preferences, saved);
      setChosen(undefined);
      notify({ message: t("notifications.prefs.saved") });
    },
    onError: (error) => notifyError(error, t),
  });

  return (
    <Stack gap="sm" component="section" aria-labelledby="notification-prefs-title" id="notifications">
      <Title order={3} id="notification-prefs-title">
        {t("notifications.prefs.title")}
      </Title>
      <Text size="sm" c="dimmed">
        {t("notifications.prefs.help")}
      </Text>
      {prefs.isPending && <Loader size="sm" aria-label={t("common.loading")} />}
      {prefs.isError && <Alert color="red">{problemMessage(prefs.error, t)}</Alert>}
      {prefs.data && (
        <>
          {prefs.data.isDefault && chosen === undefined && (
            <Text size="sm">{t("notifications.prefs.defaultNote")}</Text>
          )}
          <Checkbox.Group
            label={t("notifications.prefs.title")}
            value={value}
            onChange={(v) => setChosen(NOTIFICATION_KINDS.filter((k) => v.includes(k)))}
          >
            <Stack gap={6} mt="xs">
              {NOTIFICATION_KINDS.map((kind) => (
                <Checkbox key={kind} value={kind} label={t(`notifications.prefs.kind.${kind}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
          <div>
            <Button onClick={() => save.mutate()} loading={save.isPending}>
              {t("notifications.prefs.save")}
            </Button>
          </div>
        </>
      )}
    </Stack>
  );
}
