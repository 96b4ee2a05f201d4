/** Builds a change order from the selected claims triaged "change order": title, reason, requester, optional rate. */
import { Button, Fieldset, Group, List, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { Currency } from "../api-types.ts";
import { MoneyInput } from "../components/money-input.tsx";
import { notify } from "../notify.ts";
import { useFieldErrors } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { scopeKeys } from "./query-keys.ts";
import { type Claim, scopeApi } from "./scope-api.ts";

const paths = new Set(["claimIds", "title", "reason", "requester", "hourlyRate"]);

interface Props {
  mandateId: string;
  roundId: string;
  claims: Claim[];
  currency: Currency;
  onCancel: () => void;
}

export function ChangeOrderCreateForm({ mandateId, roundId, claims, currency, onCancel }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState("");
  const [reason, setReason] = useState(t("changeOrders.create.defaultReason"));
  const [requester, setRequester] = useState("");
  const [rate, setRate] = useState<number | "">("");
  const { errors, show, clear } = useFieldErrors((path) => paths.has(path));

  const create = useMutation({
    mutationFn: () =>
      scopeApi.createChangeOrder(mandateId, {
        claimIds: claims.map((c) => c.id),
        title,
        reason,
        requester,
        ...(rate === "" ? {} : { hourlyRate: rate }),
      }),
    onSuccess: (co) => {
      void queryClient.invalidateQueries({ queryKey: scopeKeys.round(roundId) });
      void queryClient.invalidateQueries({ queryKey: scopeKeys.changeOrders(mandateId) });
      notify({ message: t("changeOrders.create.done", { number: co.number }) });
      navigate(`/change-orders/${co.id}`);
    },
    onError: show,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t("changeOrders.create.title")}>
      <Fieldset legend={t("changeOrders.create.title")}>
        <Stack gap="sm">
          <Text size="sm">{t("changeOrders.create.items", { count: claims.length })}</Text>
          <List size="sm" type="ordered">
            {claims.map((c) => (
              <List.Item key={c.id}>
                {t("scope.claim.title", { n: c.position })} — {c.text.replace(/\s+/g, " ").slice(0, 120)}
                {c.triage && "estimatedHours" in c.triage && ` (${format.number(c.triage.estimatedHours)} h)`}
              </List.Item>
            ))}
          </List>
          {errors.claimIds && (
            <Text c="red.9" size="sm" role="alert">
              {errors.claimIds}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("changeOrders.fields.title")}
              required
              value={title}
              onChange={(e) => {
                setTitle(e.currentTarget.value);
                clear("title");
              }}
              error={errors.title}
            />
            <TextInput
              label={t("changeOrders.fields.requester")}
              description={t("changeOrders.create.requesterHelp")}
              required
              value={requester}
              onChange={(e) => {
                setRequester(e.currentTarget.value);
                clear("requester");
              }}
              error={errors.requester}
            />
          </SimpleGrid>
          <Textarea
            label={t("changeOrders.fields.reason")}
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              clear("reason");
            }}
            error={errors.reason}
          />
          <MoneyInput
            label={t("changeOrders.fields.hourlyRate", { currency })}
            description={t("changeOrders.create.rateHelp")}
            currency={currency}
            value={rate}
            onChange={(value) => {
              setRate(value);
              clear("hourlyRate");
            }}
            error={errors.hourlyRate}
            maw={260}
          />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t("changeOrders.create.submit")}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t("common.cancel")}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}
