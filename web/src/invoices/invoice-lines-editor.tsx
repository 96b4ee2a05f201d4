/**
 * Manual invoice lines: description, quantity, unit price typed in dollars or euros (sent as minor units), taxable or
 * not, a discount, optionally the mandate a line bills for, each line's amount computed live. Used by the new-invoice
 * form and by a draft's editor, where a line billed from a source (deposit, offer, change order, time) keeps its
 * quantity and price read-only and is sent back with its `sourceIndex`, so the draft keeps what it bills.
 */
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Currency } from "../api-types.ts";
import { MoneyInput } from "../components/money-input.tsx";
import { NumberField } from "../components/number-field.tsx";
import { toMinor } from "../offers/offers-api.ts";
import type { FieldErrors } from "../use-field-errors.ts";
import { minorUnitsPerMajor, useFormat } from "../use-format.ts";
import { draftTotals, type LineInput, numberOrEmpty, type SourceKind } from "./invoices-api.ts";

export interface LineForm {
  key: string;
  description: string;
  quantity: number | "";
  unitPrice: number | "";
  taxable: boolean;
  unit?: string;
  detail?: string;
  discount?: LineInput["discount"];
  /** The client's mandate a manual line bills for ("" for none). */
  mandateId?: string;
  /** A draft's line billed from a source: its index in the draft, and the kind of source. */
  sourceIndex?: number;
  source?: SourceKind;
}

let counter = 0;
export function newLineKey(): string {
  counter += 1;
  return `line-${counter}`;
}

export function blankLine(): LineForm {
  return { key: newLineKey(), description: "", quantity: 1, unitPrice: "", taxable: true };
}

/** A line from the API as a form row. */
export function lineToForm(line: LineInput, currency: Currency): LineForm {
  return {
    key: newLineKey(),
    description: line.description,
    quantity: line.quantityMilli / 1000,
    unitPrice: line.unitPrice / minorUnitsPerMajor(currency),
    taxable: line.taxable !== false,
    ...(line.unit ? { unit: line.unit } : {}),
    ...(line.detail ? { detail: line.detail } : {}),
    ...(line.discount ? { discount: line.discount } : {}),
    ...(line.mandateId ? { mandateId: line.mandateId } : {}),
    ...(line.sourceIndex !== undefined ? { sourceIndex: line.sourceIndex } : {}),
  };
}

/** A form row as the API takes it. */
export function formToLine(row: LineForm, currency: Currency): LineInput {
  return {
    description: row.description.trim(),
    quantityMilli: Math.round((row.quantity === "" ? 0 : row.quantity) * 1000),
    unitPrice: toMinor(row.unitPrice === "" ? 0 : row.unitPrice, minorUnitsPerMajor(currency)),
    taxable: row.taxable,
    ...(row.unit ? { unit: row.unit } : {}),
    ...(row.detail ? { detail: row.detail } : {}),
    ...(row.discount ? { discount: row.discount } : {}),
    ...(row.sourceIndex !== undefined
      ? { sourceIndex: row.sourceIndex }
      : row.mandateId
        ? { mandateId: row.mandateId }
        : {}),
  };
}

/** A percent discount typed as a percentage (12,5 → 125 000 ppm); empty or 0 means none. */
function percentDiscount(value: number | ""): LineInput["discount"] {
  return value === "" || value <= 0 ? undefined : { kind: "percent", ratePpm: Math.round(value * 10_000) };
}

interface Props {
  value: LineForm[];
  onChange: (next: LineForm[]) => void;
  errors: FieldErrors;
  onClear: (path: string) => void;
  currency: Currency;
  /** Index of the first row in the API's `lines` (rows after source lines). */
  offset?: number;
  legend: string;
  /** The client's mandates a manual line may bill for; no selector without them. */
  mandates?: { id: string; title: string }[];
}

