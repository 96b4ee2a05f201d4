/**
 * The records that show the reason (C.c.Q. 2126): the client's warning signals, lists (rounds) and their triage,
 * rejected change orders, overdue invoices and formal notices, each a checkbox; the server refuses anything else.
 */
import { Checkbox, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { exitApi, inLanguage } from "./exit-api.ts";
import { exitKeys } from "./query-keys.ts";

export function ExitEvidencePicker({
  clientId,
  value,
  disabled,
  onChange,
}: {
  clientId: string;
  /** Selected records as `kind:id`. */
  value: string[];
  disabled: boolean;
  onChange: (value: string[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const candidates = useQuery({
    queryKey: exitKeys.evidence(clientId),
    queryFn: () => exitApi.evidenceCandidates(clientId),
  });
  const items = candidates.data?.items ?? [];
  return (
    <Checkbox.Group
      label={t("exit.reason.evidence")}
      description={t("exit.reason.evidenceHint")}
      value={value}
      onChange={onChange}
    >
      <Stack gap={4} mt={6} data-testid="exit-evidence">
        {items.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("exit.reason.noEvidence")}
          </Text>
        )}
        {items.map((e) => (
          <Checkbox
            key={`${e.kind}:${e.id}`}
            value={`${e.kind}:${e.id}`}
            label={inLanguage(e.label, i18n.language)}
            disabled={disabled}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
