/**
 * First run: a short guide on the dashboard — the studio's identity and tax numbers, each member's rate and
 * capacity, values, payment instructions, e-mail — each step done or not from the records themselves (GET /setup),
 * each linking to the form that sets it. It can be skipped (kept in this browser for this workspace) and resumed;
 * once every step is done it is gone. Beside it, what waits for someone today.
 */
import { Anchor, Badge, Button, Card, Group, List, Progress, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Schema } from "../api/client.ts";
import { useSession } from "../session.tsx";
import { workspaceApi, workspaceKeys } from "../workspace/workspace-api.ts";

type SetupStatus = Schema<"SetupStatus">;
type StepId = SetupStatus["steps"][number]["id"];
type TodoKey = keyof SetupStatus["todo"];

/** Where each step is done: the existing settings forms. */
const stepLinks: Record<StepId, string> = {
  identity: "/settings",
  team: "/members",
  values: "/settings",
  payment: "/settings",
  email: "/outbox",
};

/** Where each kind of waiting work is listed (none yet for claims and change orders: they live on their mandate). */
const todoLinks: Record<TodoKey, string | undefined> = {
  overdueInvoices: "/receivables",
  draftInvoices: "/invoices?status=draft",
  offersAwaitingSignature: "/offers?status=sent",
  changeOrdersAwaitingApproval: undefined,
  untriagedClaims: undefined,
};

function useSetupStatus() {
  return useQuery({ queryKey: workspaceKeys.setup, queryFn: workspaceApi.setup });
}

function useSkipped(workspaceId: string) {
  const key = `mandat.setup.skipped.${workspaceId}`;
  const read = () => {
    try {
      return localStorage.getItem(key) === "1";
    } catch {
      return false;
    }
  };
  const [skipped, setSkipped] = useState(read);
  const set = (value: boolean) => {
    try {
      if (value) localStorage.setItem(key, "1");
      else localStorage.removeItem(key);
    } catch {
      // Private mode: skipping holds for this visit.
    }
    setSkipped(value);
  };
  return [skipped, set] as const;
}

export function SetupGuide() {
  const { t } = useTranslation();
  const me = useSession();
  const status = useSetupStatus();
  const [skipped, setSkipped] = useSkipped(me.workspace.id);
  if (!status.data) return null;
  const steps = status.data.steps;
  const doneCount = steps.filter((s) => s.done).length;
  if (doneCount === steps.length) return null;
  if (skipped) {
    return (
      <Group gap="xs">
        <Button variant="default" size="xs" onClick={() => setSkipped(false)}>
          {t("everyday.setup.resume")}
        </Button>
        <Text size="sm" c="dimmed">
          {t("everyday.setup.progress", { count: doneCount, total: steps.length })}
        </Text>
      </Group>
    );
  }
  return (
    <Card withBorder component="section" aria-labelledby="setup-title" data-testid="setup-guide">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={2} size="h3" id="setup-title">
              {t("everyday.setup.title")}
            </Title>
            <Text size="sm">{t("everyday.setup.intro")}</Text>
          </Stack>
          <Button variant="subtle" size="xs" onClick={() => setSkipped(true)}>
            {t("everyday.setup.skip")}
          </Button>
        </Group>
        <Progress
          value={(doneCount / steps.length) * 100}
          aria-label={t("everyday.setup.progress", { count: doneCount, total: steps.length })}
        />
        <Text size="sm" c="dimmed">
          {t("everyday.setup.progress", { count: doneCount, total: steps.length })}
        </Text>
        <List listStyleType="none" spacing="sm">
          {steps.map((step) => (
            <List.Item key={step.id} data-testid={`setup-step-${step.id}`}>
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <Badge color={step.done ? "teal.9" : "gray"} variant={step.done ? "filled" : "light"} miw={90}>
                  {step.done ? t("everyday.setup.done") : t("everyday.setup.toDo")}
                </Badge>
                <Stack gap={0}>
                  <Anchor component={Link} to={stepLinks[step.id]} fw={600}>
                    {t(`everyday.setup.steps.${step.id}.title`)}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {t(`everyday.setup.steps.${step.id}.body`)}
                  </Text>
                </Stack>
              </Group>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}

/** What waits for someone today: overdue invoices, drafts, offers and change orders the client has not answered. */
export function TodayCard() {
  const { t } = useTranslation();
  const status = useSetupStatus();
  if (!status.data) return null;
  const waiting = (Object.entries(status.data.todo) as [TodoKey, number][]).filter(([, n]) => n > 0);
  return (
    <Card withBorder component="section" aria-labelledby="today-title" data-testid="today">
      <Title order={2} size="h4" id="today-title" mb="xs">
        {t("everyday.today.title")}
      </Title>
      {waiting.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("everyday.today.nothing")}
        </Text>
      ) : (
        <List spacing={4}>
          {waiting.map(([key, count]) => {
            const text = t(`everyday.today.${key}`, { count });
            const to = todoLinks[key];
            return (
              <List.Item key={key}>
                {to ? (
                  <Anchor component={Link} to={to}>
                    {text}
                  </Anchor>
                ) : (
                  text
                )}
              </List.Item>
            );
          })}
        </List>
      )}
    </Card>
  );
}
