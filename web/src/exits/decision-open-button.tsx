/**
 * "Decide": opens a continue / renegotiate / stop worksheet for a client, with the future work the user expects
 * (optional), then goes to it.
 */

import { Button, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { NumberField } from "../components/number-field.tsx";
import { useFieldErrors } from "../use-field-errors.ts";
import { minorUnitsPerMajor } from "../use-format.ts";
import { exitApi } from "./exit-api.ts";
import { exitKeys } from "./query-keys.ts";

export function DecisionOpenButton({ clientId, currency }: { clientId: string; currency: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [description, setDescription] = useState("");
  const [amount, setAmount] = useState<number | string>("");
  const [probability, setProbability] = useState<number | string>(50);
  const { errors, show, clear } = useFieldErrors((p) => p.startsWith("expectedFutureWork."));
  const start = useMutation({
    mutationFn: () =>
      exitApi.openDecision(clientId, {
        expectedFutureWork:
          description.trim() && Number(amount) > 0
            ? [
                {
                  description: description.trim(),
                  amount: Math.round(Number(amount) * minorUnitsPerMajor(currency)),
                  probabilityPercent: Number(probability) || 0,
                },
              ]
            : [],
      }),
    onSuccess: (d) => {
      void queryClient.invalidateQueries({ queryKey: exitKeys.decisions(clientId) });
      setOpen(false);
      navigate(`/decisions/${d.id}`);
    },
    onError: show,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    start.mutate();
  };
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)}>
        {t("decision.open")}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t("decision.openTitle")}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">{t("decision.openHint")}</Text>
            <TextInput
              label={t("decision.future.description")}
              data-autofocus
              value={description}
              error={errors["expectedFutureWork.0.description"]}
              onChange={(e) => {
                setDescription(e.currentTarget.value);
                clear("expectedFutureWork.0.description");
              }}
            />
            <Group grow align="start">
              <NumberField
                kind="amount"
                label={t("decision.future.amount", { currency })}
                value={amount}
                error={errors["expectedFutureWork.0.amount"]}
                onChange={setAmount}
              />
              <NumberField
                kind="percent"
                label={t("decision.future.probability")}
                max={100}
                value={probability}
                onChange={setProbability}
              />
            </Group>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>
                {t("common.cancel")}
              </Button>
              <Button type="submit" loading={start.isPending}>
                {t("decision.start")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
