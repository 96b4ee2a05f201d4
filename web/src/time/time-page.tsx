/** Time: log by hand, the entries (flagging work on unapproved change orders), the weekly timesheet and goodwill. */
import { Card, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { usePermissions } from "../session.tsx";
import { usePageTitle } from "../use-page-title.ts";
import { GoodwillPanel } from "./goodwill-panel.tsx";
import { TimeEntryForm } from "./time-entry-form.tsx";
import { TimeEntryList } from "./time-entry-list.tsx";
import { TimeSheet } from "./time-sheet.tsx";

export function TimePage() {
  const { t } = useTranslation();
  const { canWrite } = usePermissions();
  usePageTitle(t("time.title"));
  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap={4}>
        <Title order={1}>{t("time.title")}</Title>
        <Text c="dimmed">{t("time.intro")}</Text>
      </Stack>
      {canWrite && <TimeEntryForm />}
      <Stack component="section" aria-labelledby="entries-title" gap="xs">
        <Title order={2} size="h3" id="entries-title">
          {t("time.list.title")}
        </Title>
        <TimeEntryList />
      </Stack>
      <Stack component="section" aria-labelledby="sheet-title" gap="xs">
        <Title order={2} size="h3" id="sheet-title">
          {t("time.sheet.title")}
        </Title>
        <TimeSheet />
      </Stack>
      <Card withBorder component="section" aria-labelledby="goodwill-title">
        <Title order={2} size="h3" id="goodwill-title" mb="sm">
          {t("time.goodwill.title")}
        </Title>
        <GoodwillPanel />
      </Card>
    </Stack>
  );
}
