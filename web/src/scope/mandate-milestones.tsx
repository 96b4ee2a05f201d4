/**
 * A mandate's milestones, the dates an exit must not fall before (C.c.Q. 2126): the signed offer's delivery date,
 * approved change orders' dates, and the dates the team adds (a launch) or removes.
 */
import { ActionIcon, Button, Card, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { exitApi } from "../exits/exit-api.ts";
import { exitKeys } from "../exits/query-keys.ts";
import { useFieldErrors } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";

export function MandateMilestones({
  mandateId,
  canWrite,
  open,
}: {
  mandateId: string;
  canWrite: boolean;
  open: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const milestones = useQuery({
    queryKey: exitKeys.milestones(mandateId),
    queryFn: () => exitApi.milestones(mandateId),
  });
  const [title, setTitle] = useState("");
  const [date, setDate] = useState("");
  const { errors, show, clear, reset } = useFieldErrors((p) => p === "title" || p === "date");
  const done = (next: Awaited<ReturnType<typeof exitApi.milestones>>) =>
    queryClient.setQueryData(exitKeys.milestones(mandateId), next);
  const add = useMutation({
    mutationFn: () => exitApi.addMilestone(mandateId, { title: title.trim(), date }),
    onSuccess: (next) => {
      done(next);
      setTitle("");
      setDate("");
      reset();
    },
    onError: show,
  });
  const remove = useMutation({
    mutationFn: (milestoneId: string) => exitApi.removeMilestone(mandateId, milestoneId),
    onSuccess: done,
    onError: show,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <Card withBorder component="section" aria-labelledby="milestones-title">
      <Title order={2} size="h4" id="milestones-title">
        {t("exit.milestones.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("exit.milestones.hint")}
      </Text>
      <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: "none" }} data-testid="mandate-milestones">
        {(milestones.data?.items ?? []).map((m) => (
          <Group component="li" key={m.id} gap="xs" wrap="nowrap">
            <Text size="sm" fw={600} miw={130}>
              {format.date(m.date)}
            </Text>
            <Text size="sm">{m.title}</Text>
            <Text size="xs" c="dimmed">
              {t(`exit.milestones.source.${m.source}`)}
            </Text>
            {m.source === "user" && canWrite && open && (
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t("exit.milestones.remove", { title: m.title })}
                onClick={() => remove.mutate(m.id)}
              >
                ×
              </ActionIcon>
            )}
          </Group>
        ))}
      </Stack>
      {canWrite && open && (
        <form onSubmit={submit} noValidate>
          <Group align="flex-end" mt="sm">
            <TextInput
              label={t("exit.milestones.name")}
              placeholder={t("exit.milestones.namePlaceholder")}
              value={title}
              error={errors.title}
              onChange={(e) => {
                setTitle(e.currentTarget.value);
                clear("title");
              }}
            />
            <TextInput
              type="date"
              label={t("exit.milestones.date")}
              value={date}
              error={errors.date}
              onChange={(e) => {
                setDate(e.currentTarget.value);
                clear("date");
              }}
            />
            <Button type="submit" loading={add.isPending}>
              {t("exit.milestones.add")}
            </Button>
          </Group>
        </form>
      )}
    </Card>
  );
}
