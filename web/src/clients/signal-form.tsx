/** Records a signal on a client: what kind, how serious, who said it, when, and what. */
import { Button, Fieldset, Group, NativeSelect, Radio, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { SignalKind } from "../api-types.ts";
import { today } from "../components/today.ts";
import { notify } from "../notify.ts";
import { useFieldErrors } from "../use-field-errors.ts";
import { clientKeys, clientsApi } from "./clients-api.ts";

const paths = new Set(["kind", "severity", "source", "occurredOn", "text"]);
const SEVERITIES = [1, 2, 3] as const;

export function SignalForm({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<SignalKind>("note");
  const [severity, setSeverity] = useState("1");
  const [source, setSource] = useState("");
  const [occurredOn, setOccurredOn] = useState(today);
  const [text, setText] = useState("");
  const { errors, show, clear, reset } = useFieldErrors((path) => paths.has(path));

  const add = useMutation({
    mutationFn: () =>
      clientsApi.addSignal(clientId, {
        kind,
        severity: SEVERITIES.find((s) => s === Number(severity)) ?? 1,
        source: source.trim(),
        occurredOn,
        text,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: clientKeys.detail(clientId) });
      void queryClient.invalidateQueries({ queryKey: clientKeys.all });
      notify({ message: t("signals.added") });
      setText("");
      setSource("");
      reset();
    },
    onError: show,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t("signals.add")}>
      <Fieldset legend={t("signals.add")}>
        <Stack gap="sm">
          <Radio.Group
            label={t("signals.fields.kind")}
            value={kind}
            onChange={(value) => {
              setKind(value as SignalKind);
              clear("kind");
            }}
            error={errors.kind}
          >
            <Group mt="xs">
              {(["warning", "praise", "note"] as const).map((k) => (
                <Radio key={k} value={k} label={t(`signals.kind.${k}`)} />
              ))}
            </Group>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label={t("signals.fields.severity")}
              value={severity}
              onChange={(e) => {
                setSeverity(e.currentTarget.value);
                clear("severity");
              }}
              data={(["1", "2", "3"] as const).map((s) => ({ value: s, label: t(`signals.severity.${s}`) }))}
              error={errors.severity}
            />
            <TextInput
              label={t("signals.fields.occurredOn")}
              type="date"
              required
              value={occurredOn}
              onChange={(e) => {
                setOccurredOn(e.currentTarget.value);
                clear("occurredOn");
              }}
              error={errors.occurredOn}
            />
            <TextInput
              label={t("signals.fields.source")}
              placeholder={t("signals.sourcePlaceholder")}
              value={source}
              onChange={(e) => {
                setSource(e.currentTarget.value);
                clear("source");
              }}
              error={errors.source}
            />
          </SimpleGrid>
          <Textarea
            label={t("signals.fields.text")}
            required
            autosize
            minRows={3}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              clear("text");
            }}
            error={errors.text}
          />
          <Group>
            <Button type="submit" loading={add.isPending}>
              {t("signals.submit")}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}
