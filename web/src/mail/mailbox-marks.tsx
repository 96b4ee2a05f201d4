/** What both mailbox lists show of a message: its attachments, and that it already became a round. */
import { Anchor, Badge, Group, Text } from "@mantine/core";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/**
 * `2 attachments: a.pdf, b.svg` under a message's subject (nothing without attachments); with `hrefOf`, each name is
 * the link that downloads it.
 */
export function AttachmentsNote({
  attachments,
  hrefOf,
}: {
  attachments: { filename: string; contentType: string }[];
  hrefOf?: ((index: number) => string) | undefined;
}) {
  const { t } = useTranslation();
  if (attachments.length === 0) return null;
  const names = attachments.map((a) => a.filename || a.contentType);
  if (!hrefOf) {
    return (
      <Text size="xs" c="dimmed">
        {t("mailbox.attachments", { count: attachments.length, names: names.join(", ") })}
      </Text>
    );
  }
  return (
    <Text size="xs" c="dimmed">
      {t("mailbox.attachmentsLead", { count: attachments.length })}{" "}
      {names
        .map((name, i) => ({ name, href: hrefOf(i), first: i === 0 }))
        .map((link) => (
          <Fragment key={link.href}>
            {!link.first && ", "}
            <Anchor href={link.href} download={link.name} size="xs">
              {link.name}
            </Anchor>
          </Fragment>
        ))}
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
