/** On a round's page: the e-mail the list was imported from — subject, sender, date and attachments' names. */

import { Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useFormat } from "../use-format.ts";
import { roundMail } from "./mailbox-import-api.ts";
import { mailboxKeys } from "./query-keys.ts";

export function RoundMailSource({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const source = useQuery({ queryKey: mailboxKeys.roundMail(roundId), queryFn: () => roundMail(roundId) });
  const mail = source.data?.mail;
  if (!mail) return null;
  return (
    <Stack gap={2} mb="xs" aria-label={t("mailbox.source.title")} role="group">
      <Text size="sm" fw={600}>
        {t("mailbox.source.subject", { subject: mail.subject || t("mailbox.noSubject") })}
      </Text>
      <Text size="sm" c="dimmed">
        {t("mailbox.source.from", {
          sender: mail.sender,
          date: mail.sentAt ? format.instant(mail.sentAt) : "—",
        })}
      </Text>
      {mail.attachments.length > 0 && (
        <Text size="sm" c="dimmed">
          {t("mailbox.attachments", {
            count: mail.attachments.length,
            names: mail.attachments.map((a) => a.filename || a.contentType).join(", "),
          })}
        </Text>
      )}
    </Stack>
  );
}
