/**
 * Français / English, always in the header. The choice is kept in this browser and, when signed in, on the member
 * (PATCH /me), whose saved language the UI follows after a reload or on another browser.
 */
import { SegmentedControl } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { Me, UiLocale } from "../api-types.ts";
import { applyLocale, notePickedBeforeSignIn, toUiLocale } from "../i18n/i18n.ts";
import { workspaceApi, workspaceKeys } from "../workspace/workspace-api.ts";

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const locale = toUiLocale(i18n.language);

  const change = async (value: string) => {
    const next = toUiLocale(value);
    await applyLocale(next);
    const me = queryClient.getQueryData<Me | null>(workspaceKeys.me);
    if (!me) notePickedBeforeSignIn(next);
    else {
      try {
        const updated = await workspaceApi.updateMe({ locale: next });
        queryClient.setQueryData(workspaceKeys.me, updated);
      } catch {
        // The UI already switched; the preference will be sent again on the next change.
      }
    }
  };

  return (
    <SegmentedControl
      size="xs"
      aria-label={t("header.language")}
      value={locale}
      onChange={(value) => void change(value)}
      data={[
        { value: "fr-CA" satisfies UiLocale, label: <span lang="fr-CA">Français</span> },
        { value: "en-CA" satisfies UiLocale, label: <span lang="en-CA">English</span> },
      ]}
    />
  );
}