export function InvoiceLinesEditor({
  value,
  onChange,
  errors,
  onClear,
  currency,
  offset = 0,
  legend,
  mandates,
}: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const perMajor = minorUnitsPerMajor(currency);
  const set = (index: number, changes: Partial<LineForm>, path: string) => {
    onChange(value.map((row, i) => (i === index ? { ...row, ...changes } : row)));
    onClear(`lines.${index + offset}.${path}`);
  };
  const add = () => {
    const row = blankLine();
    onChange([...value, row]);
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-line="${row.key}"] input`)?.focus());
  };
  return (
    <Fieldset legend={legend}>
      <Stack gap="sm">
        {value.length === 0 && <Text c="dimmed">{t("invoices.lines.empty")}</Text>}
        {value.map((row, index) => {
          const n = index + 1;
          const line = formToLine(row, currency);
          const amount = draftTotals([line], [], currency)?.subtotal.amount ?? 0;
          const err = (p: string) => errors[`lines.${index + offset}.${p}`];
          const sourced = row.sourceIndex !== undefined;
          return (
            <Card
              key={row.key}
              data-line={row.key}
              withBorder
              padding="sm"
              role="group"
              aria-label={t("invoices.lines.item", { n })}
              data-testid="manual-line"
            >
              <Stack gap="xs">
                {sourced && (
                  <Group gap="xs" wrap="nowrap">
                    <Badge variant="light" color="blue.9" tt="none">
                      {t(`money.lines.source.${row.source ?? "manual"}`)}
                    </Badge>
                    <Text size="sm" c="dimmed">
                      {t("money.lines.sourcedHint")}
                    </Text>
                  </Group>
                )}
                <TextInput
                  label={t("invoices.lines.description")}
                  required
                  value={row.description}
                  onChange={(e) => set(index, { description: e.currentTarget.value }, "description")}
                  error={err("description")}
                />
                <SimpleGrid cols={{ base: 2, sm: 4 }}>
                  <NumberField
                    kind="quantity"
                    label={t("invoices.lines.quantity")}
                    required
                    readOnly={sourced}
                    variant={sourced ? "filled" : "default"}
                    value={row.quantity}
                    onChange={(v) => set(index, { quantity: typeof v === "number" ? v : "" }, "quantityMilli")}
                    error={err("quantityMilli")}
                  />
                  <NumberField
                    kind="amount"
                    decimals={perMajor === 1 ? 0 : 2}
                    label={t("invoices.lines.unitPrice", { currency })}
                    required
                    readOnly={sourced}
                    variant={sourced ? "filled" : "default"}
                    value={row.unitPrice}
                    onChange={(v) => set(index, { unitPrice: numberOrEmpty(v) }, "unitPrice")}
                    error={err("unitPrice")}
                  />
                  <Checkbox
                    mt={{ base: 0, sm: 30 }}
                    label={t("invoices.lines.taxable")}
                    checked={row.taxable}
                    onChange={(e) => set(index, { taxable: e.currentTarget.checked }, "taxable")}
                  />
                  <Stack gap={0} justify="end">
                    <Text size="sm" c="dimmed">
                      {t("invoices.lines.amount")}
                    </Text>
                    <Text fw={600} data-testid="line-amount">
                      {format.money(amount, currency)}
                    </Text>
                  </Stack>
                </SimpleGrid>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  {row.discount?.kind === "amount" ? (
                    <MoneyInput
                      label={t("money.lines.discountAmount", { currency })}
                      currency={currency}
                      value={row.discount.amount}
                      onChange={(v) =>
                        set(
                          index,
                          { discount: v === "" || v === 0 ? undefined : { kind: "amount", amount: v } },
                          "discount",
                        )
                      }
                      error={err("discount")}
                    />
                  ) : (
                    <NumberField
                      kind="percent"
                      decimals={4}
                      label={t("money.lines.discountPercent")}
                      max={100}
                      value={row.discount?.kind === "percent" ? row.discount.ratePpm / 10_000 : ""}
                      onChange={(v) => set(index, { discount: percentDiscount(numberOrEmpty(v)) }, "discount")}
                      error={err("discount")}
                    />
                  )}
                  {mandates && mandates.length > 0 && !sourced && (
                    <NativeSelect
                      label={t("money.lines.mandate")}
                      value={row.mandateId ?? ""}
                      onChange={(e) => set(index, { mandateId: e.currentTarget.value }, "mandateId")}
                      error={err("mandateId")}
                      data={[
                        { value: "", label: t("money.lines.noMandate") },
                        ...mandates.map((m) => ({ value: m.id, label: m.title })),
                      ]}
                    />
                  )}
                </SimpleGrid>
                <Group justify="end">
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    onClick={() => onChange(value.filter((_, i) => i !== index))}
                    aria-label={t("invoices.lines.removeNamed", { name: row.description.trim() || n })}
                  >
                    {t("common.remove")}
                  </Button>
                </Group>
              </Stack>
            </Card>
          );
        })}
        <Group>
          <Button variant="default" onClick={add}>
            {t("invoices.lines.add")}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
