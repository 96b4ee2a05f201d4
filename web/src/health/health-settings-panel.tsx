/** Owners tune the health score: a weight per metric (0 leaves it out) and the warning and critical thresholds. */
import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { NumberField } from "../components/number-field.tsx";
import { exitApi, HEALTH_METRIC_KEYS, type HealthSettings } from "../exits/exit-api.ts";
import { exitKeys } from "../exits/query-keys.ts";
import { notify } from "../notify.ts";
import { useFieldErrors } from "../use-field-errors.ts";

export function HealthSettingsPanel() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: exitKeys.settings, queryFn: exitApi.settings });
  const [draft, setDraft] = useState<HealthSettings>();
  useEffect(() => {
    if (settings.data) setDraft(settings.data);
  }, [settings.data]);
  const { errors, show, clear } = useFieldErrors(
    (p) => p === "threshold" || p === "criticalThreshold" || p.startsWith("weights."),
  );
  const save = useMutation({
    mutationFn: (body: HealthSettings) =>
      exitApi.saveSettings({
        weights: body.weights,
        threshold: body.threshold,
        criticalThreshold: body.criticalThreshold,
      }),
    onSuccess: (next) => {
      queryClient.setQueryData(exitKeys.settings, next);
      void queryClient.invalidateQueries({ queryKey: exitKeys.healthAll });
      notify({ message: t("health.settings.saved") });
    },
    onError: show,
  });
  if (!draft) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(draft);
  };
  const num = (v: string | number) => (typeof v === "number" ? v : Number(v) || 0);

  return (
    <Card withBorder component="section" aria-labelledby="health-settings-title">
      <Title order={2} size="h4" id="health-settings-title">
        {t("health.settings.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("health.settings.hint")}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberField
              kind="integer"
              label={t("health.settings.threshold")}
              max={100}
              value={draft.threshold}
              error={errors.threshold}
              onChange={(v) => {
                setDraft({ ...draft, threshold: num(v) });
                clear("threshold");
              }}
            />
            <NumberField
              kind="integer"
              label={t("health.settings.criticalThreshold")}
              max={100}
              value={draft.criticalThreshold}
              error={errors.criticalThreshold}
              onChange={(v) => {
                setDraft({ ...draft, criticalThreshold: num(v) });
                clear("criticalThreshold");
              }}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            {HEALTH_METRIC_KEYS.map((key) => (
              <NumberField
                kind="integer"
                key={key}
                label={t("health.settings.weightOf", { metric: t(`health.metric.${key}`) })}
                max={100}
                value={draft.weights[key] ?? 0}
                error={errors[`weights.${key}`]}
                onChange={(v) => {
                  setDraft({ ...draft, weights: { ...draft.weights, [key]: num(v) } });
                  clear(`weights.${key}`);
                }}
              />
            ))}
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t("health.settings.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
