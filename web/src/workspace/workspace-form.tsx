import { Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Currency, Me, Workspace, WorkspaceLocale, WorkspaceValue } from "../api-types.ts";
import { AddressFields, addressForApi, addressPaths } from "../components/address-fields.tsx";
import { NumberField } from "../components/number-field.tsx";
import { notify } from "../notify.ts";
import { usePermissions } from "../session.tsx";
import { useFieldErrors } from "../use-field-errors.ts";
import { minorUnitsPerMajor, useFormat } from "../use-format.ts";
import { ValuesEditor } from "./values-editor.tsx";
import { workspaceApi, workspaceKeys } from "./workspace-api.ts";
import { currencies, jurisdictions, workspaceLocales } from "./workspace-options.ts";

const topPaths = new Set([
  "name",
  "legalName",
  "jurisdiction",
  "currency",
  "locale",
  "taxIds.gst",
  "taxIds.qst",
  "taxIds.siren",
  "taxIds.vat",
  "targetHourlyRate",
  "terms.paymentDays",
  "terms.lateInterestBp",
  "terms.noticeDays",
  ...addressPaths,
]);
const isKnownPath = (path: string) => topPaths.has(path) || /^values\.\d+\.(statement|weight)$/.test(path);

const nullable = (text: string | null) => (text?.trim() ? text.trim() : null);
const asNumber = (value: number | string) =>
  typeof value === "number" ? value : Number.parseFloat(value.replace(",", "."));

/** The workspace settings an owner edits; everyone else sees them read-only. */
/** The workspace as its form edits it: a new value has no id yet. */
type WorkspaceForm = Omit<Workspace, "values"> & { values: WorkspaceValue[] };

