/**
 * A new draft invoice: pick the client, then what to invoice — the deposit of a signed offer, a signed fixed price's
 * progress or balance, approved change orders, un-invoiced billable time (grouped by mandate and member, or by day;
 * a capped mandate's time over its cap is shown, never billed) — and manual lines, each optionally for a mandate.
 * `?clientId=…&offerId=…&target=balance|progress` or `?clientId=…&mandateId=…` (time) preselect a source. The API determines the
 * taxes from the studio's registrations and the client's address; the draft page shows them.
 */
import { Alert, Anchor, Button, Checkbox, Fieldset, Group, Loader, Radio, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { ClientPicker } from "../clients/client-picker.tsx";
import { offersApi } from "../offers/offers-api.ts";
import { offerKeys } from "../offers/query-keys.ts";
import { formatMinutes } from "../scope/scope-api.ts";
import { useSession } from "../session.tsx";
import { useFieldErrors } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { usePageTitle } from "../use-page-title.ts";
import { workspaceApi, workspaceKeys } from "../workspace/workspace-api.ts";
import { formToLine, InvoiceLinesEditor, type LineForm } from "./invoice-lines-editor.tsx";
import {
  InvoiceOfferSources,
  type OfferChoice,
  offerBilledTwice,
  offerChoiceAmount,
} from "./invoice-offer-sources.tsx";
import { type CreateInvoiceInput, invoicesApi } from "./invoices-api.ts";
import { invoiceKeys } from "./query-keys.ts";

type Grouping = "mandate_member" | "day";

export function InvoiceNewPage() {
  const { t } = useTranslation();
  usePageTitle(t("invoices.new"));
  const format = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { workspace } = useSession();
  const currency = workspace.currency;
  const [params] = useSearchParams();
  const [clientId, setClientId] = useState(params.get("clientId") ?? "");
  const [deposits, setDeposits] = useState<string[]>([]);
  const [offers, setOffers] = useState<Record<string, OfferChoice>>(() => {
    const offerId = params.get("offerId");
    const target = params.get("target") === "progress" ? "progress" : "balance";
    return offerId ? { [offerId]: { target, percent: "" } } : {};
  });
  // Time of one mandate, asked for by the mandate page: selected once its sources arrive.
  const [timeOf, setTimeOf] = useState(params.get("mandateId") ?? "");
  const [billedTwice, setBilledTwice] = useState<string>();
  const [changeOrders, setChangeOrders] = useState<string[]>([]);
  const [costs, setCosts] = useState<string[]>([]);
  const [entries, setEntries] = useState<string[]>([]);
  const [grouping, setGrouping] = useState<Grouping>("mandate_member");
  const [lines, setLines] = useState<LineForm[]>([]);
  const isKnown = useCallback(
    (path: string) =>
      path === "clientId" || path === "lines" || path.startsWith("lines.") || path.startsWith("sources"),
    [],
  );
  const { errors, show, clear, reset } = useFieldErrors(isKnown);

  const sources = useQuery({
    queryKey: invoiceKeys.sources(clientId),
    queryFn: () => invoicesApi.sources(clientId),
    enabled: Boolean(clientId),
  });
  const mandates = useQuery({
    queryKey: offerKeys.mandates({ clientId, pageSize: 100 }),
    queryFn: () => offersApi.mandates({ clientId, pageSize: 100 }),
    enabled: Boolean(clientId),
  });
  useEffect(() => {
    if (!timeOf || !sources.data) return;
    setEntries(sources.data.time.filter((e) => e.mandateId === timeOf).map((e) => e.id));
    setTimeOf("");
  }, [timeOf, sources.data]);
  const members = useQuery({ queryKey: workspaceKeys.members, queryFn: () => workspaceApi.members() });

  const pickClient = (id: string) => {
    setClientId(id);
    setDeposits([]);
    setOffers({});
    setTimeOf("");
    setChangeOrders([]);
    setEntries([]);
    reset();
    setBilledTwice(undefined);
  };
  const toggle = (list: string[], set: (next: string[]) => void, id: string, on: boolean) => {
    set(on ? [...list, id] : list.filter((x) => x !== id));
    clear("sources");
  };

  const create = useMutation({
    mutationFn: (body: CreateInvoiceInput) => invoicesApi.create(body),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: invoiceKeys.all });
      navigate(`/invoices/${result.invoice.id}`);
    },
    onError: (error) => {
      show(error);
      // Billed meanwhile elsewhere: say where, and show what is left to invoice.
      setBilledTwice(offerBilledTwice(error, t));
      void queryClient.invalidateQueries({ queryKey: invoiceKeys.sources(clientId) });
    },
  });

  const s = sources.data;
  const offerSources = (s?.offers ?? []).filter((o) => offers[o.offerId]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset();
    setBilledTwice(undefined);
    const picked = offerSources.map((o) => {
      const choice = offers[o.offerId] as OfferChoice;
      return {
        offerId: o.offerId,
        target: choice.target,
        ...(choice.target === "progress" && choice.percent !== "" ? { percent: choice.percent } : {}),
      };
    });
    const body: CreateInvoiceInput = {
      clientId,
      sources: {
        ...(deposits.length ? { depositOfferIds: deposits } : {}),
        ...(picked.length ? { offers: picked } : {}),
        ...(changeOrders.length ? { changeOrderIds: changeOrders } : {}),
        ...(costs.length ? { costIds: costs } : {}),
        ...(entries.length ? { time: { entryIds: entries, groupBy: grouping } } : {}),
      },
      lines: lines.map((l) => formToLine(l, currency)),
    };
    create.mutate(body);
  };

  const selectedAmount =
    offerSources.reduce((a, o) => a + offerChoiceAmount(o, offers[o.offerId] as OfferChoice), 0) +
    (s?.deposits.filter((d) => deposits.includes(d.offerId)).reduce((a, d) => a + d.amount, 0) ?? 0) +
    (s?.changeOrders.filter((c) => changeOrders.includes(c.changeOrderId)).reduce((a, c) => a + c.amount, 0) ?? 0) +
    (s?.costs.filter((c) => costs.includes(c.costId)).reduce((a, c) => a + c.amount, 0) ?? 0) +
    (s?.time.filter((e) => entries.includes(e.id)).reduce((a, e) => a + e.amount, 0) ?? 0) +
    lines
      .map((l) => formToLine(l, currency))
      .reduce((a, l) => a + Math.round((l.quantityMilli * l.unitPrice) / 1000), 0);
  const mandateTitle = (id: string | null) =>
    (id && mandates.data?.items.find((m) => m.id === id)?.title) || t("invoices.sources.noMandate");
  const memberName = (id: string) => members.data?.items.find((m) => m.id === id)?.name ?? "";
  const nothing =
    s &&
    s.deposits.length === 0 &&
    s.offers.length === 0 &&
    s.changeOrders.length === 0 &&
    s.costs.length === 0 &&
    s.time.length === 0;
  const forMandate = (id: string | null) =>
    id ? t("money.sources.forMandate", { mandate: mandateTitle(id) }) : undefined;
  const caps = (s?.caps ?? []).filter((c) => c.uninvoiced > 0);
  const sourceError = billedTwice ?? Object.entries(errors).find(([path]) => path.startsWith("sources"))?.[1];

  return (
    <form onSubmit={submit} aria-labelledby="new-invoice-title" noValidate>
      <Stack gap="md" maw={960}>
        <Anchor component={Link} to="/invoices" size="sm">
          ← {t("invoices.backToList")}
        </Anchor>
        <Title order={1} id="new-invoice-title">
          {t("invoices.new")}
        </Title>
        <ClientPicker
          label={t("invoices.fields.client")}
          required
          hideEnded
          maw={420}
          value={clientId}
          onChange={pickClient}
          error={errors.clientId}
          emptyLabel={t("invoices.pickClient")}
        />
        {clientId && sources.isPending && <Loader aria-label={t("common.loading")} />}
        {sourceError && <Alert color="red">{sourceError}</Alert>}
        {s && (
          <Fieldset legend={t("invoices.sources.legend")}>
            <Stack gap="md">
              {nothing && <Text c="dimmed">{t("money.sources.none")}</Text>}
              <InvoiceOfferSources offers={s.offers} value={offers} onChange={setOffers} />
              {s.deposits.length > 0 && (
                <Stack gap="xs" role="group" aria-label={t("invoices.sources.deposits")}>
                  <Text fw={600}>{t("invoices.sources.deposits")}</Text>
                  {s.deposits.map((d) => (
                    <Checkbox
                      key={d.offerId}
                      checked={deposits.includes(d.offerId)}
                      onChange={(e) => toggle(deposits, setDeposits, d.offerId, e.currentTarget.checked)}
                      label={t("invoices.sources.deposit", {
                        number: d.number,
                        title: d.title,
                        percent: format.number(d.depositBps / 100),
                        amount: format.money(d.amount, d.currency),
                      })}
                      description={forMandate(d.mandateId)}
                    />
                  ))}
                </Stack>
              )}
              {s.changeOrders.length > 0 && (
                <Stack gap="xs" role="group" aria-label={t("invoices.sources.changeOrders")}>
                  <Text fw={600}>{t("invoices.sources.changeOrders")}</Text>
                  {s.changeOrders.map((c) => (
                    <Checkbox
                      key={c.changeOrderId}
                      checked={changeOrders.includes(c.changeOrderId)}
                      onChange={(e) => toggle(changeOrders, setChangeOrders, c.changeOrderId, e.currentTarget.checked)}
                      label={t("invoices.sources.changeOrder", {
                        number: c.number,
                        title: c.title,
                        amount: format.money(c.amount, c.currency),
                      })}
                      description={forMandate(c.mandateId)}
                    />
                  ))}
                </Stack>
              )}
              {s.costs.length > 0 && (
                <Stack gap="xs" role="group" aria-label={t("money.costs.sources")}>
                  <Text fw={600}>{t("money.costs.sources")}</Text>
                  {s.costs.map((c) => (
                    <Checkbox
                      key={c.costId}
                      checked={costs.includes(c.costId)}
                      onChange={(e) => toggle(costs, setCosts, c.costId, e.currentTarget.checked)}
                      label={t("money.costs.source", {
                        description: c.description,
                        date: format.date(c.date),
                        amount: format.money(c.amount, currency),
                      })}
                      description={forMandate(c.mandateId)}
                    />
                  ))}
                </Stack>
              )}
              {s.time.length > 0 && (
                <Stack gap="xs" role="group" aria-label={t("invoices.sources.time")}>
                  <Group justify="space-between">
                    <Text fw={600}>{t("invoices.sources.time")}</Text>
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      onClick={() => setEntries(entries.length === s.time.length ? [] : s.time.map((e) => e.id))}
                    >
                      {entries.length === s.time.length
                        ? t("invoices.sources.selectNone")
                        : t("invoices.sources.selectAll")}
                    </Button>
                  </Group>
                  {s.time.map((e) => (
                    <Checkbox
                      key={e.id}
                      checked={entries.includes(e.id)}
                      onChange={(ev) => toggle(entries, setEntries, e.id, ev.currentTarget.checked)}
                      label={t("invoices.sources.timeEntry", {
                        date: format.date(e.date),
                        hours: formatMinutes(e.minutes),
                        mandate: mandateTitle(e.mandateId),
                        member: memberName(e.memberId),
                        amount: format.money(e.amount, currency),
                      })}
                      description={e.note || undefined}
                    />
                  ))}
                  {caps.map((c) => (
                    <Alert key={c.mandateId} color={c.overCap > 0 ? "orange" : "blue"} data-testid="cap-note">
                      {t(c.overCap > 0 ? "money.sources.overCap" : "money.sources.underCap", {
                        mandate: mandateTitle(c.mandateId),
                        left: format.money(c.capLeft, currency),
                        over: format.money(c.overCap, currency),
                      })}
                    </Alert>
                  ))}
                  <Radio.Group
                    label={t("invoices.sources.groupBy")}
                    value={grouping}
                    onChange={(v) => setGrouping(v === "day" ? "day" : "mandate_member")}
                  >
                    <Group mt={4}>
                      <Radio value="mandate_member" label={t("invoices.sources.byMandateMember")} />
                      <Radio value="day" label={t("invoices.sources.byDay")} />
                    </Group>
                  </Radio.Group>
                </Stack>
              )}
            </Stack>
          </Fieldset>
        )}
        {clientId && (
          <InvoiceLinesEditor
            legend={t("invoices.lines.manualLegend")}
            value={lines}
            onChange={setLines}
            errors={errors}
            onClear={clear}
            currency={currency}
            mandates={mandates.data?.items}
          />
        )}
        {errors.lines && <Text c="red.9">{errors.lines}</Text>}
        {clientId && (
          <Group justify="space-between" align="center">
            <Text aria-live="polite" data-testid="selected-amount">
              {t("invoices.selectedBeforeTax", { amount: format.money(selectedAmount, currency) })}
            </Text>
            <Button type="submit" loading={create.isPending}>
              {t("invoices.createDraft")}
            </Button>
          </Group>
        )}
        {clientId && (
          <Text size="sm" c="dimmed">
            {t("invoices.taxesOnDraft")}
          </Text>
        )}
      </Stack>
    </form>
  );
}
