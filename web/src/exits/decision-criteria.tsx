/** The studio's values as criteria, rated 1-5 per option (how well each option honours the value). */
import { Card, NativeSelect, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DECISION_OPTIONS, type Decision, type DecisionOption } from "./exit-api.ts";

export function DecisionCriteria({
  decision,
  readOnly,
  onRate,
}: {
  decision: Decision;
  readOnly: boolean;
  onRate: (criterionId: string, option: DecisionOption, rating: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder component="section" aria-labelledby="criteria-title">
      <Title order={2} size="h4" id="criteria-title">
        {t("decision.criteria.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("decision.criteria.hint")}
        {decision.ratingsCarriedOver && ` ${t("decision.criteria.reused")}`}
      </Text>
      {decision.criteria.length === 0 ? (
        <Text c="dimmed">{t("decision.criteria.none")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("decision.criteria.value")}</Table.Th>
                {DECISION_OPTIONS.map((o) => (
                  <Table.Th scope="col" key={o}>
                    {t(`decision.option.${o}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {decision.criteria.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Th scope="row" fw={400}>
                    <Text size="sm">{c.statement}</Text>
                    <Text size="xs" c="dimmed">
                      {t("decision.criteria.weight", { weight: c.weight })}
                    </Text>
                  </Table.Th>
                  {DECISION_OPTIONS.map((o) => (
                    <Table.Td key={o}>
                      <NativeSelect
                        aria-label={t("decision.criteria.rateLabel", {
                          value: c.statement,
                          option: t(`decision.option.${o}`),
                        })}
                        disabled={readOnly}
                        miw={150}
                        value={c.ratings[o] ? String(c.ratings[o]) : ""}
                        onChange={(e) => {
                          const v = Number(e.currentTarget.value);
                          if (v >= 1 && v <= 5) onRate(c.id, o, v);
                        }}
                        data={[
                          { value: "", label: "—", disabled: Boolean(c.ratings[o]) },
                          ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t(`decision.rating.${n}`) })),
                        ]}
                      />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