export function WorkspaceForm({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const { isOwner } = usePermissions();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [ws, setWs] = useState<WorkspaceForm>(workspace);
  const unit = minorUnitsPerMajor(ws.currency);
  const [rate, setRate] = useState<number | string>(ws.targetHourlyRate ? ws.targetHourlyRate / unit : "");
  const [interest, setInterest] = useState<number | string>(ws.terms.lateInterestBp / 100);
  const { errors, show, clear } = useFieldErrors(isKnownPath);

  const set = <K extends keyof WorkspaceForm>(key: K, value: WorkspaceForm[K], path: string = key) => {
    setWs((w) => ({ ...w, [key]: value }));
    clear(path);
  };
  const setTax = (key: keyof Workspace["taxIds"], value: string) =>
    set("taxIds", { ...ws.taxIds, [key]: value }, `taxIds.${key}`);
  const setTerm = (key: keyof Workspace["terms"], value: number | string) =>
    set(
      "terms",
      { ...ws.terms, [key]: typeof value === "number" ? value : Number.parseInt(value, 10) },
      `terms.${key}`,
    );

  const save = useMutation({
    mutationFn: () =>
      workspaceApi.updateWorkspace({
        name: ws.name.trim(),
        legalName: ws.legalName.trim(),
        address: addressForApi(ws.address),
        jurisdiction: ws.jurisdiction,
        currency: ws.currency,
        locale: ws.locale,
        taxIds: {
          gst: nullable(ws.taxIds.gst),
          qst: nullable(ws.taxIds.qst),
          siren: nullable(ws.taxIds.siren),
          vat: nullable(ws.taxIds.vat),
        },
        targetHourlyRate: rate === "" ? 0 : Math.round(asNumber(rate) * unit),
        terms: { ...ws.terms, lateInterestBp: interest === "" ? 0 : Math.round(asNumber(interest) * 100) },
        values: ws.values.map((v) => ({
          ...(v.id ? { id: v.id } : {}),
          statement: v.statement.trim(),
          weight: v.weight,
        })),
      }),
    onSuccess: (saved) => {
      setWs(saved);
      queryClient.setQueryData(workspaceKeys.workspace, saved);
      queryClient.setQueryData<Me | null>(workspaceKeys.me, (current) =>
        current ? { ...current, workspace: saved } : current,
      );
      notify({ message: t("settings.saved") });
    },
    onError: show,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const canadian = ws.jurisdiction.startsWith("CA-");
  const french = ws.jurisdiction === "FR";

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Fieldset legend={t("settings.identity")} disabled={!isOwner}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("auth.workspaceName")}
              required
              value={ws.name}
              onChange={(e) => set("name", e.currentTarget.value)}
              error={errors.name}
            />
            <TextInput
              label={t("settings.legalName")}
              value={ws.legalName}
              onChange={(e) => set("legalName", e.currentTarget.value)}
              error={errors.legalName}
            />
            <NativeSelect
              label={t("workspace.jurisdiction")}
              value={ws.jurisdiction}
              onChange={(e) =>
                set("jurisdiction", jurisdictions.find((j) => j === e.currentTarget.value) ?? ws.jurisdiction)
              }
              data={jurisdictions.map((j) => ({ value: j, label: t(`jurisdictions.${j}`) }))}
              error={errors.jurisdiction}
            />
            <NativeSelect
              label={t("workspace.currency")}
              value={ws.currency}
              onChange={(e) => set("currency", e.currentTarget.value as Currency)}
              data={currencies.map((c) => ({ value: c, label: t(`currencies.${c}`) }))}
              error={errors.currency}
            />
            <NativeSelect
              label={t("settings.defaultLanguage")}
              description={t("workspace.localeHint")}
              value={ws.locale}
              onChange={(e) => set("locale", e.currentTarget.value as WorkspaceLocale)}
              data={workspaceLocales.map((l) => ({ value: l, label: t(`locales.${l}`) }))}
              error={errors.locale}
            />
          </SimpleGrid>
        </Fieldset>
        <AddressFields
          value={ws.address}
          onChange={(address) => set("address", address)}
          errors={errors}
          onClear={clear}
          disabled={!isOwner}
        />
        <Fieldset legend={t("settings.taxes")} disabled={!isOwner}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {canadian && (
              <>
                <TextInput
                  label={t("settings.gst")}
                  value={ws.taxIds.gst ?? ""}
                  onChange={(e) => setTax("gst", e.currentTarget.value)}
                  error={errors["taxIds.gst"]}
                />
                <TextInput
                  label={t("settings.qst")}
                  value={ws.taxIds.qst ?? ""}
                  onChange={(e) => setTax("qst", e.currentTarget.value)}
                  error={errors["taxIds.qst"]}
                />
              </>
            )}
            {french && (
              <TextInput
                label={t("settings.siren")}
                value={ws.taxIds.siren ?? ""}
                onChange={(e) => setTax("siren", e.currentTarget.value)}
                error={errors["taxIds.siren"]}
              />
            )}
            {!canadian && (
              <TextInput
                label={t("settings.vat")}
                value={ws.taxIds.vat ?? ""}
                onChange={(e) => setTax("vat", e.currentTarget.value)}
                error={errors["taxIds.vat"]}
              />
            )}
            {french && (
              <Checkbox
                label={t("settings.vatOnDebits")}
                description={t("settings.vatOnDebitsHint")}
                checked={ws.terms.vatOnDebits ?? false}
                onChange={(e) =>
                  set("terms", { ...ws.terms, vatOnDebits: e.currentTarget.checked }, "terms.vatOnDebits")
                }
              />
            )}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t("settings.terms")} disabled={!isOwner}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberField
              kind="amount"
              label={t("settings.targetHourlyRate", { currency: ws.currency })}
              description={ws.targetHourlyRate ? format.money(ws.targetHourlyRate, ws.currency) : undefined}
              value={rate}
              onChange={(value) => {
                setRate(value);
                clear("targetHourlyRate");
              }}
              error={errors.targetHourlyRate}
            />
            <NumberField
              kind="integer"
              label={t("settings.paymentDays")}
              max={365}
              value={ws.terms.paymentDays}
              onChange={(v) => setTerm("paymentDays", v)}
              error={errors["terms.paymentDays"]}
            />
            <NumberField
              kind="percent"
              label={t("settings.lateInterest")}
              max={100}
              value={interest}
              onChange={(value) => {
                setInterest(value);
                clear("terms.lateInterestBp");
              }}
              error={errors["terms.lateInterestBp"]}
            />
            <NumberField
              kind="integer"
              label={t("settings.noticeDays")}
              max={365}
              value={ws.terms.noticeDays}
              onChange={(v) => setTerm("noticeDays", v)}
              error={errors["terms.noticeDays"]}
            />
          </SimpleGrid>
        </Fieldset>
        <ValuesEditor
          value={ws.values}
          onChange={(values) => set("values", values)}
          errors={errors}
          onClear={clear}
          disabled={!isOwner}
        />
        {isOwner && (
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t("common.save")}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
