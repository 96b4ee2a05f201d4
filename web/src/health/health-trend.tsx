/** The monthly trend of the health score: an inline SVG chart, and the same figures as a table for everyone. */
import { Card, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { HealthTrendPoint } from "../exits/exit-api.ts";
import { useFormat } from "../use-format.ts";
import { useMetricFormat, WarningLevelBadge } from "./health-badges.tsx";

const W = 640;
const H = 200;
const PAD = { left: 36, right: 12, top: 12, bottom: 28 };

export function HealthTrend({
  trend,
  threshold,
  currency,
}: {
  trend: HealthTrendPoint[];
  threshold: number;
  currency: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const show = useMetricFormat();
  const monthName = new Intl.DateTimeFormat(format.locale, { month: "short", year: "2-digit", timeZone: "UTC" });
  const label = (month: string) => monthName.format(Date.parse(`${month}-15T12:00:00Z`));
  const step = trend.length > 1 ? (W - PAD.left - PAD.right) / (trend.length - 1) : 0;
  const x = (i: number) => PAD.left + i * step;
  const y = (v: number) => PAD.top + ((100 - v) / 100) * (H - PAD.top - PAD.bottom);
  const points = trend.map((p, i) => ({ i, v: p.health.score.value }));
  // One path per run of known scores: an unknown month breaks the line instead of drawing it as zero.
  const runs: { i: number; v: number }[][] = [];
  for (const p of points) {
    if (p.v === null) runs.push([]);
    else {
      if (runs.length === 0) runs.push([]);
      runs[runs.length - 1]!.push({ i: p.i, v: p.v });
    }
  }
  const known = points.filter((p): p is { i: number; v: number } => p.v !== null);
  const summary = t("health.trend.summary", {
    count: trend.length,
    scores: known.map((p) => `${label(trend[p.i]!.month)} ${p.v}`).join(", ") || "—",
  });
  const metric = (p: HealthTrendPoint, key: string) => p.health.metrics.find((m) => m.key === key);

  return (
    <Card withBorder component="section" aria-labelledby="trend-title">
      <Title order={2} size="h4" id="trend-title" mb="sm">
        {t("health.trend.title", { count: trend.length })}
      </Title>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        role="img"
        aria-label={summary}
        style={{ maxWidth: W, display: "block" }}
        data-testid="health-trend-chart"
      >
        {[0, 50, 100].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#dee2e6" />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fontSize="11" fill="#495057">
              {v}
            </text>
          </g>
        ))}
        <line
          x1={PAD.left}
          x2={W - PAD.right}
          y1={y(threshold)}
          y2={y(threshold)}
          stroke="#d9480f"
          strokeDasharray="6 4"
        />
        <text x={W - PAD.right} y={y(threshold) - 4} textAnchor="end" fontSize="11" fill="#a61e4d">
          {t("health.trend.threshold", { threshold })}
        </text>
        {runs
          .filter((r) => r.length > 0)
          .map((r) => (
            <polyline
              key={r[0]!.i}
              fill="none"
              stroke="#1864ab"
              strokeWidth="2.5"
              points={r.map((p) => `${x(p.i)},${y(p.v)}`).join(" ")}
            />
          ))}
        {known.map((p) => (
          <circle key={p.i} cx={x(p.i)} cy={y(p.v)} r="4" fill={p.v < threshold ? "#c92a2a" : "#1864ab"} />
        ))}
        {trend.map((p, i) => (
          <text key={p.month} x={x(i)} y={H - 8} textAnchor="middle" fontSize="10" fill="#495057">
            {label(p.month)}
          </text>
        ))}
      </svg>
      <details>
        <summary>
          <Text span size="sm" fw={600}>
            {t("health.trend.asTable")}
          </Text>
        </summary>
        <Table.ScrollContainer minWidth={560}>
          <Table striped data-testid="health-trend-table">
            <Table.Caption>{t("health.trend.caption")}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("health.trend.month")}</Table.Th>
                <Table.Th scope="col">{t("health.score")}</Table.Th>
                <Table.Th scope="col">{t("health.trend.level")}</Table.Th>
                <Table.Th scope="col">{t("health.metric.effective_hourly_rate")}</Table.Th>
                <Table.Th scope="col">{t("health.metric.goodwill_hours")}</Table.Th>
                <Table.Th scope="col">{t("health.metric.overdue_amount")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {trend.map((p) => (
                <Table.Tr key={p.month}>
                  <Table.Th scope="row">{label(p.month)}</Table.Th>
                  <Table.Td>{p.health.score.value ?? "—"}</Table.Td>
                  <Table.Td>
                    {p.health.score.value === null ? "—" : <WarningLevelBadge level={p.health.warning.level} />}
                  </Table.Td>
                  {(["effective_hourly_rate", "goodwill_hours", "overdue_amount"] as const).map((key) => {
                    const m = metric(p, key);
                    return <Table.Td key={key}>{m ? show(m, currency) : "—"}</Table.Td>;
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </details>
    </Card>
  );
}
