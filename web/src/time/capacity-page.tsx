/**
 * Team capacity for the next 12 weeks: each member's weekly capacity against booked hours (time logged plus the
 * remaining estimates of active mandates and approved change orders), with "approaching" and "over" said in words
 * and symbols as well as colour, and the warnings listed before the weeks arrive.
 */
import { Alert, Badge, Card, List, Loader, Progress, Stack, Table, Text, Title, Tooltip } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { FigureNotSet } from "../components/figure-not-set.tsx";
import { scopeKeys } from "../scope/query-keys.ts";
import { type CapacityStatus, localized, type MemberWeek, scopeApi } from "../scope/scope-api.ts";
import { problemMessage } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { usePageTitle } from "../use-page-title.ts";

const statusColors: Record<CapacityStatus, string> = { ok: "teal.9", approaching: "orange.9", over: "red.9" };
const statusMarks: Record<CapacityStatus, string> = { ok: "", approaching: "▲", over: "■" };

function WeekCell({ week, name }: { week: MemberWeek; name: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const percent = week.utilisation === undefined ? 0 : Math.round(week.utilisation * 100);
  const label = t("capacity.cellLabel", {
    name,
    week: week.week.week,
    booked: format.number(week.bookedHours),
    capacity: format.number(week.capacityHours),
    status: t(`capacity.status.${week.status}`),
  });
  const detail = [
    t("capacity.logged", { hours: format.number(week.loggedHours) }),
    ...week.planned.map((p) => `${p.label} : ${format.number(p.hours)} h`),
    localized(week.message, i18n.language),
  ]
    .filter(Boolean)
    .join("\n");
  return (
    <Tooltip label={<span style={{ whiteSpace: "pre-line" }}>{detail}</span>} multiline w={280} withinPortal>
      <Stack gap={2} tabIndex={0} aria-label={label} data-status={week.status} data-testid="capacity-cell">
        <Text
          size="xs"
          ta="end"
          fw={week.status === "ok" ? 400 : 700}
          c={week.status === "ok" ? undefined : statusColors[week.status]}
        >
          {statusMarks[week.status] && <span aria-hidden>{statusMarks[week.status]} </span>}
          {format.number(Math.round(week.bookedHours))}/{format.number(week.capacityHours)}
        </Text>
        <Progress value={Math.min(100, percent)} color={statusColors[week.status]} size="sm" aria-hidden />
        {week.status !== "ok" && (
          <Text size="xs" ta="end" c={statusColors[week.status]}>
            {t(`capacity.status.${week.status}`)}
          </Text>
        )}
      </Stack>
    </Tooltip>
  );
}

export function CapacityPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  usePageTitle(t("capacity.title"));
  const capacity = useQuery({ queryKey: scopeKeys.capacity, queryFn: () => scopeApi.capacity(12) });

  return (
    <Stack gap="lg" maw={1400}>
      <Stack gap={4}>
        <Title order={1}>{t("capacity.title")}</Title>
        <Text c="dimmed">{t("capacity.intro")}</Text>
      </Stack>
      {capacity.isPending && <Loader aria-label={t("common.loading")} />}
      {capacity.isError && <Alert color="red">{problemMessage(capacity.error, t)}</Alert>}
      {capacity.data && (
        <>
          <Card withBorder component="section" aria-labelledby="capacity-warnings">
            <Title order={2} size="h4" id="capacity-warnings" mb="xs">
              {t("capacity.warnings", { count: capacity.data.warnings.length })}
            </Title>
            {capacity.data.warnings.length === 0 ? (
              <Text c="teal.9">{t("capacity.noWarning")}</Text>
            ) : (
              <List spacing={4} size="sm" listStyleType="none" p={0}>
                {capacity.data.warnings.map((w) => (
                  <List.Item key={`${w.memberId}-${w.week.key}`}>
                    <Badge color={statusColors[w.status]} mr="xs" miw="max-content">
                      {statusMarks[w.status]} {t(`capacity.status.${w.status}`)}
                    </Badge>
                    <Text span size="sm">
                      {localized(w.message, i18n.language)}
                    </Text>
                  </List.Item>
                ))}
              </List>
            )}
          </Card>

          <Table.ScrollContainer minWidth={940}>
            <Table withColumnBorders horizontalSpacing={6} aria-describedby="capacity-legend">
              <Table.Caption id="capacity-legend">{t("capacity.legend")}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("capacity.member")}</Table.Th>
                  {capacity.data.weeks.map((w) => (
                    <Table.Th key={w.key} scope="col" ta="end">
                      <Text size="xs" fw={700}>
                        {t("capacity.weekShort", { week: w.week })}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {new Intl.DateTimeFormat(format.locale, {
                          day: "numeric",
                          month: "short",
                          timeZone: "UTC",
                        }).format(new Date(`${w.monday}T00:00:00Z`))}
                      </Text>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {capacity.data.members.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={13}>
                      <Text c="dimmed">{t("capacity.empty")}</Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                {capacity.data.members.map((m) => (
                  <Table.Tr key={m.memberId}>
                    <Table.Th scope="row">
                      {m.name}
                      {(m.weeks[0]?.capacityHours ?? 0) === 0 ? (
                        <FigureNotSet figure="capacity" />
                      ) : (
                        <Text size="xs" c="dimmed">
                          {t("capacity.perWeek", { hours: format.number(m.weeks[0]?.capacityHours ?? 0) })}
                        </Text>
                      )}
                    </Table.Th>
                    {m.weeks.map((w) => (
                      <Table.Td key={w.week.key} miw={56}>
                        <WeekCell week={w} name={m.name} />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {capacity.data.unallocated.some((u) => u.hours > 0) && (
            <Alert color="orange" title={t("capacity.unallocatedTitle")}>
              {capacity.data.unallocated
                .filter((u) => u.hours > 0)
                .map((u) => t("capacity.unallocated", { week: u.week.week, hours: format.number(u.hours) }))
                .join(" · ")}
            </Alert>
          )}
        </>
      )}
    </Stack>
  );
}
