/** The weekly timesheet: members × days (Monday first) with totals per member, per day and for the week. */
import { Button, Group, Loader, Table, Text, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { scopeKeys } from "../scope/query-keys.ts";
import { formatMinutes, scopeApi, today } from "../scope/scope-api.ts";
import { problemMessage } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { workspaceApi, workspaceKeys } from "../workspace/workspace-api.ts";

function shift(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

export function TimeSheet() {
  const { t } = useTranslation();
  const format = useFormat();
  const [date, setDate] = useState(today);
  const sheet = useQuery({ queryKey: scopeKeys.timesheet(date), queryFn: () => scopeApi.timesheet(date) });
  const members = useQuery({ queryKey: workspaceKeys.members, queryFn: () => workspaceApi.members() });
  const names = new Map((members.data?.items ?? []).map((m) => [m.id, m.name]));
  const weekday = (d: string) =>
    new Intl.DateTimeFormat(format.locale, { weekday: "short", day: "numeric", timeZone: "UTC" }).format(
      new Date(`${d}T00:00:00Z`),
    );
  const cell = (minutes: number) => (minutes === 0 ? <Text c="dimmed">—</Text> : formatMinutes(minutes));

  return (
    <>
      <Group align="end" gap="xs">
        <Button variant="default" onClick={() => setDate((d) => shift(d, -7))}>
          ← {t("time.sheet.previous")}
        </Button>
        <TextInput
          label={t("time.sheet.weekOf")}
          type="date"
          value={date}
          onChange={(e) => e.currentTarget.value && setDate(e.currentTarget.value)}
        />
        <Button variant="default" onClick={() => setDate((d) => shift(d, 7))}>
          {t("time.sheet.next")} →
        </Button>
      </Group>
      {sheet.isPending && <Loader aria-label={t("common.loading")} />}
      {sheet.isError && <Text c="red.9">{problemMessage(sheet.error, t)}</Text>}
      {sheet.data && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped withColumnBorders aria-describedby="timesheet-caption">
            <Table.Caption id="timesheet-caption">
              {t("time.sheet.caption", {
                week: sheet.data.week.week,
                from: format.date(sheet.data.week.monday),
                to: format.date(sheet.data.week.sunday),
              })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("time.fields.member")}</Table.Th>
                {sheet.data.dates.map((d) => (
                  <Table.Th key={d} scope="col" ta="end">
                    {weekday(d)}
                  </Table.Th>
                ))}
                <Table.Th scope="col" ta="end">
                  {t("time.sheet.total")}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sheet.data.members.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={9}>
                    <Text c="dimmed">{t("time.sheet.empty")}</Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {sheet.data.members.map((m) => (
                <Table.Tr key={m.memberId}>
                  <Table.Th scope="row">{names.get(m.memberId) ?? "—"}</Table.Th>
                  {m.days.map((minutes, i) => (
                    <Table.Td key={sheet.data.dates[i]} ta="end">
                      {cell(minutes)}
                    </Table.Td>
                  ))}
                  <Table.Td ta="end" fw={700}>
                    {formatMinutes(m.total)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t("time.sheet.total")}</Table.Th>
                {sheet.data.days.map((minutes, i) => (
                  <Table.Td key={sheet.data.dates[i]} ta="end" fw={700}>
                    {formatMinutes(minutes)}
                  </Table.Td>
                ))}
                <Table.Td ta="end" fw={700}>
                  {formatMinutes(sheet.data.total)}
                </Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}
      {sheet.data && sheet.data.total > 0 && (
        <Text size="sm" c="dimmed">
          {(["billable", "included", "goodwill", "internal"] as const)
            .map((c) => `${t(`time.category.${c}`)} ${formatMinutes(sheet.data.byCategory[c])}`)
            .join(" · ")}
        </Text>
      )}
    </>
  );
}
