/**
 * Goodwill (free work given on purpose): hours and their value at the billable rate, per client and per mandate, and
 * the budgets in hours with their state in words and colour: below 80 %, from 80 % ("nearly spent"), from 100 %.
 */
import {
  Badge,
  Button,
  Fieldset,
  Group,
  Loader,
  NativeSelect,
  Progress,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { clientKeys, clientsApi } from "../clients/clients-api.ts";
import { FigureNotSet } from "../components/figure-not-set.tsx";
import { NumberField } from "../components/number-field.tsx";
import { notify } from "../notify.ts";
import { scopeKeys } from "../scope/query-keys.ts";
import { type BudgetStatus, type GoodwillTotal, localized, type Money, scopeApi } from "../scope/scope-api.ts";
import { usePermissions } from "../session.tsx";
import { problemMessage, useFieldErrors } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { useMandateOptions } from "./time-place-fields.tsx";

const budgetColors: Record<BudgetStatus, string> = { ok: "teal.9", warning: "orange.9", exceeded: "red.9" };

export function BudgetCell({ total }: { total: GoodwillTotal }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const b = total.budget;
  if (!b)
    return (
      <Text size="sm" c="dimmed">
        {t("time.goodwill.noBudget")}
      </Text>
    );
  const percent = b.ratio === undefined ? (b.status === "exceeded" ? 100 : 0) : Math.round(b.ratio * 100);
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap">
        <Badge color={budgetColors[b.status]} miw="max-content">
          {t(`time.goodwill.status.${b.status}`)}
        </Badge>
        <Text size="sm">
          {t("time.goodwill.usedOf", { used: format.number(b.usedHours), budget: format.number(b.budgetHours) })}
          {b.ratio !== undefined && ` (${percent} %)`}
        </Text>
      </Group>
      <Progress
        value={Math.min(100, percent)}
        color={budgetColors[b.status]}
        aria-label={t("time.goodwill.budgetUsed", { percent })}
      />
      {b.status !== "ok" && (
        <Text size="xs" c={b.status === "exceeded" ? "red.9" : "orange.9"}>
          {localized(b.message, i18n.language)}
        </Text>
      )}
    </Stack>
  );
}

/** Goodwill hours by members without a billable rate: their value is unknown; links to where the rate is set. */
export function UnratedFlag({ hours }: { hours: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <FigureNotSet figure="rate" detail={t("figures.unratedHours", { count: hours, hours: format.number(hours) })} />
  );
}

/** The value of goodwill, or the flag when some of its hours are by members without a billable rate (not 0 $). */
function GoodwillValue({ value, hours, unratedHours }: { value: Money; hours: number; unratedHours: number }) {
  const format = useFormat();
  if (unratedHours === 0) return format.money(value.amount, value.currency);
  return (
    <Stack gap={2} align="end">
      {unratedHours < hours && <Text size="sm">{format.money(value.amount, value.currency)}</Text>}
      <UnratedFlag hours={unratedHours} />
    </Stack>
  );
}

function GoodwillTable({ rows, scope }: { rows: GoodwillTotal[]; scope: "client" | "mandate" }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped data-testid={`goodwill-${scope}s`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t(scope === "client" ? "time.goodwill.client" : "time.goodwill.mandate")}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t("time.goodwill.hours")}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t("time.goodwill.value")}
            </Table.Th>
            <Table.Th scope="col">{t("time.goodwill.budget")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={4}>
                <Text c="dimmed">{t("time.goodwill.empty")}</Text>
              </Table.Td>
            </Table.Tr>
          )}
          {rows.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Th scope="row" fw={600}>
                {r.name}
              </Table.Th>
              <Table.Td ta="end">{format.number(r.hours)} h</Table.Td>
              <Table.Td ta="end">
                <GoodwillValue value={r.value} unratedHours={r.unratedHours} hours={r.hours} />
              </Table.Td>
              <Table.Td miw={260}>
                <BudgetCell total={r} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function BudgetForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [scope, setScope] = useState<"client" | "mandate">("mandate");
  const [id, setId] = useState("");
  const [hours, setHours] = useState<number | string>("");
  const mandates = useMandateOptions();
  const clients = useQuery({
    queryKey: clientKeys.forBudget,
    queryFn: () => clientsApi.list({ pageSize: 200 }),
    enabled: scope === "client",
  });
  const { errors, show, clear } = useFieldErrors((path) => path === "id" || path === "hours");
  const save = useMutation({
    mutationFn: () => scopeApi.setGoodwillBudget({ scope, id, hours: typeof hours === "number" ? hours : null }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: scopeKeys.goodwill });
      notify({
        message: typeof hours === "number" ? t("time.goodwill.budgetSaved") : t("time.goodwill.budgetRemoved"),
      });
    },
    onError: show,
  });
  const options =
    scope === "mandate"
      ? (mandates.data?.items ?? []).map((m) => ({ value: m.id, label: m.title }))
      : (clients.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t("time.goodwill.setBudget")}>
      <Fieldset legend={t("time.goodwill.setBudget")}>
        <Group align="end" wrap="wrap">
          <SegmentedControl
            aria-label={t("time.goodwill.scope")}
            value={scope}
            onChange={(v) => {
              setScope(v as "client" | "mandate");
              setId("");
            }}
            data={[
              { value: "mandate", label: t("time.goodwill.mandate") },
              { value: "client", label: t("time.goodwill.client") },
            ]}
          />
          <NativeSelect
            label={t(scope === "client" ? "time.goodwill.client" : "time.goodwill.mandate")}
            value={id}
            onChange={(e) => {
              setId(e.currentTarget.value);
              clear("id");
            }}
            data={[{ value: "", label: t("time.goodwill.choose") }, ...options]}
            error={errors.id}
            miw={220}
          />
          <NumberField
            kind="hours"
            label={t("time.goodwill.budgetHours")}
            description={t("time.goodwill.budgetHelp")}
            max={10_000}
            value={hours}
            onChange={(v) => {
              setHours(v);
              clear("hours");
            }}
            error={errors.hours}
            maw={200}
          />
          <Button type="submit" loading={save.isPending} disabled={!id}>
            {t("common.save")}
          </Button>
        </Group>
      </Fieldset>
    </form>
  );
}

export function GoodwillPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const { canWrite } = usePermissions();
  const goodwill = useQuery({ queryKey: scopeKeys.goodwill, queryFn: () => scopeApi.goodwill() });
  if (goodwill.isPending) return <Loader aria-label={t("common.loading")} />;
  if (goodwill.isError) return <Text c="red.9">{problemMessage(goodwill.error, t)}</Text>;
  const g = goodwill.data;
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text size="lg" fw={700} data-testid="goodwill-total">
          {g.total.unratedHours > 0 && g.total.unratedHours === g.total.hours
            ? t("time.goodwill.totalHours", { hours: format.number(g.total.hours) })
            : t("time.goodwill.total", {
                hours: format.number(g.total.hours),
                value: format.money(g.total.value.amount, g.total.value.currency),
              })}
        </Text>
        {g.total.unratedHours > 0 && <UnratedFlag hours={g.total.unratedHours} />}
      </Stack>
      <Title order={3} size="h4">
        {t("time.goodwill.byClient")}
      </Title>
      <GoodwillTable rows={g.clients} scope="client" />
      <Title order={3} size="h4">
        {t("time.goodwill.byMandate")}
      </Title>
      <GoodwillTable rows={g.mandates} scope="mandate" />
      {canWrite && <BudgetForm />}
    </Stack>
  );
}
