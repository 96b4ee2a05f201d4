/** A new offer: pick the client, optionally start from a previous offer, then write it. */
import { Alert, Anchor, Fieldset, Loader, NativeSelect, SimpleGrid, Stack, Title } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { ClientPicker } from "../clients/client-picker.tsx";
import { clientKeys, clientsApi } from "../clients/clients-api.ts";
import { notify } from "../notify.ts";
import { usePermissions, useSession } from "../session.tsx";
import { minorUnitsPerMajor } from "../use-format.ts";
import { useChangeSearchParams } from "../use-list-params.ts";
import { usePageTitle } from "../use-page-title.ts";
import { OfferEditor } from "./offer-editor.tsx";
import { blankOfferForm, defaultLanguage, type OfferForm, offerToForm, today } from "./offer-form.ts";
import { offersApi } from "./offers-api.ts";
import { offerKeys } from "./query-keys.ts";

export function OfferNewPage() {
  const { t } = useTranslation();
  usePageTitle(t("offers.new"));
  const { workspace } = useSession();
  const { canWrite } = usePermissions();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const changeParams = useChangeSearchParams();
  const clientId = params.get("clientId") ?? "";
  const fromOfferId = params.get("from") ?? "";
  const currency = workspace.currency;
  const perMajor = minorUnitsPerMajor(currency);

  const client = useQuery({
    queryKey: clientKeys.detail(clientId),
    queryFn: () => clientsApi.get(clientId ?? ""),
    enabled: Boolean(clientId),
  });
  const previous = useQuery({
    queryKey: offerKeys.list({ pageSize: 100 }),
    queryFn: () => offersApi.list({ pageSize: 100 }),
  });
  const source = useQuery({
    queryKey: offerKeys.detail(fromOfferId),
    queryFn: () => offersApi.get(fromOfferId),
    enabled: Boolean(fromOfferId),
  });
  const [form, setForm] = useState<OfferForm>(() => blankOfferForm(workspace, undefined));

  // A chosen previous offer fills the form (new ids, today's dates), as the server does with `fromOfferId`.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a newly chosen source refills the form.
  useEffect(() => {
    if (!source.data) return;
    const date = today();
    const copy = offerToForm(source.data.offer.content, perMajor, false);
    const language = client.data ? defaultLanguage(client.data).language : copy.language;
    setForm({ ...copy, startDate: date, deliveryDate: date, endClientId: "", endClientName: "", language });
  }, [source.data, perMajor]);
  // A chosen client sets the document language (French for Québec, Charter art. 55).
  useEffect(() => {
    const c = client.data;
    if (c) setForm((f) => ({ ...f, language: defaultLanguage(c).language, endClientId: "", endClientName: "" }));
  }, [client.data]);

  if (!canWrite) return <Navigate to="/offers" replace />;
  const set = (key: "clientId" | "from", value: string) => changeParams({ [key]: value });

  return (
    <Stack gap="md" maw={1100}>
      <Anchor component={Link} to="/offers" size="sm">
        ← {t("offers.backToList")}
      </Anchor>
      <Title order={1}>{t("offers.new")}</Title>
      <OfferEditor
        form={form}
        onChange={setForm}
        client={client.data}
        currency={currency}
        perMajor={perMajor}
        readOnly={false}
        saveLabel={t("offers.editor.create")}
        onSave={async (input) => {
          if (!clientId) {
            notify({ failure: true, message: t("offers.editor.pickClientFirst") });
            return;
          }
          const created = await offersApi.create({ ...input, clientId, ...(fromOfferId ? { fromOfferId } : {}) });
          void queryClient.invalidateQueries({ queryKey: offerKeys.all });
          notify({ message: t("offers.editor.created") });
          navigate(`/offers/${created.id}`);
        }}
      >
        <Fieldset legend={t("offers.editor.start")}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <ClientPicker
              label={t("offers.fields.client")}
              required
              hideEnded
              value={clientId}
              onChange={(id) => set("clientId", id)}
              emptyLabel={t("offers.fields.pickClient")}
            />
            <NativeSelect
              label={t("offers.fields.fromOffer")}
              description={t("offers.fields.fromOfferHint")}
              value={fromOfferId}
              onChange={(e) => set("from", e.currentTarget.value)}
              data={[
                { value: "", label: t("offers.fields.fromNothing") },
                ...(previous.data?.items ?? []).map((o) => ({
                  value: o.id,
                  label: `${o.number || t("offers.draftNumber")} v${o.version} · ${o.title} (${o.clientName})`,
                })),
              ]}
            />
          </SimpleGrid>
          {(client.isFetching || source.isFetching) && <Loader size="sm" mt="xs" aria-label={t("common.loading")} />}
          {!clientId && (
            <Alert color="blue" variant="light" mt="sm">
              {t("offers.editor.pickClientFirst")}
            </Alert>
          )}
        </Fieldset>
      </OfferEditor>
    </Stack>
  );
}
