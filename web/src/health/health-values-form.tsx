/** The team member rates how the relationship lives up to each of the studio's values (1-5). */

import { Button, Card, Group, NativeSelect, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { exitApi } from "../exits/exit-api.ts";
import { exitKeys } from "../exits/query-keys.ts";
import { notify } from "../notify.ts";
import { useSession } from "../session.tsx";
import { useFieldErrors } from "../use-field-errors.ts";

export function HealthValuesForm({ clientId, disabled }: { clientId: string; disabled: boolean }) {
  const { t } = useTranslation();
  const me = useSession();
  const queryClient = useQueryClient();
  const values = me.workspace.values.filter((v): v is typeof v & { id: string } => Boolean(v.id));
  const [ratings, setRatings] = useState<Record<string, string>>({});
  const { errors, show, clear } = useFieldErrors((p) => p.startsWith("ratings."));
  const save = useMutation({
    mutationFn: () =>
      exitApi.rateValues(
        clientId,
        values.filter((v) => ratings[v.id]).map((v) => ({ valueId: v.id, rating: Number(ratings[v.id]) })),
      ),
    onSuccess: () => {
      notify({ message: t("health.values.saved") });
      void queryClient.invalidateQueries({ queryKey: exitKeys.healthAll });
    },
    onError: show,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const rated = values.filter((v) => ratings[v.id]).length;

  return (
    <Card withBorder component="section" aria-labelledby="values-title">
      <Title order={2} size="h4" id="values-title">
        {t("health.values.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("health.values.hint")}
      </Text>
      {values.length === 0 ? (
        <Text c="dimmed">{t("health.values.none")}</Text>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            {values.map((v, i) => (
              <NativeSelect
                key={v.id}
                label={v.statement}
                description={t("health.values.weight", { weight: v.weight })}
                disabled={disabled}
                value={ratings[v.id] ?? ""}
                error={errors[`ratings.${i}.rating`]}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setRatings((r) => ({ ...r, [v.id]: value }));
                  clear(`ratings.${i}.rating`);
                }}
                data={[
                  { value: "", label: t("health.values.notRated") },
                  ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t(`health.values.scale.${n}`) })),
                ]}
              />
            ))}
            <Group>
              <Button type="submit" loading={save.isPending} disabled={disabled || rated === 0}>
                {t("health.values.save")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}
