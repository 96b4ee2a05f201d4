/** The end clients of an agency: a list of names. */
import { Button, Fieldset, Group, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { EndClient } from "../api-types.ts";
import type { FieldErrors } from "../use-field-errors.ts";

interface EndClientsEditorProps {
  value: EndClient[];
  onChange: (endClients: EndClient[]) => void;
  errors: FieldErrors;
  onClear: (path: string) => void;
  disabled?: boolean;
}

export function EndClientsEditor({ value, onChange, errors, onClear, disabled = false }: EndClientsEditorProps) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t("endClients.legend")} disabled={disabled}>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t("endClients.hint")}
        </Text>
        {value.map((endClient, index) => (
          <Group key={endClient.id ?? index} align="end" wrap="nowrap">
            <TextInput
              label={t("endClients.name", { n: index + 1 })}
              value={endClient.name}
              style={{ flex: 1 }}
              onChange={(e) => {
                const name = e.currentTarget.value;
                onChange(value.map((c, i) => (i === index ? { ...c, name } : c)));
                onClear(`endClients.${index}.name`);
              }}
              error={errors[`endClients.${index}.name`]}
            />
            {!disabled && (
              <Button
                variant="subtle"
                color="red"
                onClick={() => onChange(value.filter((_, i) => i !== index))}
                aria-label={t("endClients.removeNamed", { name: endClient.name || String(index + 1) })}
              >
                {t("common.remove")}
              </Button>
            )}
          </Group>
        ))}
        {!disabled && (
          <Group>
            <Button variant="light" onClick={() => onChange([...value, { name: "" }])}>
              {t("endClients.add")}
            </Button>
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}
