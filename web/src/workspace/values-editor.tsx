/** The studio's values: short statements with a weight from 1 to 5, used later to weigh decisions. */
import { Button, Fieldset, Group, NativeSelect, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { WorkspaceValue } from "../api-types.ts";
import type { FieldErrors } from "../use-field-errors.ts";

interface ValuesEditorProps {
  value: WorkspaceValue[];
  onChange: (values: WorkspaceValue[]) => void;
  errors: FieldErrors;
  onClear: (path: string) => void;
  disabled?: boolean;
}

export function ValuesEditor({ value, onChange, errors, onClear, disabled = false }: ValuesEditorProps) {
  const { t } = useTranslation();
  const set = (index: number, changes: Partial<WorkspaceValue>) => {
    onChange(value.map((v, i) => (i === index ? { ...v, ...changes } : v)));
    for (const key of Object.keys(changes)) onClear(`values.${index}.${key}`);
  };

  return (
    <Fieldset legend={t("settings.values.legend")} disabled={disabled}>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t("settings.values.hint")}
        </Text>
        {value.length === 0 && <Text c="dimmed">{t("settings.values.empty")}</Text>}
        {value.map((item, index) => (
          <Group key={item.id ?? index} align="start" wrap="nowrap">
            <TextInput
              label={t("settings.values.statement", { n: index + 1 })}
              style={{ flex: 1 }}
              value={item.statement}
              onChange={(e) => set(index, { statement: e.currentTarget.value })}
              error={errors[`values.${index}.statement`]}
            />
            <NativeSelect
              label={t("settings.values.weight")}
              value={String(item.weight)}
              onChange={(e) => set(index, { weight: Number(e.currentTarget.value) })}
              data={["1", "2", "3", "4", "5"]}
              error={errors[`values.${index}.weight`]}
            />
            {!disabled && (
              <Button
                mt={25}
                variant="subtle"
                color="red"
                onClick={() => onChange(value.filter((_, i) => i !== index))}
                aria-label={t("settings.values.removeNamed", { n: index + 1 })}
              >
                {t("common.remove")}
              </Button>
            )}
          </Group>
        ))}
        {!disabled && (
          <Group>
            <Button variant="light" onClick={() => onChange([...value, { statement: "", weight: 3 }])}>
              {t("settings.values.add")}
            </Button>
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}
