/** What both mailbox lists show of a message: its attachments, and that it already became a round. */
import { Anchor, Badge, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** `2 attachments: a.pdf, b.svg` under a message's subject (nothing without attachments). */
export function AttachmentsNote({ attachments }: { attachments: { filename: string; contentType: string }[] }) {
  const { t } = useTranslation();
  if (attachments.length === 0) return null;
  return (
    <Text size="xs" c="dimmed">
      {t("mailbox.attachments", {
        count: attachments.length,
        names: attachments.map((a) => a.filename || a.contentType).join(", "),
      })}
    </Text>
  );
}

/** A message already made a round: said, with the way to the round. */
export function ImportedMark({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <Badge color="gray.7" variant="outline" tt="none">
        {t("mailbox.imported")}
      </Badge>
      <Anchor component={Link} to={`/rounds/${roundId}`} size="sm">
        {t("mailbox.openRound")}
      </Anchor>
    </Group>
  );
}
