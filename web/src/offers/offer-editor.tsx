/**
 * The offer editor: what is delivered (deliverables), what is not (exclusions), what is taken for granted
 * (assumptions), price model, deposit, schedule, terms, contract kind and document language, with live totals and
 * the API's field errors beside the right input.
 */
import {
  Alert,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { Client, Currency } from "../api-types.ts";
import { NumberField } from "../components/number-field.tsx";
import { useFieldErrors } from "../use-field-errors.ts";
import { OfferClausesEditor } from "./offer-clauses-editor.tsx";
import { OfferDeliverablesEditor } from "./offer-deliverables-editor.tsx";
import { defaultLanguage, firstError, formToInput, isOfferPath, type OfferForm } from "./offer-form.ts";
import { OfferTotalsCard } from "./offer-totals-card.tsx";
import { CHARTER_SOURCE, type OfferInput } from "./offers-api.ts";

interface Props {
  form: OfferForm;
  onChange: (updater: (form: OfferForm) => OfferForm) => void;
  client: Client | undefined;
  currency: Currency;
  perMajor: number;
  readOnly: boolean;
  /** Shown above the save button (e.g. "a new version will be created"). */
  saveWarning?: string | undefined;
  saveLabel: string;
  onSave: (input: OfferInput) => Promise<unknown>;
  /** Extra controls above the form (client picker, "start from"). */
  children?: React.ReactNode;
}

export function OfferEditor(props: Props) {
  const { form, onChange, client, currency, perMajor, readOnly } = props;
  const { t } = useTranslation();
  const { errors, show, clear } = useFieldErrors(isOfferPath);
  const save = useMutation({ mutationFn: () => props.onSave(formToInput(form, perMajor)), onError: show });

  const set = useCallback(
    <K extends keyof OfferForm>(key: K, value: OfferForm[K], ...paths: string[]) => {
      onChange((f) => ({ ...f, [key]: value }));
      for (const p of paths) clear(p);
    },
    [onChange, clear],
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!readOnly) save.mutate();
  };
  const lang = client ? defaultLanguage(client) : undefined;
  const languageHint = !lang
    ? undefined
    : lang.quebec
      ? form.language === "fr"
        ? t("offers.language.quebecDefault", { source: CHARTER_SOURCE })
        : t("offers.language.quebecExpress", { source: CHARTER_SOURCE })
      : t("offers.language.clientPreference", { language: t(`languages.${client?.language ?? "fr"}`) });

  return (
    <form onSubmit={submit} noValidate aria-label={t("offers.editor.label")}>
      <Stack gap="md">
        {props.children}
        <Fieldset legend={t("offers.editor.general")} disabled={readOnly}>
          <Stack gap="sm">
            <TextInput
              label={t("offers.fields.title")}
              required
              value={form.title}
              onChange={(e) => set("title", e.currentTarget.value, "title")}
              error={errors.title}
            />
            <Textarea
              label={t("offers.fields.summary")}
              autosize
              minRows={3}
              value={form.summary}
              onChange={(e) => set("summary", e.currentTarget.value, "summary")}
              error={errors.summary}
            />
            {client?.kind === "agency" && (
              <NativeSelect
                label={t("offers.fields.endClient")}
                description={t("offers.fields.endClientHint")}
                value={form.endClientId || (form.endClientName ? `name:${form.endClientName}` : "")}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  const picked = client.endClients.find((c) => c.id === v);
                  onChange((f) => ({
                    ...f,
                    endClientId: picked?.id ?? (v && !v.startsWith("name:") ? v : ""),
                    endClientName: picked?.name ?? (v.startsWith("name:") ? v.slice(5) : v ? f.endClientName : ""),
                  }));
                  clear("endClient");
                  clear("endClient.name");
                }}
                data={[
                  { value: "", label: t("offers.fields.noEndClient") },
                  ...client.endClients.map((c) => ({ value: c.id ?? `name:${c.name}`, label: c.name })),
                  // An end client written on an older offer and no longer in the client's list stays selectable.
                  ...(form.endClientName && !client.endClients.some((c) => (c.id ?? "") === form.endClientId)
                    ? [{ value: form.endClientId || `name:${form.endClientName}`, label: form.endClientName }]
                    : []),
                ]}
                error={firstError(errors, "endClient", "endClient.name")}
              />
            )}
          </Stack>
        </Fieldset>

        <OfferDeliverablesEditor
          value={form.deliverables}
          onChange={(deliverables) => onChange((f) => ({ ...f, deliverables }))}
          errors={errors}
          onClear={clear}
          currency={currency}
          perMajor={perMajor}
          disabled={readOnly}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <OfferClausesEditor
            kind="exclusions"
            value={form.exclusions}
            onChange={(exclusions) => onChange((f) => ({ ...f, exclusions }))}
            errors={errors}
            onClear={clear}
            disabled={readOnly}
          />
          <OfferClausesEditor
            kind="assumptions"
            value={form.assumptions}
            onChange={(assumptions) => onChange((f) => ({ ...f, assumptions }))}
            errors={errors}
            onClear={clear}
            disabled={readOnly}
          />
        </SimpleGrid>

        <Fieldset legend={t("offers.editor.priceAndSchedule")} disabled={readOnly}>
          <Stack gap="sm">
            <Radio.Group
              label={t("offers.fields.pricingModel")}
              value={form.pricingModel}
              onChange={(v) => set("pricingModel", v as OfferForm["pricingModel"], "pricing", "pricing.model")}
              error={firstError(errors, "pricing", "pricing.model")}
            >
              <Stack gap={6} mt="xs">
                {(["fixed", "hourly", "capped"] as const).map((m) => (
                  <Radio
                    key={m}
                    value={m}
                    label={t(`offers.pricing.${m}`)}
                    description={t(`offers.pricingHint.${m}`)}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
              {form.pricingModel === "capped" && (
                <NumberField
                  kind="amount"
                  decimals={perMajor === 1 ? 0 : 2}
                  label={t("offers.fields.capAmount", { currency })}
                  required
                  value={form.capAmount}
                  onChange={(v) => set("capAmount", v, "pricing.capAmount")}
                  error={errors["pricing.capAmount"]}
                />
              )}
              <NumberField
                kind="percent"
                label={t("offers.fields.depositPercent")}
                max={100}
                value={form.depositPercent}
                onChange={(v) => set("depositPercent", v, "depositBps")}
                error={errors.depositBps}
              />
              <TextInput
                label={t("offers.fields.startDate")}
                type="date"
                required
                value={form.startDate}
                onChange={(e) => set("startDate", e.currentTarget.value, "startDate")}
                error={errors.startDate}
              />
              <TextInput
                label={t("offers.fields.deliveryDate")}
                type="date"
                required
                value={form.deliveryDate}
                onChange={(e) => set("deliveryDate", e.currentTarget.value, "deliveryDate")}
                error={errors.deliveryDate}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t("offers.editor.terms")} disabled={readOnly}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NumberField
                kind="integer"
                label={t("offers.fields.paymentDays")}
                max={365}
                value={form.paymentDays}
                onChange={(v) => set("paymentDays", v, "terms.paymentDays")}
                error={errors["terms.paymentDays"]}
              />
              <NumberField
                kind="percent"
                label={t("offers.fields.lateInterest")}
                description={t("offers.fields.lateInterestHint")}
                max={100}
                value={form.lateInterestPercent}
                onChange={(v) => set("lateInterestPercent", v, "terms.lateInterestAnnualBps")}
                error={errors["terms.lateInterestAnnualBps"]}
              />
              <NumberField
                kind="integer"
                label={t("offers.fields.noticeDays")}
                max={365}
                value={form.noticeDays}
                onChange={(v) => set("noticeDays", v, "terms.noticeDays")}
                error={errors["terms.noticeDays"]}
              />
            </SimpleGrid>
            <Textarea
              label={t("offers.fields.terminationClause")}
              autosize
              minRows={2}
              value={form.terminationClause}
              onChange={(e) => set("terminationClause", e.currentTarget.value, "terms.terminationClause")}
              error={errors["terms.terminationClause"]}
            />
            <Textarea
              label={t("offers.fields.cancellationConditions")}
              autosize
              minRows={2}
              value={form.cancellationConditions}
              onChange={(e) => set("cancellationConditions", e.currentTarget.value, "terms.cancellationConditions")}
              error={errors["terms.cancellationConditions"]}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={t("offers.fields.contractKind")}
                description={t(`offers.contractKindHint.${form.contractKind}`)}
                value={form.contractKind}
                onChange={(e) =>
                  set("contractKind", e.currentTarget.value as OfferForm["contractKind"], "contractKind")
                }
                data={(["enterprise", "service", "mixed"] as const).map((k) => ({
                  value: k,
                  label: t(`offers.contractKind.${k}`),
                }))}
                error={errors.contractKind}
              />
              <NativeSelect
                label={t("offers.fields.language")}
                description={languageHint}
                value={form.language}
                onChange={(e) => set("language", e.currentTarget.value === "en" ? "en" : "fr", "language")}
                data={[
                  { value: "fr", label: t("languages.fr") },
                  { value: "en", label: t("languages.en") },
                ]}
                error={errors.language}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <OfferTotalsCard form={form} currency={currency} perMajor={perMajor} />

        {!readOnly && (
          <Stack gap="xs">
            {props.saveWarning && (
              <Alert color="orange" variant="light" role="note">
                {props.saveWarning}
              </Alert>
            )}
            <Group>
              <Button type="submit" loading={save.isPending}>
                {props.saveLabel}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </form>
  );
}
