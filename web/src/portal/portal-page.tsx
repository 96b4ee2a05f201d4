/**
 * The client portal (`/portal/:token`): public, no session, no app navigation. It shows the one document the link
 * leads to, in that document's language, and dispatches on its kind (offer, change order). A link that is unknown,
 * expired, revoked or cancelled says only that it is not valid; too many attempts say so.
 */

import { Alert, Box, Button, Center, Code, Container, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { type ReactNode, type Ref, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { ApiError } from "../api/client.ts";
import { allLanguagesLoaded, applyLocale, loadAllLanguages } from "../i18n/i18n.ts";
import { invoiceSendingApi } from "../invoices/invoices-api.ts";
import { offersApi, type PortalView } from "../offers/offers-api.ts";
import { offerKeys } from "../offers/query-keys.ts";
import { formatInstant } from "../use-format.ts";
import { usePageTitle } from "../use-page-title.ts";
import { PortalChangeOrderView } from "./portal-change-order-view.tsx";
import { PortalInvoiceView } from "./portal-invoice-view.tsx";
import { PortalLanguageProvider, PortalLanguageSwitch, usePortalLocale } from "./portal-language.tsx";
import { PortalOfferDocument } from "./portal-offer-document.tsx";
import { PortalSignatureForm } from "./portal-signature-form.tsx";

/** The portal's frame: the issuer's name, then the document; `lang` set on the page for screen readers. */
function PortalFrame({ issuer, language, children }: { issuer?: string; language?: "fr" | "en"; children: ReactNode }) {
  // While the portal is open, the page's language is the one it is read in: the visitor's choice, else the document's.
  // The portal is a page of its own: its language becomes the UI's for this visit (not remembered as the member's),
  // which also loads that language's strings and sets <html lang>.
  const locale = usePortalLocale(language ?? "fr");
  useEffect(() => {
    if (language) void applyLocale(locale, false);
  }, [language, locale]);
  return (
    <>
      <Box component="header" px="md" py="sm" style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} size="lg">
            {issuer ?? "Mandat"}
          </Text>
          {language && <PortalLanguageSwitch documentLanguage={language} />}
        </Group>
      </Box>
      <Container component="main" id="main" tabIndex={-1} size={820} px="md" py="lg">
        {children}
      </Container>
    </>
  );
}

/** A message shown in both languages when the document (and so its language) is unknown. */
function Bilingual({ keyName, values }: { keyName: string; values?: Record<string, unknown> }) {
  const fr = useTranslation(undefined, { lng: "fr-CA" }).t;
  const en = useTranslation(undefined, { lng: "en-CA" }).t;
  return (
    <Stack gap="md" data-testid="portal-message">
      <div lang="fr-CA">
        <Title order={1} size="h2">
          {fr(`portal.message.${keyName}.title`, values)}
        </Title>
        <Text mt="xs">{fr(`portal.message.${keyName}.body`, values)}</Text>
      </div>
      <div lang="en-CA">
        <Title order={2} size="h3">
          {en(`portal.message.${keyName}.title`, values)}
        </Title>
        <Text mt="xs">{en(`portal.message.${keyName}.body`, values)}</Text>
      </div>
    </Stack>
  );
}

export function PortalPage() {
  // Both languages' strings first: a message says it in both, and a document speaks its own, whatever the UI's is.
  const [ready, setReady] = useState(allLanguagesLoaded);
  useEffect(() => {
    if (!ready) void loadAllLanguages().then(() => setReady(true));
  }, [ready]);
  if (!ready) {
    return (
      <Center py="xl">
        <Loader aria-label="Chargement… / Loading…" />
      </Center>
    );
  }
  return (
    <PortalLanguageProvider>
      <PortalDocument />
    </PortalLanguageProvider>
  );
}

function PortalDocument() {
  const { token = "" } = useParams();
  const { t } = useTranslation();
  const view = useQuery({
    queryKey: offerKeys.portal(token),
    queryFn: () => offersApi.portal(token),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
  const data = view.data;
  usePageTitle(data && "document" in data ? data.document.title : undefined);

  if (view.isPending) {
    return (
      <PortalFrame>
        <Center py="xl">
          <Loader aria-label={t("common.loading")} />
        </Center>
      </PortalFrame>
    );
  }
  if (view.isError) {
    const status = view.error instanceof ApiError ? view.error.status : 0;
    return (
      <PortalFrame>
        <Bilingual keyName={status === 429 ? "tooMany" : status === 404 ? "invalid" : "unavailable"} />
      </PortalFrame>
    );
  }
  if (data?.kind === "change_order") {
    return (
      <PortalFrame issuer={data.document.issuer.name} language={data.document.language}>
        <PortalChangeOrderView token={token} view={data} onAnswered={() => void view.refetch()} />
      </PortalFrame>
    );
  }
  if (data?.kind === "invoice") {
    const invoice = data;
    return (
      <PortalFrame issuer={invoice.issuer.name} language={invoice.language}>
        <PortalInvoiceView token={token} view={invoice} />
      </PortalFrame>
    );
  }
  if (!data || data.state === "replaced") {
    return (
      <PortalFrame>
        <Bilingual keyName="replaced" values={{ version: data?.state === "replaced" ? data.replacedByVersion : "" }} />
      </PortalFrame>
    );
  }
  return <PortalOffer token={token} view={data} onDone={() => void view.refetch()} />;
}

type OfferView = Extract<PortalView, { kind: "offer"; document: unknown }>;

function PortalOffer({ token, view, onDone }: { token: string; view: OfferView; onDone: () => void }) {
  const doc = view.document;
  const locale = usePortalLocale(doc.language);
  const { t } = useTranslation(undefined, { lng: locale });
  // After signing or declining, the form is gone: move the focus to the outcome so it is read out.
  const outcome = useRef<HTMLDivElement>(null);
  const wasSent = useRef(view.state === "sent");
  useEffect(() => {
    if (wasSent.current && view.state !== "sent") outcome.current?.focus();
    wasSent.current = view.state === "sent";
  }, [view.state]);
  return (
    <PortalFrame issuer={doc.issuer.name} language={doc.language}>
      <Stack gap="xl" lang={locale}>
        {view.state !== "sent" && <StateBanner view={view} />}
        <PortalOfferDocument doc={doc} />
        <Text size="xs" c="dimmed" style={{ wordBreak: "break-all" }}>
          {t("portal.offer.fingerprint")} <Code>{view.sha256}</Code>
        </Text>
        <Group>
          <Button
            component="a"
            variant="default"
            href={invoiceSendingApi.portalPdfUrl(token)}
            target="_blank"
            rel="noopener"
            data-testid="portal-offer-pdf"
          >
            {t(view.state === "signed" ? "portal.offer.signedPdf" : "portal.offer.pdf")}
          </Button>
        </Group>
        {view.state === "sent" ? (
          <PortalSignatureForm
            token={token}
            language={locale === "en-CA" ? "en" : "fr"}
            consentText={doc.consentText}
            onDone={onDone}
          />
        ) : (
          <StateBanner view={view} last ref={outcome} />
        )}
      </Stack>
    </PortalFrame>
  );
}

function StateBanner({ view, last = false, ref }: { view: OfferView; last?: boolean; ref?: Ref<HTMLDivElement> }) {
  const locale = usePortalLocale(view.document.language);
  const { t } = useTranslation(undefined, { lng: locale });
  const color = view.state === "signed" ? "teal" : view.state === "declined" ? "red" : "gray";
  let text = "";
  if (view.state === "signed" && view.signature) {
    text = t("portal.state.signed", {
      name: view.signature.signerName,
      at: formatInstant(view.signature.signedAt, locale),
      sha256: view.sha256,
    });
  } else if (view.state === "declined") {
    text = t("portal.state.declined", { at: view.declinedAt ? formatInstant(view.declinedAt, locale) : "" });
  } else if (view.state === "cancelled") {
    text = t("portal.state.cancelled");
  }
  return (
    <Alert
      ref={ref}
      tabIndex={last ? -1 : undefined}
      color={color}
      variant="light"
      role={last ? "status" : undefined}
      title={t(`portal.stateTitle.${view.state}`)}
      data-testid={last ? "portal-state" : undefined}
      style={{ wordBreak: "break-word" }}
    >
      {text}
    </Alert>
  );
}
