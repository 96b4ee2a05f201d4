/**
 * The last step of the portal: sign (typed full name + the document's own consent text as the checkbox label) or
 * decline with a reason. Texts and error messages are in the document's language.
 */
import { Alert, Button, Card, Checkbox, Group, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.ts";
import { offersApi } from "../offers/offers-api.ts";
import { fieldMessage, problemMessage } from "../use-field-errors.ts";
import { workspaceApi } from "../workspace/workspace-api.ts";

/**
 * Runs a portal write; when the visitor also has a studio session in this browser, the API asks for that session's
 * CSRF token, so load it once (GET /me) and try again.
 */
async function withCsrfRetry<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== "csrf") throw error;
    await workspaceApi.me();
    return write();
  }
}

interface Props {
  token: string;
  language: "fr" | "en";
  consentText: string;
  onDone: () => void;
}

export function PortalSignatureForm({ token, language, consentText, onDone }: Props) {
  const locale = language === "en" ? "en-CA" : "fr-CA";
  const { t } = useTranslation(undefined, { lng: locale });
  const [signerName, setSignerName] = useState("");
  const [consent, setConsent] = useState(false);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();

  const showError = (error: unknown) => {
    const next: Record<string, string> = {};
    if (error instanceof ApiError) {
      for (const f of error.fields) {
        const key = f.path === "signerName" ? "signerName" : f.path === "consent" ? "consent" : "form";
        const message =
          f.issue === "name_too_short"
            ? t("portal.sign.nameTooShort")
            : f.issue === "consent_required"
              ? t("portal.sign.consentRequired")
              : fieldMessage(f, t, locale);
        next[key] ??= message;
      }
    }
    setErrors(next);
    setFailure(Object.keys(next).length === 0 || next.form ? problemMessage(error, t) : undefined);
  };

  const sign = useMutation({
    mutationFn: () => withCsrfRetry(() => offersApi.sign(token, { signerName, consent, consentText })),
    onSuccess: onDone,
    onError: showError,
  });
  const decline = useMutation({
    mutationFn: () => withCsrfRetry(() => offersApi.reject(token, reason)),
    onSuccess: onDone,
    onError: showError,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (signerName.trim().length < 2) next.signerName = t("portal.sign.nameTooShort");
    if (!consent) next.consent = t("portal.sign.consentRequired");
    setErrors(next);
    if (Object.keys(next).length === 0) sign.mutate();
  };
  const submitDecline = (event: FormEvent) => {
    event.preventDefault();
    decline.mutate();
  };

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="portal-sign-title" data-testid="portal-sign">
      <Stack gap="md">
        <Title order={2} size="h3" id="portal-sign-title">
          {t("portal.sign.title")}
        </Title>
        <Text size="sm">{t("portal.sign.intro")}</Text>
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <form onSubmit={submit} noValidate aria-label={t("portal.sign.title")}>
          <Stack gap="sm">
            <TextInput
              label={t("portal.sign.name")}
              description={t("portal.sign.nameHint")}
              required
              autoComplete="name"
              value={signerName}
              onChange={(e) => {
                setSignerName(e.currentTarget.value);
                setErrors(({ signerName: _, ...rest }) => rest);
              }}
              error={errors.signerName}
            />
            <Checkbox
              label={consentText}
              checked={consent}
              onChange={(e) => {
                setConsent(e.currentTarget.checked);
                setErrors(({ consent: _, ...rest }) => rest);
              }}
              error={errors.consent}
            />
            <Group>
              <Button type="submit" size="md" loading={sign.isPending}>
                {t("portal.sign.submit")}
              </Button>
            </Group>
          </Stack>
        </form>
        {!declining ? (
          <Group>
            <Button variant="subtle" color="red" onClick={() => setDeclining(true)}>
              {t("portal.decline.open")}
            </Button>
          </Group>
        ) : (
          <form onSubmit={submitDecline} noValidate aria-label={t("portal.decline.title")}>
            <Stack gap="sm">
              <Textarea
                label={t("portal.decline.reason")}
                autosize
                minRows={2}
                data-autofocus
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
              />
              <Group>
                <Button type="submit" color="red.9" variant="outline" loading={decline.isPending}>
                  {t("portal.decline.submit")}
                </Button>
                <Button variant="default" onClick={() => setDeclining(false)}>
                  {t("portal.decline.back")}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
