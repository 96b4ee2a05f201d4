/**
 * The flag shown where a value depends on a member's figure that is still 0 (billable rate, weekly capacity), instead
 * of a silent 0 $ or 0 h: what is missing, and a link to where it is set.
 */
import { Anchor, Badge, Group, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export function FigureNotSet({ figure, detail }: { figure: "rate" | "capacity"; detail?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap" justify="inherit" data-testid={`${figure}-not-set`}>
      <Badge color="orange.9" variant="light" miw="max-content">
        {t(figure === "rate" ? "figures.rateNotSet" : "figures.capacityNotSet")}
      </Badge>
      {detail && <Text size="xs">{detail}</Text>}
      <Anchor component={Link} to="/members" size="xs">
        {t("figures.setIt")}
      </Anchor>
    </Group>
  );
}
