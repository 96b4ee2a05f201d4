import {
  Alert,
  Button,
  Checkbox,
  Group,
  Loader,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  TagsInput,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useNavigate, useParams } from "react-router";
import type { Client, ClientInput } from "../api-types.ts";
import { AddressFields, addressForApi, addressPaths } from "../components/address-fields.tsx";
import { notify } from "../notify.ts";
import { usePermissions, useSession } from "../session.tsx";
import { problemMessage, useFieldErrors } from "../use-field-errors.ts";
import { usePageTitle } from "../use-page-title.ts";
import { clientKeys, clientsApi } from "./clients-api.ts";
import { ContactsEditor, contactsForApi } from "./contacts-editor.tsx";
import { EndClientsEditor } from "./end-clients-editor.tsx";

const topPaths = new Set([
  "kind",
  "name",
  "legalName",
  "language",
  "isConsumer",
  "status",
  "doNotReengage",
  "tags",
  ...addressPaths,
]);
const isKnownPath = (path: string) =>
  topPaths.has(path) || /^contacts\.\d+\.(name|email|phone|role)$/.test(path) || /^endClients\.\d+\.name$/.test(path);

function blankClient(jurisdiction: string, locale: string): ClientInput {
  const region = jurisdiction.startsWith("CA-") ? jurisdiction.slice(3) : "";
  const country = jurisdiction === "OTHER" ? "" : jurisdiction.startsWith("CA-") ? "CA" : jurisdiction;
  return {
    kind: "direct",
    name: "",
    legalName: "",
    address: { line1: "", line2: "", city: "", region, postalCode: "", country },
    language: locale.startsWith("en") ? "en" : "fr",
    isConsumer: false,
    status: "prospect",
    doNotReengage: false,
    tags: [],
    contacts: [],
    endClients: [],
  };
}

function toInput(client: Client): ClientInput {
  return {
    kind: client.kind,
    name: client.name,
    legalName: client.legalName,
    address: { ...client.address },
    language: client.language,
    isConsumer: client.isConsumer,
    status: client.status,
    doNotReengage: client.doNotReengage,
    tags: [...client.tags],
    contacts: client.contacts.map((c) => ({ ...c })),
    endClients: client.endClients.map((c) => ({ ...c })),
  };
}

/** The body the API takes: trimmed text, contacts without ids, end clients only for an agency. */
function forApi(form: ClientInput) {
  return {
    ...form,
    name: form.name.trim(),
    legalName: form.legalName.trim(),
    address: addressForApi(form.address),
    contacts: contactsForApi(form.contacts),
    endClients: form.kind === "agency" ? form.endClients.map((c) => ({ name: c.name.trim() })) : [],
  };
}

