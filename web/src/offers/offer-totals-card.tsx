/** Live totals of the offer being edited: subtotal, cap, total (price or estimate), deposit and estimated hours. */
import { Card, SimpleGrid, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { offerTotals } from "../../../src/domain/offer/offer-totals.ts";
import type { Currency } from "../api-types.ts";
import { useFormat } from "../use-format.ts";
import { formToInput, type OfferForm } from "./offer-form.ts";

export function OfferTotalsCard({
  form,
  currency,
  perMajor,
}: {
  form: OfferForm;
  currency: Currency;
  perMajor: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const input = formToInput(form, perMajor);
  const totals = offerTotals({
    ...input,
    currency,
    deliverables: input.deliverables.map((d, i) => ({ ...d, id: d.id ?? `new-${i}` })),
  });
  const rows: [string, string][] = [
    [t("offers.totals.subtotal"), format.money(totals.subtotal, currency)],
    ...(input.pricing.model === "capped"
      ? ([[t("offers.totals.cap"), format.money(input.pricing.capAmount, currency)]] as [string, string][])
      : []),
    [
      totals.isEstimate ? t("offers.totals.estimatedTotal") : t("offers.totals.fixedTotal"),
      format.money(totals.total, currency),
    ],
    [
      t("offers.totals.deposit", { percent: format.number(input.depositBps / 100) }),
      format.money(totals.depositAmount, currency),
    ],
    [t("offers.totals.hours"), t("offers.hours", { hours: format.number(totals.estimatedHours) })],
  ];
  return (
    <Card withBorder component="section" aria-labelledby="offer-totals-title" data-testid="offer-totals">
      <Title order={2} size="h4" id="offer-totals-title" mb="xs">
        {t("offers.totals.title")}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: rows.length }} component="dl" m={0} aria-live="polite">
        {rows.map(([label, value]) => (
          <div key={label}>
            <Text size="sm" c="dimmed" component="dt">
              {label}
            </Text>
            <Text component="dd" m={0} fw={600}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Card>
  );
}
