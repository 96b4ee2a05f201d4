/** Exclusions or assumptions of an offer: one sentence per line, added and removed one by one. */
import { Button, Fieldset, Group, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "../use-field-errors.ts";
import { type ClauseForm, firstError, newKey } from "./offer-form.ts";

interface Props {
  kind: "exclusions" | "assumptions";
  value: ClauseForm[];
  onChange: (next: ClauseForm[]) => void;
  errors: FieldErrors;
  onClear: (path: string) => void;
  disabled?: boolean;
}

export function OfferClausesEditor({ kind, value, onChange, errors, onClear, disabled }: Props) {
  const { t } = useTranslation();
  const add = () => {
    const row = { key: newKey(), text: "" };
    onChange([...value, row]);
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-clause="${row.key}"]`)?.focus());
  };
  return (
    <Fieldset legend={t(`offers.${kind}.legend`)} disabled={disabled}>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t(`offers.${kind}.hint`)}
        </Text>
        {value.map((c, index) => (
          <Group key={c.key} align="start" wrap="nowrap" gap="xs">
            <TextInput
              style={{ flex: 1 }}
              data-clause={c.key}
              label={t(`offers.${kind}.item`, { n: index + 1 })}
              value={c.text}
              onChange={(e) => {
                const text = e.currentTarget.value;
                onChange(value.map((x, i) => (i === index ? { ...x, text } : x)));
                onClear(`${kind}.${index}`);
                onClear(`${kind}.${index}.text`);
              }}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  add();
                }
              }}
              error={firstError(errors, `${kind}.${index}`, `${kind}.${index}.text`)}
            />
            {!disabled && (
              <Button
                mt={25}
                variant="subtle"
                color="red"
                onClick={() => onChange(value.filter((_, i) => i !== index))}
                aria-label={t(`offers.${kind}.remove`, { n: index + 1 })}
              >
                {t("common.remove")}
              </Button>
            )}
          </Group>
        ))}
        {errors[kind] && (
          <Text size="sm" c="red.9" role="alert">
            {errors[kind]}
          </Text>
        )}
        {!disabled && (
          <Group>
            <Button variant="light" onClick={add}>
              {t(`offers.${kind}.add`)}
            </Button>
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}
