import { Alert, Anchor, Badge, Button, Card, Group, List, Loader, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ClientKindBadge, ClientStatusBadge, SignalKindBadge } from "../components/status-badges.tsx";
import { HealthSummaryCard } from "../health/health-summary-card.tsx";
import { ClientMoneySection } from "../invoices/client-money-section.tsx";
import { InvoiceClientSection } from "../invoices/invoice-client-section.tsx";
import { RecurringClientSection } from "../invoices/recurring-client-section.tsx";
import { OfferClientSection } from "../offers/offer-client-section.tsx";
import { usePermissions, useSession } from "../session.tsx";
import { problemMessage } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { usePageTitle } from "../use-page-title.ts";
import { clientKeys, clientsApi } from "./clients-api.ts";
import { SignalForm } from "./signal-form.tsx";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

export function ClientDetailPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { canWrite } = usePermissions();
  const { workspace } = useSession();
  const format = useFormat();
  const client = useQuery({ queryKey: clientKeys.detail(id), queryFn: () => clientsApi.get(id ?? "") });
  usePageTitle(client.data?.name ?? t("clients.title"));

  if (client.isPending) return <Loader aria-label={t("common.loading")} />;
  if (client.isError) return <Alert color="red">{problemMessage(client.error, t)}</Alert>;
  const c = client.data;
  const address = [
    c.address.line1,
    c.address.line2,
    c.address.city,
    c.address.region,
    c.address.postalCode,
    c.address.country,
  ]
    .filter(Boolean)
    .join(", ");
  const signals = [...c.signals].sort((a, b) =>
    a.occurredOn === b.occurredOn ? b.createdAt.localeCompare(a.createdAt) : b.occurredOn.localeCompare(a.occurredOn),
  );

  return (
    <Stack gap="lg" maw={1000}>
      <Group justify="space-between" align="start">
        <Stack gap={4}>
          <Anchor component={Link} to="/clients" size="sm">
            ← {t("clients.backToList")}
          </Anchor>
          <Title order={1}>{c.name}</Title>
          <Group gap="xs">
            <ClientKindBadge kind={c.kind} />
            <ClientStatusBadge status={c.status} />
            {c.doNotReengage && <Badge color="red.9">{t("clients.fields.doNotReengage")}</Badge>}
          </Group>
        </Stack>
        {canWrite && c.status !== "ended" && (
          <Button component={Link} to={`/clients/${c.id}/edit`} variant="default">
            {t("common.edit")}
          </Button>
        )}
      </Group>

      <Card withBorder component="section" aria-labelledby="facts-title">
        <Title order={2} size="h4" id="facts-title" mb="sm">
          {t("clients.facts")}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl" m={0}>
          <Fact label={t("clients.fields.legalName")}>{c.legalName || "—"}</Fact>
          <Fact label={t("address.legend")}>{address || "—"}</Fact>
          <Fact label={t("clients.fields.language")}>{t(`languages.${c.language}`)}</Fact>
          <Fact label={t("clients.fields.isConsumer")}>{c.isConsumer ? t("common.yes") : t("common.no")}</Fact>
          <Fact label={t("clients.fields.tags")}>{c.tags.length > 0 ? c.tags.join(", ") : "—"}</Fact>
          <Fact label={t("clients.fields.createdAt")}>{format.instant(c.createdAt)}</Fact>
        </SimpleGrid>
      </Card>

      <HealthSummaryCard
        clientId={c.id}
        currency={workspace.currency}
        canWrite={canWrite}
        ended={c.status === "ended"}
      />

      <SimpleGrid cols={{ base: 1, md: c.kind === "agency" ? 2 : 1 }}>
        <Card withBorder component="section" aria-labelledby="contacts-title">
          <Title order={2} size="h4" id="contacts-title" mb="sm">
            {t("contacts.legend")}
          </Title>
          {c.contacts.length === 0 ? (
            <Text c="dimmed">{t("contacts.empty")}</Text>
          ) : (
            <List listStyleType="none" spacing="sm">
              {c.contacts.map((contact) => (
                <List.Item key={contact.id ?? contact.name}>
                  <Text fw={600}>
                    {contact.name}
                    {contact.role ? ` · ${contact.role}` : ""}
                  </Text>
                  <Text size="sm">
                    {contact.email && <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor>}
                    {contact.email && contact.phone ? " · " : ""}
                    {contact.phone && <Anchor href={`tel:${contact.phone}`}>{contact.phone}</Anchor>}
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
        </Card>
        {c.kind === "agency" && (
          <Card withBorder component="section" aria-labelledby="end-clients-title">
            <Title order={2} size="h4" id="end-clients-title" mb="sm">
              {t("endClients.legend")}
            </Title>
            {c.endClients.length === 0 ? (
              <Text c="dimmed">{t("endClients.empty")}</Text>
            ) : (
              <List>
                {c.endClients.map((e) => (
                  <List.Item key={e.id ?? e.name}>{e.name}</List.Item>
                ))}
              </List>
            )}
          </Card>
        )}
      </SimpleGrid>

      <ClientMoneySection clientId={c.id} currency={workspace.currency} />

      <OfferClientSection clientId={c.id} open={c.status !== "ended"} />

      <InvoiceClientSection clientId={c.id} open={c.status !== "ended"} />

      <RecurringClientSection clientId={c.id} currency={workspace.currency} open={c.status !== "ended"} />

      <Stack component="section" aria-labelledby="signals-title" gap="sm">
        <Title order={2} size="h3" id="signals-title">
          {t("signals.title")}
        </Title>
        {signals.length === 0 && <Text c="dimmed">{t("signals.empty")}</Text>}
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: "none" }} aria-label={t("signals.listLabel")}>
          {signals.map((signal) => (
            <Card key={signal.id} withBorder component="li" data-testid="signal">
              <Group gap="xs" mb={4}>
                <SignalKindBadge kind={signal.kind} />
                <Badge color="gray.7" variant="outline">
                  {t("signals.severityShort", { n: signal.severity })}
                </Badge>
                <Text size="sm" fw={600}>
                  <time dateTime={signal.occurredOn}>{format.date(signal.occurredOn)}</time>
                </Text>
                {signal.source && (
                  <Text size="sm" c="dimmed">
                    {t("signals.from", { source: signal.source })}
                  </Text>
                )}
              </Group>
              <Text style={{ whiteSpace: "pre-wrap" }}>{signal.text}</Text>
              {signal.author && (
                <Text size="xs" c="dimmed" mt={4}>
                  {t("signals.recordedBy", { name: signal.author.name, at: format.instant(signal.createdAt) })}
                </Text>
              )}
            </Card>
          ))}
        </Stack>
        {canWrite && c.status !== "ended" && <SignalForm clientId={c.id} />}
      </Stack>
    </Stack>
  );
}
