/**
 * One option of the worksheet (continue, renegotiate or stop): its live score, the facts prefilled from the records,
 * and its pros and cons with their weights (weigh, remove, add).
 */
import { ActionIcon, Badge, Button, Card, Group, NativeSelect, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMetricFormat } from "../health/health-badges.tsx";
import { SourceLinks } from "../health/health-metrics.tsx";
import { type Decision, type DecisionChanges, type DecisionOption, inLanguage } from "./exit-api.ts";

const effectColors = { pro: "teal.9", con: "red.9", neutral: "gray.7" } as const;
const weights = [1, 2, 3, 4, 5];

export function DecisionOptionColumn({
  decision,
  option,
  readOnly,
  names,
  onChange,
  busy,
}: {
  decision: Decision;
  option: DecisionOption;
  readOnly: boolean;
  names: Record<string, string>;
  onChange: (changes: DecisionChanges) => void;
  busy: boolean;
}) {
  const { t, i18n } = useTranslation();
  const show = useMetricFormat();
  const score = decision.scores.options.find((o) => o.option === option);
  const leading = decision.scores.leading === option;
  const args = decision.arguments.filter((a) => a.option === option);
  const [side, setSide] = useState<"pro" | "con">("pro");
  const [text, setText] = useState("");
  const [weight, setWeight] = useState("3");
  const optionName = t(`decision.option.${option}`);
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    onChange({ addArguments: [{ option, side, text: text.trim(), weight: Number(weight) }] });
    setText("");
  };

  return (
    <Card withBorder component="section" aria-labelledby={`option-${option}`} data-testid={`option-${option}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="start">
          <Title order={2} size="h3" id={`option-${option}`}>
            {optionName}
          </Title>
          {leading && <Badge color="blue.9">{t("decision.leading")}</Badge>}
          {decision.verdict === option && <Badge color="grape.9">{t("decision.chosen")}</Badge>}
        </Group>
        <div aria-live="polite" data-testid={`score-${option}`}>
          {score && score.total !== null ? (
            <Text fz={32} fw={700} lh={1}>
              {score.total}
              <Text span size="sm" c="dimmed">
                {" "}
                / 100
              </Text>
            </Text>
          ) : (
            <>
              <Text fz="lg" fw={700} lh={1.2}>
                {t("decision.notEnough")}
              </Text>
              {!readOnly && <Text size="xs">{t("decision.notEnoughHint")}</Text>}
            </>
          )}
          <Text size="xs" c="dimmed">
            {t("decision.scoreParts", {
              values: score?.values ?? "—",
              arguments: score?.arguments ?? "—",
              pros: score?.pros ?? 0,
              cons: score?.cons ?? 0,
            })}
          </Text>
        </div>

        <Title order={3} size="h5">
          {t("decision.facts")}
        </Title>
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
          {decision.facts[option].map((f) => (
            <Stack gap={2} component="li" key={f.key}>
              <Group gap={6} wrap="nowrap" align="start">
                <Badge color={effectColors[f.effect]} miw="max-content">
                  {t(`decision.effect.${f.effect}`)}
                </Badge>
                <Text size="sm" fw={600}>
                  {show({ ...f, currency: decision.currency })}
                </Text>
              </Group>
              <Text size="sm">{inLanguage(f.label, i18n.language)}</Text>
              <SourceLinks sources={f.sources} clientId={decision.clientId} names={names} />
            </Stack>
          ))}
        </Stack>

        <Title order={3} size="h5">
          {t("decision.arguments.title")}
        </Title>
        {args.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("decision.arguments.none")}
          </Text>
        )}
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
          {args.map((a) => {
            const words = inLanguage(a.text, i18n.language);
            return (
              <Card component="li" key={a.id} padding="xs" withBorder data-testid="argument">
                <Group gap={6} wrap="nowrap" align="start">
                  <Badge color={effectColors[a.side]} miw="max-content">
                    {t(`decision.side.${a.side}`)}
                  </Badge>
                  <Text size="sm" style={{ flex: 1 }}>
                    {words}
                  </Text>
                </Group>
                <Group gap="xs" mt={6} justify="space-between">
                  <NativeSelect
                    size="xs"
                    aria-label={t("decision.arguments.weightOf", { text: words })}
                    disabled={readOnly || busy}
                    value={String(a.weight)}
                    onChange={(e) =>
                      onChange({ weights: [{ argumentId: a.id, weight: Number(e.currentTarget.value) }] })
                    }
                    data={weights.map((w) => ({
                      value: String(w),
                      label: t("decision.arguments.weight", { weight: w }),
                    }))}
                  />
                  {!readOnly && (
                    <ActionIcon
                      variant="subtle"
                      color="red.9"
                      disabled={busy}
                      aria-label={t("decision.arguments.remove", { text: words })}
                      onClick={() => onChange({ removeArguments: [a.id] })}
                    >
                      ×
                    </ActionIcon>
                  )}
                </Group>
              </Card>
            );
          })}
        </Stack>

        {!readOnly && (
          <form onSubmit={add} noValidate aria-label={t("decision.arguments.addTo", { option: optionName })}>
            <Stack gap={6}>
              <Group gap={6} grow>
                <NativeSelect
                  size="xs"
                  label={t("decision.arguments.side")}
                  value={side}
                  onChange={(e) => setSide(e.currentTarget.value as "pro" | "con")}
                  data={[
                    { value: "pro", label: t("decision.side.pro") },
                    { value: "con", label: t("decision.side.con") },
                  ]}
                />
                <NativeSelect
                  size="xs"
                  label={t("decision.arguments.weightLabel")}
                  value={weight}
                  onChange={(e) => setWeight(e.currentTarget.value)}
                  data={weights.map((w) => String(w))}
                />
              </Group>
              <TextInput
                size="xs"
                label={t("decision.arguments.text", { option: optionName })}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
              />
              <Button type="submit" size="xs" variant="light" disabled={!text.trim()} loading={busy}>
                {t("decision.arguments.add")}
              </Button>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
