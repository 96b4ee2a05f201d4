/**
 * The offer exactly as frozen for signature, rendered in the document's own language: parties, summary,
 * deliverables with prices, totals and deposit, exclusions, assumptions, schedule and terms. Built for a phone first
 * (stacked blocks, no wide table).
 */
import { Box, Card, Divider, Group, List, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { DocumentParty, OfferDocument } from "../offers/offers-api.ts";
import { formatCalendarDate, formatMoney } from "../use-format.ts";
import { usePortalLocale } from "./portal-language.tsx";

export function documentLocale(language: "fr" | "en"): "fr-CA" | "en-CA" {
  return language === "en" ? "en-CA" : "fr-CA";
}

function Section({ id, title, children, order }: { id: string; title: string; children: ReactNode; order: 2 | 3 }) {
  return (
    <Box component="section" aria-labelledby={id}>
      <Title order={order} size="h3" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </Box>
  );
}

function Party({ label, party }: { label: string; party: DocumentParty }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700}>{party.name}</Text>
      {party.addressLines.map((line) => (
        <Text size="sm" key={line}>
          {line}
        </Text>
      ))}
      {party.email && <Text size="sm">{party.email}</Text>}
      {party.registrations.map((r) => (
        <Text size="xs" c="dimmed" key={r.label}>
          {r.label} : {r.value}
        </Text>
      ))}
    </Card>
  );
}

function Row({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="md">
      <Text component="dt" size="sm" fw={strong ? 700 : 400}>
        {label}
      </Text>
      <Text component="dd" m={0} fw={strong ? 700 : 600} ta="right" style={{ whiteSpace: "nowrap" }}>
        {value}
      </Text>
    </Group>
  );
}

