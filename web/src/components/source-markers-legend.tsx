/**
 * The legend of the markers that end a source's title (« … [S] », « … [S/U] »), as RULES-SOURCES.md writes them:
 * what each marker present means, and what no marker means, in the UI language. Shown under any list of sources.
 */
import { List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { SOURCE_MARKERS } from "../../../src/domain/exit/legal-sources.ts";

/** The markers found at the end of these titles, in the legend's order. */
export function markersOf(titles: readonly string[]): (typeof SOURCE_MARKERS)[number][] {
  return SOURCE_MARKERS.filter((m) => titles.some((title) => title.trimEnd().endsWith(m)));
}

export function SourceMarkersLegend({ titles }: { titles: readonly string[] }) {
  const { t } = useTranslation();
  const markers = markersOf(titles);
  if (markers.length === 0) return null;
  return (
    <section aria-label={t("sources.legend.title")} data-testid="source-markers-legend">
      <Text size="xs" fw={600} mt="sm">
        {t("sources.legend.title")}
      </Text>
      <List size="xs" c="dimmed">
        {markers.map((m) => (
          <List.Item key={m}>{t(`sources.legend.${m.slice(1, -1)}`)}</List.Item>
        ))}
        <List.Item>{t("sources.legend.official")}</List.Item>
      </List>
    </section>
  );
}
