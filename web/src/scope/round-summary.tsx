/** What a round amounts to: claims and estimated hours per outcome, and how many still wait for a decision. */
import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormat } from "../use-format.ts";
import { OutcomeBadge } from "./claim-card.tsx";
import { type RoundSummary as Summary, TRIAGE_OUTCOMES } from "./scope-api.ts";

export function RoundSummary({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const hours = TRIAGE_OUTCOMES.reduce((a, o) => a + Math.round(summary.hours[o] * 100), 0) / 100;
  return (
    <>
      <Text fw={600} aria-live="polite" c={summary.untriaged > 0 ? "orange.9" : "teal.9"}>
        {summary.untriaged > 0
          ? t("scope.summary.untriaged", { count: summary.untriaged, total: summary.total })
          : t("scope.summary.allTriaged", { count: summary.total })}
      </Text>
      {(summary.repeats > 0 || summary.likelyRepeats > 0) && (
        <Text size="sm" data-testid="summary-repeats">
          {t("scope.summary.repeats", {
            count: summary.repeats,
            flagged: t("scope.summary.flagged", { count: summary.likelyRepeats }),
          })}
        </Text>
      )}
      <Table.ScrollContainer minWidth={280}>
        <Table horizontalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("scope.summary.outcome")}</Table.Th>
              <Table.Th scope="col" ta="end">
                {t("scope.summary.claims")}
              </Table.Th>
              <Table.Th scope="col" ta="end">
                {t("scope.summary.hours")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {TRIAGE_OUTCOMES.map((o) => (
              <Table.Tr key={o} data-testid={`summary-${o}`}>
                <Table.Th scope="row" fw="normal">
                  <OutcomeBadge outcome={o} size="sm" />
                </Table.Th>
                <Table.Td ta="end">{summary.counts[o]}</Table.Td>
                <Table.Td ta="end">
                  {o === "declined" || o === "duplicate" ? "—" : format.number(summary.hours[o])}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t("scope.summary.total")}</Table.Th>
              <Table.Td ta="end" fw={700}>
                {summary.total - summary.untriaged}
              </Table.Td>
              <Table.Td ta="end" fw={700}>
                {format.number(hours)}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
