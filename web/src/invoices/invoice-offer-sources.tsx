/**
 * Signed fixed prices as sources of a new invoice: for each offer not fully billed, a progress invoice up to a
 * cumulative % of the price (by default the mandate's % complete) or the balance, each less what was already billed
 * for the offer (its deposit included), with where it was billed.
 */
import { Checkbox, Group, Radio, Stack, Text } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { offerBilling } from "../../../src/domain/ledger/offer-billing.ts";
import { ApiError } from "../api/client.ts";
import { NumberField } from "../components/number-field.tsx";
import { useFormat } from "../use-format.ts";
import { type InvoiceSources, numberOrEmpty } from "./invoices-api.ts";

type OfferSource = InvoiceSources["offers"][number];

/** The choice for one offer: its target, and a cumulative % typed by the user ("" = the mandate's % complete). */
export interface OfferChoice {
  target: "progress" | "balance";
  percent: number | "";
}

/** What a choice bills for its offer, before taxes (0 when the % asked is already billed). */
export function offerChoiceAmount(o: OfferSource, choice: OfferChoice): number {
  if (choice.target === "balance") return o.balanceAmount;
  if (choice.percent === "") return o.progressAmount;
  const bps = Math.round(choice.percent * 100);
  const billing = offerBilling({
    price: o.price,
    billedToDate: o.billedToDate,
    target: { kind: "progress", done: bps, of: 10_000 },
  });
  return billing.ok ? billing.amount : 0;
}

/**
 * A refused second billing of a signed price, said in the UI's language with the invoices the server names
 * ("… (2026-0001, 2026-0002)"); undefined for any other problem.
 */
export function offerBilledTwice(error: unknown, t: TFunction): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const field = error.fields.find((f) => f.path.startsWith("sources.offers.") && f.issue === "already_billed");
  if (!field) return undefined;
  const where = /\(([^()]+)\)\s*$/.exec(field.message)?.[1];
  return where ? t("money.sources.billedTwiceOn", { invoices: where }) : t("money.sources.billedTwice");
}

export function InvoiceOfferSources({
  offers,
  value,
  onChange,
}: {
  offers: OfferSource[];
  value: Record<string, OfferChoice>;
  onChange: (next: Record<string, OfferChoice>) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (offers.length === 0) return null;
  const set = (id: string, choice: OfferChoice | undefined) => {
    const { [id]: _dropped, ...rest } = value;
    onChange(choice ? { ...rest, [id]: choice } : rest);
  };
  return (
    <Stack gap="xs" role="group" aria-label={t("money.sources.offers")}>
      <Text fw={600}>{t("money.sources.offers")}</Text>
      {offers.map((o) => {
        const money = (v: number) => format.money(v, o.currency);
        const choice = value[o.offerId];
        const defaultPercent = format.number(o.progress.percent);
        return (
          <Stack key={o.offerId} gap={4} data-testid="offer-source">
            <Checkbox
              checked={Boolean(choice)}
              onChange={(e) =>
                set(
                  o.offerId,
                  e.currentTarget.checked
                    ? { target: o.progress.percent >= 100 ? "balance" : "progress", percent: "" }
                    : undefined,
                )
              }
              label={t("money.sources.offer", { number: o.number, title: o.title, price: money(o.price) })}
              description={
                o.billedToDate <= 0
                  ? t("money.sources.nothingBilled")
                  : o.billedOn.length === 0
                    ? t("money.sources.billedDraft", { amount: money(o.billedToDate) })
                    : t("money.sources.billedOn", {
                        amount: money(o.billedToDate),
                        invoices: o.billedOn.join(", "),
                        count: o.billedOn.length,
                      })
              }
            />
            {choice && (
              <Stack gap={4} pl="xl">
                <Radio.Group
                  label={t("money.sources.target", { number: o.number })}
                  value={choice.target}
                  onChange={(v) => set(o.offerId, { ...choice, target: v === "balance" ? "balance" : "progress" })}
                >
                  <Group mt={4}>
                    <Radio
                      value="progress"
                      label={t("money.sources.progress", {
                        amount: money(offerChoiceAmount(o, { ...choice, target: "progress" })),
                      })}
                    />
                    <Radio value="balance" label={t("money.sources.balance", { amount: money(o.balanceAmount) })} />
                  </Group>
                </Radio.Group>
                {choice.target === "progress" && (
                  <NumberField
                    kind="percent"
                    label={t("money.sources.percent", { number: o.number })}
                    description={t(`money.sources.measured.${o.progress.basis}`, {
                      percent: defaultPercent,
                      note: o.progress.note ?? "",
                    })}
                    placeholder={defaultPercent}
                    min={0.01}
                    max={100}
                    maw={260}
                    value={choice.percent}
                    onChange={(v) => set(o.offerId, { ...choice, percent: numberOrEmpty(v) })}
                  />
                )}
                {offerChoiceAmount(o, choice) === 0 && (
                  <Text size="sm" c="red.9">
                    {t("money.sources.alreadyBilled", { amount: money(o.billedToDate) })}
                  </Text>
                )}
              </Stack>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
