/**
 * One feedback round: every claim beside the signed baseline, triaged by a person; merge the selected claims, build a
 * change order from the selected "change order" claims, and answer the client.
 */
import { Alert, Anchor, Button, Card, Code, Group, Loader, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { RoundMailSource } from "../mail/mailbox-import-source.tsx";
import { notify } from "../notify.ts";
import { usePermissions, useSession } from "../session.tsx";
import { notifyError, problemMessage } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { usePageTitle } from "../use-page-title.ts";
import { ChangeOrderCreateForm } from "./change-order-create-form.tsx";
import { ClaimCard } from "./claim-card.tsx";
import { scopeKeys } from "./query-keys.ts";
import { RoundReply } from "./round-reply.tsx";
import { RoundSummary } from "./round-summary.tsx";
import { scopeApi } from "./scope-api.ts";

export function RoundPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { canWrite } = usePermissions();
  const { workspace } = useSession();
  const format = useFormat();
  const queryClient = useQueryClient();
  const round = useQuery({ queryKey: scopeKeys.round(id), queryFn: () => scopeApi.round(id) });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [creating, setCreating] = useState(false);
  usePageTitle(round.data ? t("scope.round.title", { date: format.date(round.data.round.receivedOn) }) : undefined);

  const merge = useMutation({
    mutationFn: (ids: string[]) => scopeApi.mergeClaims(id, ids),
    onSuccess: () => {
      setSelected(new Set());
      void queryClient.invalidateQueries({ queryKey: scopeKeys.round(id) });
      notify({ message: t("scope.round.merged") });
    },
    onError: (error) => notifyError(error, t),
  });

  if (round.isPending) return <Loader aria-label={t("common.loading")} />;
  if (round.isError) return <Alert color="red">{problemMessage(round.error, t)}</Alert>;
  const view = round.data;
  const claims = view.claims;
  const chosen = claims.filter((c) => selected.has(c.id));
  const forChangeOrder = chosen.filter(
    (c) =>
      c.triage?.outcome === "change_order" &&
      (!c.changeOrder || c.changeOrder.status === "withdrawn" || c.changeOrder.status === "rejected"),
  );
  const mergeable = chosen.length >= 2 && chosen.every((c) => !c.triage);
  const toggle = (claimId: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(claimId);
      else next.delete(claimId);
      return next;
    });

  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap={4}>
        <Anchor component={Link} to={`/mandates/${view.round.mandateId}/scope`} size="sm">
          ← {t("scope.round.back")}
        </Anchor>
        <Title order={1}>{t("scope.round.title", { date: format.date(view.round.receivedOn) })}</Title>
        <Text size="sm" c="dimmed">
          {t("scope.round.baseline", {
            number: view.offer.number,
            date: format.instant(view.offer.signedAt),
          })}{" "}
          <Code>{view.offer.sha256.slice(0, 12)}</Code>
        </Text>
      </Stack>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder component="section" aria-labelledby="summary-title">
          <Title order={2} size="h4" id="summary-title" mb="xs">
            {t("scope.summary.title")}
          </Title>
          <RoundSummary summary={view.summary} />
        </Card>
        <Card withBorder component="section" aria-labelledby="message-title">
          <Title order={2} size="h4" id="message-title" mb="xs">
            {t("scope.round.message")}
          </Title>
          <RoundMailSource roundId={view.round.id} />
          <Text size="sm" style={{ whiteSpace: "pre-wrap", maxHeight: 320, overflow: "auto" }} tabIndex={0}>
            {view.round.text}
          </Text>
        </Card>
      </SimpleGrid>

      {canWrite && (
        <Card
          withBorder
          component="section"
          aria-label={t("scope.round.selection")}
          pos="sticky"
          top={64}
          style={{ zIndex: 2 }}
        >
          <Group justify="space-between">
            <Text size="sm" aria-live="polite">
              {t("scope.round.selected", { count: chosen.length })}
            </Text>
            <Group gap="xs">
              <Button
                variant="default"
                disabled={!mergeable}
                loading={merge.isPending}
                onClick={() => merge.mutate(chosen.map((c) => c.id))}
              >
                {t("scope.round.merge")}
              </Button>
              <Button
                disabled={forChangeOrder.length === 0 || forChangeOrder.length !== chosen.length}
                onClick={() => setCreating(true)}
              >
                {t("scope.round.createChangeOrder", { count: forChangeOrder.length })}
              </Button>
            </Group>
          </Group>
          {chosen.length > 0 && forChangeOrder.length !== chosen.length && (
            <Text size="xs" c="dimmed" mt={4}>
              {t("scope.round.changeOrderHelp")}
            </Text>
          )}
        </Card>
      )}

      {creating && forChangeOrder.length > 0 && (
        <ChangeOrderCreateForm
          mandateId={view.round.mandateId}
          roundId={view.round.id}
          claims={forChangeOrder}
          currency={workspace.currency}
          onCancel={() => setCreating(false)}
        />
      )}

      <Stack component="section" aria-labelledby="claims-title" gap="sm">
        <Title order={2} size="h3" id="claims-title">
          {t("scope.round.claims", { count: claims.length })}
        </Title>
        {claims.length === 0 && <Text c="dimmed">{t("scope.round.noClaims")}</Text>}
        <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: "none" }}>
          {claims.map((claim) => (
            <ClaimCard
              key={claim.id}
              claim={claim}
              others={claims.filter((c) => c.id !== claim.id).map((c) => ({ id: c.id, position: c.position }))}
              baseline={view.baseline}
              selected={selected.has(claim.id)}
              onSelect={(on) => toggle(claim.id, on)}
              canWrite={canWrite}
            />
          ))}
        </Stack>
      </Stack>

      <section aria-label={t("scope.reply.title")}>
        <RoundReply view={view} canWrite={canWrite} />
      </section>
    </Stack>
  );
}
