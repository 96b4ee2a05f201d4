/**
 * The team estimate of an offer: each member enters optimistic / likely / pessimistic hours per deliverable; the
 * panel shows the PERT expectation and spread per item and in total, flags items where members disagree widely, and
 * the hourly rate the price implies against the workspace's target.
 */
import { Alert, Button, Card, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { pert } from "../../../src/domain/estimate/pert.ts";
import { ApiError } from "../api/client.ts";
import { NumberField } from "../components/number-field.tsx";
import { notify } from "../notify.ts";
import { fieldMessage, notifyError } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { type OfferDetail, offersApi } from "./offers-api.ts";
import { offerKeys } from "./query-keys.ts";

type Three = { optimistic: number | ""; likely: number | ""; pessimistic: number | "" };
const blank: Three = { optimistic: "", likely: "", pessimistic: "" };
const points = ["optimistic", "likely", "pessimistic"] as const;
const rateColors = { below: "red.9", at: "teal.9", above: "blue.9" } as const;

export function EstimatePanel({
  detail,
  memberId,
  canWrite,
}: {
  detail: OfferDetail;
  memberId: string;
  canWrite: boolean;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const { offer, teamEstimate, impliedRate } = detail;
  const currency = offer.content.currency;
  const deliverables = [...offer.content.deliverables].sort((a, b) => a.position - b.position);
  const editable = canWrite && (offer.status === "draft" || offer.status === "sent");
  const [mine, setMine] = useState<Record<string, Three>>({});
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    const next: Record<string, Three> = {};
    for (const e of detail.estimates.filter((x) => x.memberId === memberId)) {
      next[e.deliverableId] = { optimistic: e.optimistic, likely: e.likely, pessimistic: e.pessimistic };
    }
    setMine(next);
  }, [detail.estimates, memberId]);

  const items = deliverables
    .map((d) => ({ deliverableId: d.id, ...(mine[d.id] ?? blank) }))
    .filter((x) => x.optimistic !== "" && x.likely !== "" && x.pessimistic !== "")
    .map((x) => ({
      deliverableId: x.deliverableId,
      optimistic: Number(x.optimistic),
      likely: Number(x.likely),
      pessimistic: Number(x.pessimistic),
    }));

  const save = useMutation({
    mutationFn: () => offersApi.estimate(offer.id, items),
    onSuccess: (next) => {
      queryClient.setQueryData(offerKeys.detail(offer.id), next);
      setRowErrors({});
      notify({ message: t("offers.estimate.saved") });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.fields.length > 0) {
        const next: Record<string, string> = {};
        for (const f of error.fields) {
          const index = Number(/^items\.(\d+)/.exec(f.path)?.[1]);
          const item = items[index];
          if (item) next[item.deliverableId] = fieldMessage(f, t, i18n.language);
        }
        setRowErrors(next);
        if (Object.keys(next).length > 0) return;
      }
      notifyError(error, t);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const hours = (h: number) => t("offers.hours", { hours: format.number(Math.round(h * 10) / 10) });
  const names = new Map(detail.estimates.map((e) => [e.memberId, e.memberName]));

  return (
    <Card withBorder component="section" aria-labelledby="estimate-title" data-testid="estimate-panel">
      <form onSubmit={submit} noValidate aria-label={t("offers.estimate.title")}>
        <Stack gap="sm">
          <Title order={2} size="h3" id="estimate-title">
            {t("offers.estimate.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("offers.estimate.hint")}
          </Text>
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("offers.estimate.deliverable")}</Table.Th>
                  {points.map((p) => (
                    <Table.Th scope="col" key={p}>
                      {t(`offers.estimate.${p}`)}
                    </Table.Th>
                  ))}
                  <Table.Th scope="col">{t("offers.estimate.team")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {deliverables.map((d) => {
                  const item = teamEstimate.items.find((i) => i.deliverableId === d.id);
                  const own = mine[d.id] ?? blank;
                  const members = detail.estimates.filter((e) => e.deliverableId === d.id);
                  return (
                    <Table.Tr key={d.id} data-testid="estimate-row">
                      <Table.Th scope="row" fw={600}>
                        {d.title}
                        {rowErrors[d.id] && (
                          <Text size="xs" c="red.9" role="alert">
                            {rowErrors[d.id]}
                          </Text>
                        )}
                      </Table.Th>
                      {points.map((p) => (
                        <Table.Td key={p}>
                          {editable ? (
                            <NumberField
                              kind="hours"
                              aria-label={t(`offers.estimate.inputLabel.${p}`, { title: d.title })}
                              w={90}
                              value={own[p]}
                              error={Boolean(rowErrors[d.id])}
                              onChange={(v) => {
                                setMine((m) => ({
                                  ...m,
                                  [d.id]: { ...(m[d.id] ?? blank), [p]: typeof v === "number" ? v : "" },
                                }));
                                setRowErrors(({ [d.id]: _, ...rest }) => rest);
                              }}
                            />
                          ) : (
                            <Text size="sm">{own[p] === "" ? "—" : format.number(own[p])}</Text>
                          )}
                        </Table.Td>
                      ))}
                      <Table.Td>
                        {item ? (
                          <Stack gap={2}>
                            <Text size="sm" fw={600}>
                              {t("offers.estimate.expected", {
                                hours: hours(item.expected),
                                spread: format.number(Math.round(item.standardDeviation * 10) / 10),
                              })}
                            </Text>
                            <Text size="xs" c="dimmed">
                              {members.map((e) => `${e.memberName || "?"} ${hours(pert(e).expected)}`).join(" · ")}
                            </Text>
                            {item.disagreement && (
                              <Text size="xs" fw={700} c="orange.9" data-testid="disagreement">
                                {t("offers.estimate.disagreement", {
                                  ratio:
                                    item.spreadRatio && Number.isFinite(item.spreadRatio)
                                      ? format.number(Math.round(item.spreadRatio * 10) / 10)
                                      : "∞",
                                })}
                              </Text>
                            )}
                          </Stack>
                        ) : (
                          <Text size="sm" c="dimmed">
                            {t("offers.estimate.none")}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group gap="xl" data-testid="estimate-total">
            <div>
              <Text size="sm" c="dimmed">
                {t("offers.estimate.total")}
              </Text>
              <Text fw={700}>
                {teamEstimate.items.length > 0
                  ? t("offers.estimate.totalRange", {
                      hours: hours(teamEstimate.expected),
                      low: hours(teamEstimate.low),
                      high: hours(teamEstimate.high),
                    })
                  : t("offers.estimate.none")}
              </Text>
              {names.size > 0 && (
                <Text size="xs" c="dimmed">
                  {t("offers.estimate.members", { names: [...names.values()].join(", ") })}
                </Text>
              )}
            </div>
            <div>
              <Text size="sm" c="dimmed">
                {t("offers.estimate.impliedRate")}
              </Text>
              {impliedRate.ok ? (
                <Group gap="xs">
                  <Text fw={700}>
                    {t("offers.estimate.perHour", { amount: format.money(impliedRate.rate.amount, currency) })}
                  </Text>
                  <Text size="sm" fw={600} c={rateColors[impliedRate.status]}>
                    {t(`offers.estimate.rate.${impliedRate.status}`, {
                      percent: format.number(Math.abs(impliedRate.differenceBps) / 100),
                      target: format.money(detail.targetHourlyRate, currency),
                    })}
                  </Text>
                </Group>
              ) : (
                <Text size="sm">{t(`offers.estimate.noRate.${impliedRate.reason}`)}</Text>
              )}
            </div>
          </Group>
          {teamEstimate.unestimatedDeliverableIds.length > 0 && teamEstimate.items.length > 0 && (
            <Alert color="gray" variant="light">
              {t("offers.estimate.unestimated", { count: teamEstimate.unestimatedDeliverableIds.length })}
            </Alert>
          )}
          {editable && (
            <Group>
              <Button type="submit" variant="light" loading={save.isPending} disabled={items.length === 0}>
                {t("offers.estimate.save")}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}
