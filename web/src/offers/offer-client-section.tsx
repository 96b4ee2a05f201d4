/** On a client's page: its offers and mandates, and a button to write a new offer. */
import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePermissions } from "../session.tsx";
import { problemMessage } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { MandateStatusBadge, OfferStatusBadge } from "./offer-status-badge.tsx";
import { offersApi } from "./offers-api.ts";
import { offerKeys } from "./query-keys.ts";

export function OfferClientSection({ clientId, open = true }: { clientId: string; open?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { canWrite } = usePermissions();
  const offers = useQuery({
    queryKey: offerKeys.list({ clientId, pageSize: 50 }),
    queryFn: () => offersApi.list({ clientId, pageSize: 50 }),
  });
  const mandates = useQuery({
    queryKey: offerKeys.mandates({ clientId, pageSize: 50 }),
    queryFn: () => offersApi.mandates({ clientId, pageSize: 50 }),
  });

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Card withBorder component="section" aria-labelledby="client-offers-title">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4" id="client-offers-title">
            {t("offers.title")}
          </Title>
          {canWrite && open && (
            <Button size="compact-sm" component={Link} to={`/offers/new?clientId=${clientId}`}>
              {t("offers.new")}
            </Button>
          )}
        </Group>
        {offers.isError && <Text c="red.9">{problemMessage(offers.error, t)}</Text>}
        {offers.data?.items.length === 0 && <Text c="dimmed">{t("offers.emptyForClient")}</Text>}
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: "none" }}>
          {offers.data?.items.map((o) => (
            <Group component="li" key={o.id} justify="space-between" wrap="nowrap" gap="xs">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Anchor component={Link} to={`/offers/${o.id}`} fw={600} truncate>
                  {o.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {o.number || t("offers.draftNumber")} · {t("offers.version", { version: o.version })} ·{" "}
                  {format.money(o.total, o.currency)}
                </Text>
              </Stack>
              <OfferStatusBadge status={o.status} />
            </Group>
          ))}
        </Stack>
      </Card>
      <Card withBorder component="section" aria-labelledby="client-mandates-title">
        <Title order={2} size="h4" id="client-mandates-title" mb="sm">
          {t("mandates.title")}
        </Title>
        {mandates.isError && <Text c="red.9">{problemMessage(mandates.error, t)}</Text>}
        {mandates.data?.items.length === 0 && <Text c="dimmed">{t("mandates.emptyForClient")}</Text>}
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: "none" }}>
          {mandates.data?.items.map((m) => (
            <Group component="li" key={m.id} justify="space-between" wrap="nowrap" gap="xs">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Anchor component={Link} to={`/mandates/${m.id}`} fw={600} truncate>
                  {m.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {format.instant(m.createdAt)}
                </Text>
              </Stack>
              <MandateStatusBadge status={m.status} />
            </Group>
          ))}
        </Stack>
      </Card>
    </SimpleGrid>
  );
}
