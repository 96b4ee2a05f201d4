import { Alert, Divider, Loader, Stack, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { InvoiceNumberSettings } from "../invoices/invoice-number-settings.tsx";
import { PaymentInstructionsForm } from "../invoices/payment-instructions-form.tsx";
import { usePermissions } from "../session.tsx";
import { problemMessage } from "../use-field-errors.ts";
import { usePageTitle } from "../use-page-title.ts";
import { AccountSecurity } from "./account-security.tsx";
import { ApiTokensPanel } from "./api-tokens-panel.tsx";
import { workspaceApi, workspaceKeys } from "./workspace-api.ts";
import { WorkspaceForm } from "./workspace-form.tsx";

export function SettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t("settings.title"));
  const { isOwner, canWrite } = usePermissions();
  const workspace = useQuery({ queryKey: workspaceKeys.workspace, queryFn: () => workspaceApi.workspace() });

  return (
    <Stack gap="lg" maw={900}>
      <Title order={1}>{t("settings.title")}</Title>
      {!isOwner && <Alert color="gray">{t("settings.ownerOnly")}</Alert>}
      {workspace.isPending && <Loader aria-label={t("common.loading")} />}
      {workspace.isError && <Alert color="red">{problemMessage(workspace.error, t)}</Alert>}
      {workspace.data && <WorkspaceForm key={workspace.data.id} workspace={workspace.data} />}
      {workspace.data && <InvoiceNumberSettings key={`numbering-${workspace.data.id}`} workspace={workspace.data} />}
      {workspace.data && <PaymentInstructionsForm key={`payment-${workspace.data.id}`} workspace={workspace.data} />}
      {/* The API refuses the token list to viewers: they have no tokens to manage. */}
      {canWrite && (
        <>
          <Divider />
          <ApiTokensPanel />
        </>
      )}
      <Divider />
      <AccountSecurity />
    </Stack>
  );
}
