/**
 * The deliverables of an offer: add, remove, duplicate and reorder (move up / down buttons, so the keyboard does it
 * too; focus follows the moved row), with each line's amount computed live.
 */
import {
  Button,
  Card,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import { deliverableAmount } from "../../../src/domain/offer/offer-totals.ts";
import type { Currency } from "../api-types.ts";
import { NumberField } from "../components/number-field.tsx";
import type { FieldErrors } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { blankDeliverable, type DeliverableForm, firstError, newKey } from "./offer-form.ts";
import { toMinor } from "./offers-api.ts";

interface Props {
  value: DeliverableForm[];
  onChange: (next: DeliverableForm[]) => void;
  errors: FieldErrors;
  onClear: (path: string) => void;
  currency: Currency;
  perMajor: number;
  disabled?: boolean;
}

function focusLater(selector: string) {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>(selector)?.focus();
  });
}

export function OfferDeliverablesEditor({ value, onChange, errors, onClear, currency, perMajor, disabled }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const set = (index: number, changes: Partial<DeliverableForm>, path?: string) => {
    onChange(value.map((d, i) => (i === index ? { ...d, ...changes } : d)));
    if (path) onClear(`deliverables.${index}.${path}`);
  };
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= value.length) return;
    const next = [...value];
    const [row] = next.splice(index, 1);
    if (!row) return;
    next.splice(target, 0, row);
    onChange(next);
    // Keep the focus on the button that was pressed, now in the row's new place (or its twin at the edge).
    const direction = by < 0 ? "up" : "down";
    const atEdge = (by < 0 && target === 0) || (by > 0 && target === value.length - 1);
    focusLater(`[data-row="${row.key}"] [data-move="${atEdge ? (by < 0 ? "down" : "up") : direction}"]`);
  };
  const duplicate = (index: number) => {
    const source = value[index];
    if (!source) return;
    const { id: _id, ...rest } = source;
    const copy = { ...rest, key: newKey(), title: t("offers.deliverables.copyOf", { title: source.title }) };
    onChange([...value.slice(0, index + 1), copy, ...value.slice(index + 1)]);
    focusLater(`[data-row="${copy.key}"] input`);
  };
  const name = (d: DeliverableForm, index: number) => d.title.trim() || t("offers.deliverables.item", { n: index + 1 });

  return (
    <Fieldset legend={t("offers.deliverables.legend")} disabled={disabled}>
      <Stack gap="sm">
        {value.length === 0 && <Text c="dimmed">{t("offers.deliverables.empty")}</Text>}
        {value.map((d, index) => {
          const amount = deliverableAmount({
            quantity: Math.round((d.quantity === "" ? 0 : d.quantity) * 1000),
            price:
              d.priceKind === "unit"
                ? { kind: "unit", unitPrice: toMinor(d.price === "" ? 0 : d.price, perMajor) }
                : { kind: "fixed", amount: toMinor(d.price === "" ? 0 : d.price, perMajor) },
          });
          const err = (p: string, ...more: string[]) =>
            firstError(errors, `deliverables.${index}.${p}`, ...more.map((m) => `deliverables.${index}.${m}`));
          return (
            <Card
              key={d.key}
              data-row={d.key}
              withBorder
              padding="sm"
              role="group"
              aria-label={t("offers.deliverables.item", { n: index + 1 })}
              data-testid="deliverable"
            >
              <Stack gap="xs">
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Text fw={600}>{t("offers.deliverables.item", { n: index + 1 })}</Text>
                  {!disabled && (
                    <Group gap={4}>
                      <Button
                        variant="default"
                        size="compact-sm"
                        data-move="up"
                        disabled={index === 0}
                        onClick={() => move(index, -1)}
                        aria-label={t("offers.deliverables.moveUp", { name: name(d, index) })}
                      >
                        ↑
                      </Button>
                      <Button
                        variant="default"
                        size="compact-sm"
                        data-move="down"
                        disabled={index === value.length - 1}
                        onClick={() => move(index, 1)}
                        aria-label={t("offers.deliverables.moveDown", { name: name(d, index) })}
                      >
                        ↓
                      </Button>
                      <Button
                        variant="default"
                        size="compact-sm"
                        onClick={() => duplicate(index)}
                        aria-label={t("offers.deliverables.duplicateNamed", { name: name(d, index) })}
                      >
                        {t("offers.deliverables.duplicate")}
                      </Button>
                      <Button
                        variant="subtle"
                        color="red"
                        size="compact-sm"
                        onClick={() => onChange(value.filter((_, i) => i !== index))}
                        aria-label={t("offers.deliverables.removeNamed", { name: name(d, index) })}
                      >
                        {t("common.remove")}
                      </Button>
                    </Group>
                  )}
                </Group>
                <TextInput
                  label={t("offers.deliverables.title")}
                  required
                  value={d.title}
                  onChange={(e) => set(index, { title: e.currentTarget.value }, "title")}
                  error={err("title")}
                />
                <Textarea
                  label={t("offers.deliverables.description")}
                  autosize
                  minRows={2}
                  value={d.description}
                  onChange={(e) => set(index, { description: e.currentTarget.value }, "description")}
                  error={err("description")}
                />
                <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }}>
                  <NumberField
                    kind="quantity"
                    label={t("offers.deliverables.quantity")}
                    required
                    value={d.quantity}
                    onChange={(v) => set(index, { quantity: v }, "quantity")}
                    error={err("quantity")}
                  />
                  <TextInput
                    label={t("offers.deliverables.unit")}
                    required
                    placeholder={t("offers.deliverables.unitPlaceholder")}
                    value={d.unit}
                    onChange={(e) => set(index, { unit: e.currentTarget.value }, "unit")}
                    error={err("unit")}
                  />
                  <NativeSelect
                    label={t("offers.deliverables.priceKind")}
                    value={d.priceKind}
                    onChange={(e) =>
                      set(index, { priceKind: e.currentTarget.value === "unit" ? "unit" : "fixed" }, "price")
                    }
                    data={[
                      { value: "fixed", label: t("offers.deliverables.priceKinds.fixed") },
                      { value: "unit", label: t("offers.deliverables.priceKinds.unit") },
                    ]}
                  />
                  <NumberField
                    kind="amount"
                    decimals={perMajor === 1 ? 0 : 2}
                    label={t(d.priceKind === "unit" ? "offers.deliverables.unitPrice" : "offers.deliverables.amount", {
                      currency,
                    })}
                    required
                    value={d.price}
                    onChange={(v) => set(index, { price: v }, "price")}
                    error={err("price", "price.unitPrice", "price.amount", "price.kind")}
                  />
                  <NumberField
                    kind="hours"
                    label={t("offers.deliverables.estimatedHours")}
                    value={d.estimatedHours}
                    onChange={(v) => set(index, { estimatedHours: v }, "estimatedHours")}
                    error={err("estimatedHours")}
                  />
                </SimpleGrid>
                <Text size="sm" ta="right" aria-live="polite">
                  {t("offers.deliverables.lineAmount", { amount: format.money(amount, currency) })}
                </Text>
                {errors[`deliverables.${index}`] && (
                  <Text size="sm" c="red.9" role="alert">
                    {errors[`deliverables.${index}`]}
                  </Text>
                )}
              </Stack>
            </Card>
          );
        })}
        {errors.deliverables && (
          <Text size="sm" c="red.9" role="alert">
            {errors.deliverables}
          </Text>
        )}
        {!disabled && (
          <Group>
            <Button variant="light" onClick={() => onChange([...value, blankDeliverable()])}>
              {t("offers.deliverables.add")}
            </Button>
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}
