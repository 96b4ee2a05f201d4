/**
 * Why and how the relationship ends: the reason (a category from the recognised list; the ones courts held
 * insufficient are flagged) and the records that show it, the tone of the letter, whether it states the reasons (each
 * language as written: the English letter never borrows the French), and an optional referral.
 */
import {
  Alert,
  Button,
  Card,
  Group,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type EvidenceKind,
  type Exit,
  type ExitOptionsChange,
  INSUFFICIENT_REASONS,
  type ReasonCategory,
  SERIOUS_REASONS,
} from "./exit-api.ts";
import { ExitEvidencePicker } from "./exit-evidence-picker.tsx";

export function ExitOptionsForm({
  exit,
  readOnly,
  busy,
  onSave,
}: {
  exit: Exit;
  readOnly: boolean;
  busy: boolean;
  onSave: (options: ExitOptionsChange) => void;
}) {
  const { t } = useTranslation();
  const o = exit.options;
  const [category, setCategory] = useState<ReasonCategory | "">(o.reason?.category ?? "");
  const [description, setDescription] = useState(o.reason?.description ?? "");
  const [evidence, setEvidence] = useState((o.reason?.evidence ?? []).map((e) => `${e.kind}:${e.id}`));
  const [tone, setTone] = useState(o.tone);
  const [includeReasons, setIncludeReasons] = useState(o.includeReasons);
  const [reasonsFr, setReasonsFr] = useState(o.reasons?.fr ?? "");
  const [reasonsEn, setReasonsEn] = useState(o.reasons?.en ?? "");
  const [referral, setReferral] = useState(o.referral?.name ?? "");
  const [referralContact, setReferralContact] = useState(o.referral?.contact ?? "");
  const insufficient = (INSUFFICIENT_REASONS as readonly string[]).includes(category);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const options: ExitOptionsChange = { tone, includeReasons };
    if (category) {
      options.reason = {
        category,
        ...(description.trim() ? { description: description.trim() } : {}),
        evidence: evidence.map((e) => {
          const [kind, id] = e.split(":") as [EvidenceKind, string];
          return { kind, id };
        }),
      };
    }
    if (reasonsFr.trim() || reasonsEn.trim()) {
      // Each language as written: a missing one is asked for by the letter, never filled from the other.
      options.reasons = { fr: reasonsFr.trim(), en: reasonsEn.trim() };
    }
    if (referral.trim()) {
      options.referral = {
        name: referral.trim(),
        ...(referralContact.trim() ? { contact: referralContact.trim() } : {}),
      };
    }
    onSave(options);
  };

  return (
    <Card withBorder component="section" aria-labelledby="reason-title">
      <Title order={2} size="h4" id="reason-title" mb="sm">
        {t("exit.reason.title")}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <NativeSelect
            label={t("exit.reason.category")}
            description={t("exit.reason.categoryHint")}
            disabled={readOnly}
            value={category}
            onChange={(e) => setCategory(e.currentTarget.value as ReasonCategory)}
            data={[
              { value: "", label: t("exit.reason.choose") },
              {
                group: t("exit.reason.serious"),
                items: SERIOUS_REASONS.map((r) => ({ value: r, label: t(`exit.reason.categories.${r}`) })),
              },
              {
                group: t("exit.reason.insufficient"),
                items: INSUFFICIENT_REASONS.map((r) => ({
                  value: r,
                  label: `${t(`exit.reason.categories.${r}`)} — ${t("exit.reason.insufficientFlag")}`,
                })),
              },
            ]}
          />
          {insufficient && (
            <Alert color="red" variant="light" title={t("exit.reason.insufficientTitle")}>
              {t("exit.reason.insufficientHint")}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Textarea
              label={t("exit.reason.description")}
              autosize
              minRows={2}
              disabled={readOnly}
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
            />
            <ExitEvidencePicker clientId={exit.clientId} value={evidence} disabled={readOnly} onChange={setEvidence} />
          </SimpleGrid>
          <Radio.Group label={t("exit.tone.label")} value={tone} onChange={(v) => setTone(v as "cordial" | "firm")}>
            <Group mt={6}>
              <Radio value="cordial" label={t("exit.tone.cordial")} disabled={readOnly} />
              <Radio value="firm" label={t("exit.tone.firm")} disabled={readOnly} />
            </Group>
          </Radio.Group>
          <Switch
            label={t("exit.reasons.include")}
            checked={includeReasons}
            disabled={readOnly}
            onChange={(e) => setIncludeReasons(e.currentTarget.checked)}
          />
          {includeReasons && (
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Textarea
                label={t("exit.reasons.fr")}
                autosize
                minRows={2}
                disabled={readOnly}
                value={reasonsFr}
                onChange={(e) => setReasonsFr(e.currentTarget.value)}
              />
              <Textarea
                label={t("exit.reasons.en")}
                autosize
                minRows={2}
                disabled={readOnly}
                value={reasonsEn}
                onChange={(e) => setReasonsEn(e.currentTarget.value)}
              />
            </SimpleGrid>
          )}
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextInput
              label={t("exit.referral.name")}
              description={t("exit.referral.hint")}
              disabled={readOnly}
              value={referral}
              onChange={(e) => setReferral(e.currentTarget.value)}
            />
            <TextInput
              label={t("exit.referral.contact")}
              disabled={readOnly}
              value={referralContact}
              onChange={(e) => setReferralContact(e.currentTarget.value)}
            />
          </SimpleGrid>
          {!readOnly && (
            <Group>
              <Button type="submit" loading={busy}>
                {t("exit.reason.save")}
              </Button>
              <Text size="xs" c="dimmed">
                {t("exit.reason.saveHint")}
              </Text>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}
