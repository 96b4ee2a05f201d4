/** A read-only value with a button that copies it (portal link, e-mail subject, recipient, body). */
import { Button, CopyButton, Group, Stack, Textarea, TextInput } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";

export function CopyField({ label, value, multiline = false }: { label: string; value: string; multiline?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const Input = multiline ? Textarea : TextInput;
  return (
    <Stack gap={4}>
      <Group align="end" wrap="nowrap" gap="xs">
        <Input
          id={id}
          label={label}
          readOnly
          value={value}
          style={{ flex: 1, minWidth: 0 }}
          {...(multiline ? { autosize: true, minRows: 3, maxRows: 14 } : {})}
          onFocus={(e) => e.currentTarget.select()}
        />
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Button
              variant={copied ? "filled" : "default"}
              color={copied ? "teal.9" : undefined}
              onClick={copy}
              aria-label={copied ? t("offers.copiedNamed", { name: label }) : t("offers.copyNamed", { name: label })}
            >
              {copied ? t("common.copied") : t("common.copy")}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}
