/**
 * What a member sees when their workspace requires two-step sign-in and they have not set it up: why, the setup
 * itself, and a way out (sign out). Once the recovery codes are saved, the whole app opens.
 */
import { Alert, Button, Group, Stack, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { PublicLayout } from "../layout/public-layout.tsx";
import { usePageTitle } from "../use-page-title.ts";
import { signOut } from "./sign-out.ts";
import { TwoFactorPanel } from "./two-factor-panel.tsx";
import { workspaceKeys } from "./workspace-api.ts";

export function TwoFactorEnrolment({ workspace }: { workspace: string }) {
  const { t } = useTranslation();
  usePageTitle(t("account.twoFactor.enrol.title"));
  const queryClient = useQueryClient();
  return (
    <PublicLayout>
      <Stack gap="lg">
        <Title order={1}>{t("account.twoFactor.enrol.title")}</Title>
        <Alert color="indigo" title={t("account.twoFactor.enrol.why", { workspace })}>
          {t("account.twoFactor.enrol.intro")}
        </Alert>
        <TwoFactorPanel
          onRecoveryCodesSaved={() => void queryClient.invalidateQueries({ queryKey: workspaceKeys.me })}
        />
        <Group>
          <Button variant="subtle" onClick={() => void signOut(t)}>
            {t("header.logout")}
          </Button>
        </Group>
      </Stack>
    </PublicLayout>
  );
}
