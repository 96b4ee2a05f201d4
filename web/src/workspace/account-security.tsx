/** The person's own account in the settings: password, two-step sign-in, sessions. */
import { Divider, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { NotificationPreferencesPanel } from "../notifications/notification-preferences-panel.tsx";
import { AccountPasswordForm } from "./account-password-form.tsx";
import { SessionsPanel } from "./sessions-panel.tsx";
import { TwoFactorPanel } from "./two-factor-panel.tsx";

export function AccountSecurity() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" component="section" aria-labelledby="account-title">
      <Title order={2} id="account-title">
        {t("account.title")}
      </Title>
      <AccountPasswordForm />
      <Divider />
      <TwoFactorPanel />
      <Divider />
      <SessionsPanel />
      <Divider />
      <NotificationPreferencesPanel />
    </Stack>
  );
}
