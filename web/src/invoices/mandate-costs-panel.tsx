/**
 * Costs and disbursements of a mandate: listed with the invoice that bills each one, added with a date, a description
 * and an amount before taxes, removed (after a confirmation) while no invoice bills them. They count in the mandate's
 * ledger as work earned, so adding or removing one refreshes the ledger and the invoice sources.
 */

import { Anchor, Badge, Button, Card, Checkbox, Group, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Currency } from "../api-types.ts";
import { MoneyInput } from "../components/money-input.tsx";
import { notify } from "../notify.ts";
import { today } from "../offers/offer-form.ts";
import { useSession } from "../session.tsx";
import { notifyError, useFieldErrors } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { moneyApi } from "./money-api.ts";
import { costKeys, workChangedKeys } from "./query-keys.ts";

export function MandateCostsPanel(props: { mandateId: string; canWrite: boolean; open: boolean }) {
  const { t } = useTranslation();
  const { currency } = useSession().workspace;
  const format = useFormat();
  const queryClient = useQueryClient();
  const costs = useQuery({
    queryKey: costKeys.mandate(props.mandateId),
    queryFn: () => moneyApi.costs(props.mandateId),
  });
  const refresh = async () => {
    await Promise.all(
      [costKeys.mandate(props.mandateId), ...workChangedKeys].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
  };
  const remove = useMutation({
    mutationFn: (id: string) => moneyApi.removeCost(id),
    onSuccess: async () => {
      notify({ message: t("money.costs.removed") });
      await refresh();
    },
    onError: (e) => notifyError(e, t),
  });
  const items = costs.data?.items ?? [];
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="mandate-costs-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="mandate-costs-title">
          {t("money.costs.title")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("money.costs.hint")}
        </Text>
        {items.length === 0 ? (
          <Text size="sm">{t("money.costs.none")}</Text>
        ) : (
          <Table.ScrollContainer minWidth={480}>
            <Table aria-label={t("money.costs.list")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("money.costs.date")}</Table.Th>
                  <Table.Th>{t("money.costs.description")}</Table.Th>
                  <Table.Th ta="right">{t("money.costs.amount")}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((c) => (
                  <Table.Tr key={c.id} data-testid="mandate-cost">
                    <Table.Td>{format.date(c.date)}</Table.Td>
                    <Table.Td>{c.description}</Table.Td>
                    <Table.Td ta="right">{format.money(c.amount, currency)}</Table.Td>
                    <Table.Td>
                      {c.invoiceId ? (
                        <Anchor component={Link} to={`/invoices/${c.invoiceId}`} size="sm">
                          {t("money.costs.invoiced")}
                        </Anchor>
                      ) : props.canWrite && props.open ? (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red.9"
                          loading={remove.isPending && remove.variables === c.id}
                          onClick={() => {
                            if (window.confirm(t("money.costs.removeConfirm", { description: c.description })))
                              remove.mutate(c.id);
                          }}
                        >
                          {t("money.costs.remove")}
                        </Button>
                      ) : (
                        <Badge variant="light">{t("money.costs.notInvoiced")}</Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {props.canWrite && props.open && (
          <AddCostForm mandateId={props.mandateId} currency={currency} onAdded={refresh} />
        )}
      </Stack>
    </Card>
  );
}

function AddCostForm(props: { mandateId: string; currency: Currency; onAdded: () => Promise<void> }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(today());
  const [description, setDescription] = useState("");
  const [amount, setAmount] = useState<number | "">("");
  const [taxable, setTaxable] = useState(true);
  const { errors, show, clear } = useFieldErrors((p) => ["date", "description", "amount"].includes(p));
  const add = useMutation({
    mutationFn: () =>
      moneyApi.addCost(props.mandateId, {
        date,
        description,
        amount: amount === "" ? 0 : amount,
        taxable,
      }),
    onSuccess: async () => {
      notify({ message: t("money.costs.added") });
      setDescription("");
      setAmount("");
      await props.onAdded();
    },
    onError: show,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t("money.costs.add")}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          type="date"
          label={t("money.costs.date")}
          required
          value={date}
          onChange={(e) => {
            setDate(e.currentTarget.value);
            clear("date");
          }}
          error={errors.date}
        />
        <TextInput
          label={t("money.costs.description")}
          required
          miw={220}
          value={description}
          onChange={(e) => {
            setDescription(e.currentTarget.value);
            clear("description");
          }}
          error={errors.description}
        />
        <MoneyInput
          label={t("money.costs.amount")}
          required
          currency={props.currency}
          maw={180}
          value={amount}
          onChange={(v) => {
            setAmount(v);
            clear("amount");
          }}
          error={errors.amount}
        />
        <Checkbox
          label={t("money.costs.taxable")}
          description={t("money.costs.taxableHint")}
          checked={taxable}
          onChange={(e) => setTaxable(e.currentTarget.checked)}
        />
        <Button type="submit" loading={add.isPending}>
          {t("money.costs.add")}
        </Button>
      </Group>
    </form>
  );
}