export function ClientFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const editing = id !== undefined;
  usePageTitle(editing ? t("clients.edit") : t("clients.new"));
  const { workspace } = useSession();
  const { canWrite } = usePermissions();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<ClientInput>(() => blankClient(workspace.jurisdiction, workspace.locale));
  const { errors, show, clear } = useFieldErrors(isKnownPath);
  const existing = useQuery({
    queryKey: clientKeys.detail(id),
    queryFn: () => clientsApi.get(id ?? ""),
    enabled: editing,
  });
  const tags = useQuery({ queryKey: clientKeys.tags, queryFn: clientsApi.tags });
  useEffect(() => {
    if (existing.data) setForm(toInput(existing.data));
  }, [existing.data]);

  const save = useMutation({
    mutationFn: () => {
      const body = forApi(form);
      if (!editing) return clientsApi.create(body);
      // Send only what changed: untouched contacts keep their ids and the audit trail shows the real edit.
      const before = existing.data ? forApi(toInput(existing.data)) : undefined;
      const changes = Object.fromEntries(
        Object.entries(body).filter(
          ([key, value]) => JSON.stringify(value) !== JSON.stringify(before?.[key as keyof typeof body]),
        ),
      );
      if (existing.data && Object.keys(changes).length === 0) return Promise.resolve<Client>(existing.data);
      return clientsApi.update(id, changes);
    },
    onSuccess: (client) => {
      void queryClient.invalidateQueries({ queryKey: clientKeys.all });
      void queryClient.invalidateQueries({ queryKey: clientKeys.tags });
      void queryClient.invalidateQueries({ queryKey: clientKeys.detail(client.id) });
      notify({ message: t("clients.saved", { name: client.name }) });
      navigate(`/clients/${client.id}`);
    },
    onError: show,
  });

  const set = useCallback(
    <K extends keyof ClientInput>(key: K, value: ClientInput[K]) => {
      setForm((f) => ({ ...f, [key]: value }));
      clear(key);
    },
    [clear],
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  // Viewers read clients; they never get a form to change one.
  if (!canWrite) return <Navigate to={editing ? `/clients/${id}` : "/clients"} replace />;
  if (editing && existing.isPending) return <Loader aria-label={t("common.loading")} />;
  if (editing && existing.isError) return <Alert color="red">{problemMessage(existing.error, t)}</Alert>;
  const readOnly = !canWrite;

  return (
    <Stack gap="md" maw={900}>
      <Title order={1}>{editing ? t("clients.editNamed", { name: existing.data?.name }) : t("clients.new")}</Title>
      {readOnly && <Alert color="gray">{t("common.readOnly")}</Alert>}
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Radio.Group
            label={t("clients.fields.kind")}
            value={form.kind}
            onChange={(value) => set("kind", value === "agency" ? "agency" : "direct")}
            error={errors.kind}
          >
            <Group mt="xs">
              <Radio value="direct" label={t("clients.kindLong.direct")} disabled={readOnly} />
              <Radio value="agency" label={t("clients.kindLong.agency")} disabled={readOnly} />
            </Group>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("clients.fields.name")}
              required
              readOnly={readOnly}
              value={form.name}
              onChange={(e) => set("name", e.currentTarget.value)}
              error={errors.name}
            />
            <TextInput
              label={t("clients.fields.legalName")}
              readOnly={readOnly}
              value={form.legalName}
              onChange={(e) => set("legalName", e.currentTarget.value)}
              error={errors.legalName}
            />
            <NativeSelect
              label={t("clients.fields.status")}
              disabled={readOnly}
              value={form.status}
              onChange={(e) => set("status", e.currentTarget.value as ClientInput["status"])}
              data={(["prospect", "active", "paused", "ended"] as const).map((s) => ({
                value: s,
                label: t(`clients.status.${s}`),
              }))}
              error={errors.status}
            />
            <NativeSelect
              label={t("clients.fields.language")}
              description={t("clients.languageHint")}
              disabled={readOnly}
              value={form.language}
              onChange={(e) => set("language", e.currentTarget.value === "en" ? "en" : "fr")}
              data={[
                { value: "fr", label: t("languages.fr") },
                { value: "en", label: t("languages.en") },
              ]}
              error={errors.language}
            />
          </SimpleGrid>
          <TagsInput
            label={t("clients.fields.tags")}
            description={t("clients.tagsHint")}
            disabled={readOnly}
            value={form.tags}
            onChange={(value) => set("tags", value)}
            data={tags.data?.items ?? []}
            splitChars={[","]}
            acceptValueOnBlur
            error={errors.tags}
          />
          <Group>
            <Checkbox
              label={t("clients.fields.isConsumer")}
              description={t("clients.isConsumerHint")}
              disabled={readOnly}
              checked={form.isConsumer}
              onChange={(e) => set("isConsumer", e.currentTarget.checked)}
              error={errors.isConsumer}
            />
            <Checkbox
              label={t("clients.fields.doNotReengage")}
              disabled={readOnly}
              checked={form.doNotReengage}
              onChange={(e) => set("doNotReengage", e.currentTarget.checked)}
              error={errors.doNotReengage}
            />
          </Group>
          <AddressFields
            value={form.address}
            onChange={(address) => setForm((f) => ({ ...f, address }))}
            errors={errors}
            onClear={clear}
            disabled={readOnly}
          />
          <ContactsEditor
            value={form.contacts}
            onChange={(contacts) => setForm((f) => ({ ...f, contacts }))}
            errors={errors}
            onClear={clear}
            disabled={readOnly}
          />
          {form.kind === "agency" && (
            <EndClientsEditor
              value={form.endClients}
              onChange={(endClients) => setForm((f) => ({ ...f, endClients }))}
              errors={errors}
              onClear={clear}
              disabled={readOnly}
            />
          )}
          <Group>
            {canWrite && (
              <Button type="submit" loading={save.isPending}>
                {editing ? t("common.save") : t("clients.create")}
              </Button>
            )}
            <Button variant="default" component={Link} to={editing ? `/clients/${id}` : "/clients"}>
              {t("common.cancel")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