/** `headingLevel` 1 on the portal (the document is the page); 2 inside a studio page that has its own title. */
export function PortalOfferDocument({ doc, headingLevel = 1 }: { doc: OfferDocument; headingLevel?: 1 | 2 }) {
  const locale = usePortalLocale(doc.language);
  const { t } = useTranslation(undefined, { lng: locale });
  const money = (minor: number) => formatMoney(minor, doc.currency, locale);
  const date = (d: string) => formatCalendarDate(d, locale);
  const qty = (q: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(q / 1000);
  const sub = headingLevel === 1 ? 2 : 3;
  const percent = (bps: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(bps / 100);

  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {t("portal.offer.kind", { number: doc.number, version: doc.version })}
        </Text>
        <Title order={headingLevel}>{doc.title}</Title>
        {doc.endClient && (
          <Text size="sm">
            {t("portal.offer.endClient", { name: doc.endClient.name })}
            {doc.endClient.reference ? ` (${doc.endClient.reference})` : ""}
          </Text>
        )}
      </Stack>

      <SimpleGrid cols={{ base: 1, sm: 2 }} aria-label={t("portal.offer.parties")} role="group">
        <Party label={t("portal.offer.issuer")} party={doc.issuer} />
        <Party label={t("portal.offer.client")} party={doc.client} />
      </SimpleGrid>

      {doc.summary.trim() && (
        <Section order={sub} id="portal-summary" title={t("portal.offer.summary")}>
          <Text style={{ whiteSpace: "pre-wrap" }}>{doc.summary}</Text>
        </Section>
      )}

      <Section order={sub} id="portal-deliverables" title={t("portal.offer.deliverables")}>
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
          {doc.deliverables.map((d, index) => (
            <Card component="li" withBorder padding="sm" key={d.id} data-testid="portal-deliverable">
              <Text fw={700}>
                {index + 1}. {d.title}
              </Text>
              {d.description && (
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }} mt={4}>
                  {d.description}
                </Text>
              )}
              <Group justify="space-between" mt="xs" gap="xs" wrap="wrap">
                <Text size="sm" c="dimmed">
                  {d.unitPrice !== undefined
                    ? t("portal.offer.unitLine", { quantity: qty(d.quantity), unit: d.unit, price: money(d.unitPrice) })
                    : t("portal.offer.fixedLine", { quantity: qty(d.quantity), unit: d.unit })}
                </Text>
                <Text fw={700}>{money(d.amount)}</Text>
              </Group>
            </Card>
          ))}
        </Stack>
      </Section>

      <Section order={sub} id="portal-totals" title={t("portal.offer.price")}>
        <Card withBorder padding="sm">
          <Stack component="dl" gap={6} m={0}>
            <Row label={t("portal.offer.subtotal")} value={money(doc.totals.subtotal)} />
            {doc.pricing.model === "capped" && doc.pricing.capAmount !== undefined && (
              <Row label={t("portal.offer.cap")} value={money(doc.pricing.capAmount)} />
            )}
            <Row
              strong
              label={doc.totals.isEstimate ? t("portal.offer.totalEstimate") : t("portal.offer.totalFixed")}
              value={money(doc.totals.total)}
            />
            {doc.totals.depositBps > 0 && (
              <Row
                label={t("portal.offer.deposit", { percent: percent(doc.totals.depositBps) })}
                value={money(doc.totals.depositAmount)}
              />
            )}
          </Stack>
          <Divider my="xs" />
          <Text size="sm">{t(`portal.offer.pricing.${doc.pricing.model}`)}</Text>
          <Text size="xs" c="dimmed" mt={4}>
            {t("portal.offer.taxes")}
          </Text>
        </Card>
      </Section>

      <Section order={sub} id="portal-exclusions" title={t("portal.offer.exclusions")}>
        {doc.exclusions.length === 0 ? (
          <Text c="dimmed">{t("portal.offer.none")}</Text>
        ) : (
          <List spacing={4} data-testid="portal-exclusions">
            {doc.exclusions.map((x) => (
              <List.Item key={x.id}>{x.text}</List.Item>
            ))}
          </List>
        )}
      </Section>

      <Section order={sub} id="portal-assumptions" title={t("portal.offer.assumptions")}>
        {doc.assumptions.length === 0 ? (
          <Text c="dimmed">{t("portal.offer.none")}</Text>
        ) : (
          <List spacing={4}>
            {doc.assumptions.map((x) => (
              <List.Item key={x.id}>{x.text}</List.Item>
            ))}
          </List>
        )}
      </Section>

      <Section order={sub} id="portal-schedule" title={t("portal.offer.schedule")}>
        <Stack component="dl" gap={6} m={0}>
          <Row label={t("portal.offer.startDate")} value={date(doc.schedule.startDate)} />
          <Row label={t("portal.offer.deliveryDate")} value={date(doc.schedule.deliveryDate)} />
        </Stack>
      </Section>

      <Section order={sub} id="portal-terms" title={t("portal.offer.terms")}>
        <Stack gap="xs">
          <Stack component="dl" gap={6} m={0}>
            <Row
              label={t("portal.offer.paymentDays")}
              value={t("portal.offer.days", { count: doc.terms.paymentDays })}
            />
            <Row
              label={t("portal.offer.lateInterest")}
              value={t("portal.offer.perYear", { percent: percent(doc.terms.lateInterestAnnualBps) })}
            />
            <Row label={t("portal.offer.noticeDays")} value={t("portal.offer.days", { count: doc.terms.noticeDays })} />
            <Row label={t("portal.offer.contractKind")} value={t(`portal.offer.contract.${doc.contractKind}`)} />
          </Stack>
          {doc.terms.terminationClause.trim() && (
            <div>
              <Text fw={600} size="sm">
                {t("portal.offer.termination")}
              </Text>
              <Text style={{ whiteSpace: "pre-wrap" }}>{doc.terms.terminationClause}</Text>
            </div>
          )}
          {doc.terms.cancellationConditions.trim() && (
            <div>
              <Text fw={600} size="sm">
                {t("portal.offer.cancellation")}
              </Text>
              <Text style={{ whiteSpace: "pre-wrap" }}>{doc.terms.cancellationConditions}</Text>
            </div>
          )}
        </Stack>
      </Section>
    </Stack>
  );
}
