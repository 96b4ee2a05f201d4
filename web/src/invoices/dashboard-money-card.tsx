/**
 * The dashboard's money: what clients owe and what is overdue (as the receivables page reads it), the work done on open
 * mandates but not yet invoiced (their ledgers), and the goodwill given this quarter. Each figure links to its page.
 */
import { Card, SimpleGrid, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatMinutes } from "../scope/scope-api.ts";
import { useFormat } from "../use-format.ts";
import { type DashboardMoney, moneyApi } from "./money-api.ts";
import { moneyKeys } from "./query-keys.ts";

interface FigureProps {
  label: string;
  value: string;
  detail: ReactNode;
  to: string;
  /** `dashboard-<testId>` on the amount. */
  testId: string;
}

function MoneyFigure({ label, value, detail, to, testId }: FigureProps) {
  return (
    <Card withBorder component={Link} to={to}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={26} fw={700} data-testid={`dashboard-${testId}`}>
        {value}
      </Text>
      <Text size="sm">{detail}</Text>
    </Card>
  );
}

export function DashboardMoneyCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useQuery({ queryKey: moneyKeys.dashboard, queryFn: moneyApi.dashboard });
  const m = money.data;
  const invoices = (count: number) => t("money.dashboard.invoices", { count });
  const figures: {
    key: string;
    cents: (d: DashboardMoney) => number;
    detail: (d: DashboardMoney) => string;
    to: string;
  }[] = [
    {
      key: "outstanding",
      cents: (d) => d.outstanding.amount,
      detail: (d) => invoices(d.outstanding.invoices),
      to: "/receivables",
    },
    { key: "overdue", cents: (d) => d.overdue.amount, detail: (d) => invoices(d.overdue.invoices), to: "/receivables" },
    {
      key: "unbilled",
      cents: (d) => d.unbilled.amount,
      detail: (d) => t("money.dashboard.mandates", { count: d.unbilled.mandates }),
      to: "/invoices/new",
    },
    {
      key: "goodwill",
      cents: (d) => d.goodwill.value,
      detail: (d) =>
        t("money.dashboard.goodwillHours", {
          duration: formatMinutes(d.goodwill.minutes),
          from: format.date(d.goodwill.from),
        }),
      to: "/time",
    },
  ];
  return (
    <Card withBorder component="section" aria-labelledby="dashboard-money-title">
      <Title order={2} size="h4" id="dashboard-money-title" mb="xs">
        {t("money.dashboard.title")}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        {figures.map(({ key, cents, detail, to }) => (
          <MoneyFigure
            key={key}
            testId={key}
            label={t(`money.dashboard.${key}`)}
            value={m ? format.money(cents(m), m.currency) : "…"}
            detail={m ? detail(m) : "…"}
            to={to}
          />
        ))}
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt="xs">
        {t("money.dashboard.caption")}
      </Text>
    </Card>
  );
}
