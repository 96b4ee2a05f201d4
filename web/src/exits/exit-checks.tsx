/**
 * The legal checks of the contract's governing law: each with its severity (advice, warning, blocking) and whether the
 * plan passes it, in colour AND words, its message in the UI language and its source, with the legend of the sources'
 * markers ([S], [U], [S/U]); always shown as guidance. A failing check offers its fix when it has one: the first safe
 * effective date (accepted in one click), or what to record first.
 */
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { SourceMarkersLegend } from "../components/source-markers-legend.tsx";
import { SeverityBadge } from "../health/health-badges.tsx";
import { useFormat } from "../use-format.ts";
import { type Exit, inLanguage } from "./exit-api.ts";

export function ExitChecks({
  exit,
  busy,
  onApplyDate,
}: {
  exit: Exit;
  busy?: boolean;
  /** Accept a proposed effective date (and finish these mandates' milestones before it). */
  onApplyDate?: (date: string, finishMandates: string[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { checks } = exit;
  // An abandoned exit keeps no checks.
  if (!checks) return null;
  const order = { blocking: 0, warning: 1, advice: 2 } as const;
  const sorted = [...checks.checks].sort(
    (a, b) => Number(a.passed) - Number(b.passed) || order[a.severity] - order[b.severity],
  );
  return (
    <Card withBorder component="section" aria-labelledby="checks-title">
      <Title order={2} size="h4" id="checks-title">
        {t("exit.checks.title", { ruleSet: t(`exit.checks.ruleSet.${checks.ruleSet}`) })}
      </Title>
      {exit.governingLaw && (
        <Text size="sm" mt={4} data-testid="exit-governing-law">
          {t(`exit.checks.law.${exit.governingLaw.basis}`, { law: exit.governingLaw.jurisdiction })}
          {exit.governingLaw.consumerProtections
            ? ` ${t("exit.checks.law.consumer", { law: exit.governingLaw.consumerProtections })}`
            : ""}
        </Text>
      )}
      <Alert color="gray" variant="light" mt="xs" mb="sm" title={t("exit.checks.disclaimerTitle")}>
        {inLanguage(checks.disclaimer, i18n.language)}
      </Alert>
      {exit.status !== "draft" && exit.readyOn && (
        <Text size="sm" c="dimmed" mb="sm">
          {t("exit.checks.frozen", { date: format.date(exit.readyOn) })}
        </Text>
      )}
      {checks.blocking && (
        <Alert color="red" variant="light" mb="sm" role="status">
          {t("exit.checks.blocking")}
        </Alert>
      )}
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
        {sorted.map((c) => (
          <Card component="li" key={c.code} withBorder padding="sm" data-testid="exit-check" data-code={c.code}>
            <Group gap="xs" mb={4}>
              <SeverityBadge severity={c.severity} />
              <Badge color={c.passed ? "teal.9" : "red.9"} variant="outline" miw="max-content">
                {c.passed ? t("exit.checks.passed") : t("exit.checks.failed")}
              </Badge>
            </Group>
            <Text size="sm">{inLanguage(c.message, i18n.language)}</Text>
            {!c.passed && c.fix?.kind === "effective_date" && onApplyDate && exit.status === "draft" && (
              <Button
                mt={6}
                size="xs"
                variant="light"
                loading={busy}
                onClick={() => c.fix?.kind === "effective_date" && onApplyDate(c.fix.date, c.fix.finishMandates)}
              >
                {t("exit.checks.fix.effectiveDate", { date: format.date(c.fix.date) })}
              </Button>
            )}
            {!c.passed && c.fix && c.fix.kind !== "effective_date" && (
              <Text size="xs" mt={4} fw={600}>
                {t(`exit.checks.fix.${c.fix.kind}`)}
              </Text>
            )}
            <Text size="xs" mt={4}>
              {t("exit.checks.source")} :{" "}
              <Anchor href={c.source.url} target="_blank" rel="noopener noreferrer" size="xs">
                {c.source.article} — {c.source.title}
              </Anchor>
            </Text>
          </Card>
        ))}
      </Stack>
      <SourceMarkersLegend titles={checks.checks.map((c) => c.source.title)} />
    </Card>
  );
}
