/** Status, warning-level and severity badges (colour AND words), and the formatting of a metric's value. */
import { Badge } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import {
  type CheckSeverity,
  type HealthMetric,
  levelColors,
  type MetricStatus,
  severityColors,
  statusColors,
  type WarningLevel,
} from "../exits/exit-api.ts";
import { useFormat } from "../use-format.ts";

export function MetricStatusBadge({ status }: { status: MetricStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} miw="max-content">
      {t(`health.status.${status}`)}
    </Badge>
  );
}

/** A health score as the user reads it: "42/100", or "Not enough data yet" while too few metrics are known. */
export function healthScoreText(score: number | null, t: TFunction): string {
  return score === null ? t("health.notEnoughData") : t("health.scoreOf", { score });
}

export function WarningLevelBadge({ level }: { level: WarningLevel }) {
  const { t } = useTranslation();
  return (
    <Badge color={levelColors[level]} miw="max-content">
      {t(`health.level.${level}`)}
    </Badge>
  );
}

export function SeverityBadge({ severity }: { severity: CheckSeverity }) {
  const { t } = useTranslation();
  return (
    <Badge color={severityColors[severity]} miw="max-content">
      {t(`exit.severity.${severity}`)}
    </Badge>
  );
}

/** Formats a metric or fact value in its unit: money, money per hour, hours, a percentage, days, points. */
export function useMetricFormat() {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = new Intl.NumberFormat(format.locale, { style: "percent", maximumFractionDigits: 1 });
  const decimal = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 2 });
  // A health metric, or a worksheet's fact (which may also count hours per week).
  return (
    metric: { value: number | null; unit: HealthMetric["unit"] | "hours_per_week"; key: string; currency?: string },
    currency = "CAD",
  ) => {
    const { value } = metric;
    if (value === null) return "—";
    const cur = metric.currency ?? currency;
    switch (metric.unit) {
      case "money":
        return format.money(value, cur);
      case "money_per_hour":
        return `${format.money(value, cur)}/h`;
      case "hours":
        return `${decimal.format(value)} h`;
      case "hours_per_week":
        return t("health.units.hoursPerWeek", { n: decimal.format(value) });
      case "ratio":
        return metric.key === "scope_creep_index" ? decimal.format(value) : percent.format(value);
      case "days":
        return t("health.units.days", { n: decimal.format(value), count: value });
      default:
        return decimal.format(value);
    }
  };
}
