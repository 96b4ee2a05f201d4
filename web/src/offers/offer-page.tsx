/**
 * One offer: its number, version and status; the signature (read-only once signed); the actions (send, PDF, verify,
 * revoke, cancel); the editor; and the team estimate.
 */
import { Alert, Anchor, Card, Code, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import type { ClientWithSignals } from "../api-types.ts";
import { clientKeys, clientsApi } from "../clients/clients-api.ts";
import { notify } from "../notify.ts";
import { PortalOfferDocument } from "../portal/portal-offer-document.tsx";
import { usePermissions, useSession } from "../session.tsx";
import { problemMessage } from "../use-field-errors.ts";
import { minorUnitsPerMajor, useFormat } from "../use-format.ts";
import { usePageTitle } from "../use-page-title.ts";
import { EstimatePanel } from "./estimate-panel.tsx";
import { OfferActions } from "./offer-actions.tsx";
import { OfferEditor } from "./offer-editor.tsx";
import { type OfferForm, offerToForm } from "./offer-form.ts";
import { OfferStatusBadge } from "./offer-status-badge.tsx";
import { documentFromOffer, isEditable, type OfferDetail, offersApi } from "./offers-api.ts";
import { offerKeys } from "./query-keys.ts";

export function OfferPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const detail = useQuery({ queryKey: offerKeys.detail(id), queryFn: () => offersApi.get(id) });
  const clientId = detail.data?.offer.content.clientId;
  const client = useQuery({
    queryKey: clientKeys.detail(clientId),
    queryFn: () => clientsApi.get(clientId ?? ""),
    enabled: Boolean(clientId),
  });
  const o = detail.data?.offer;
  usePageTitle(o ? `${o.number || t("offers.draftNumber")} · ${o.content.title}` : t("offers.title"));

  if (detail.isPending) return <Loader aria-label={t("common.loading")} />;
  if (detail.isError) return <Alert color="red">{problemMessage(detail.error, t)}</Alert>;
  return <OfferView key={detail.data.offer.id} detail={detail.data} client={client.data} />;
}

function OfferView({ detail, client }: { detail: OfferDetail; client: ClientWithSignals | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { canWrite } = usePermissions();
  const { member, workspace } = useSession();
  const { offer } = detail;
  const c = offer.content;
  const perMajor = minorUnitsPerMajor(c.currency);
  const [form, setForm] = useState<OfferForm>(() => offerToForm(c, perMajor));
  // A changed server copy (after a save) replaces the form; a refetch of the same content keeps unsaved edits.
  const contentKey = JSON.stringify(c);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the serialised content stands for `c`.
  useEffect(() => setForm(offerToForm(c, perMajor)), [contentKey, perMajor]);
  const readOnly = !canWrite || !isEditable(offer.status);
  const sig = offer.signature;

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Group gap="xs">
          <Anchor component={Link} to="/offers" size="sm">
            ← {t("offers.backToList")}
          </Anchor>
          {client && (
            <Anchor component={Link} to={`/clients/${client.id}`} size="sm">
              {client.name}
            </Anchor>
          )}
        </Group>
        <Title order={1}>{c.title}</Title>
        <Group gap="xs">
          <Text fw={600}>{offer.number || t("offers.draftNumber")}</Text>
          <Text data-testid="offer-version">{t("offers.version", { version: offer.version })}</Text>
          <OfferStatusBadge status={offer.status} />
        </Group>
      </Stack>

      {sig && (
        <Alert color="teal" variant="light" title={t("offers.signedTitle")} data-testid="signature">
          <Text>
            {t("offers.signedBy", { name: sig.signerName, at: format.instant(sig.signedAt) })}{" "}
            <Code style={{ wordBreak: "break-all" }}>{sig.sha256}</Code>
          </Text>
          <Text size="sm" c="dimmed" mt={4}>
            {t("offers.signedEvidence", { ip: sig.ip, userAgent: sig.userAgent })}
          </Text>
        </Alert>
      )}
      {offer.status === "declined" && (
        <Alert color="red" variant="light" title={t("offers.status.declined")}>
          {t("offers.declinedOn", {
            at: offer.declinedAt ? format.instant(offer.declinedAt) : "—",
            reason: offer.declineReason || t("offers.noReason"),
          })}
        </Alert>
      )}
      {offer.status === "cancelled" && (
        <Alert color="gray" variant="light" title={t("offers.status.cancelled")}>
          {t("offers.cancelledOn", {
            at: offer.cancelledAt ? format.instant(offer.cancelledAt) : "—",
            reason: offer.cancelReason ?? "",
          })}
        </Alert>
      )}
      {offer.status === "superseded" && offer.supersededById && (
        <Alert color="grape" variant="light">
          {t("offers.supersededHint")}{" "}
          <Anchor component={Link} to={`/offers/${offer.supersededById}`}>
            {t("offers.openNewVersion")}
          </Anchor>
        </Alert>
      )}
      {offer.status === "sent" && offer.sentAt && (
        <Text size="sm" c="dimmed">
          {t("offers.sentOn", { at: format.instant(offer.sentAt) })}
        </Text>
      )}

      <OfferActions detail={detail} canWrite={canWrite} />

      {readOnly ? (
        <Card withBorder component="section" aria-label={t("offers.document")} data-testid="offer-document">
          <PortalOfferDocument
            doc={
              // The document as the client received and signed it; one rebuilt from the records only if never sent.
              detail.document ??
              documentFromOffer(offer, {
                issuer: { name: workspace.name, addressLines: [], registrations: [] },
                client: {
                  name: client?.name ?? "",
                  addressLines: client
                    ? [
                        client.address.line1,
                        client.address.line2,
                        [client.address.city, client.address.region, client.address.postalCode]
                          .filter(Boolean)
                          .join(" "),
                        client.address.country,
                      ].filter(Boolean)
                    : [],
                  registrations: [],
                },
              })
            }
            headingLevel={2}
          />
        </Card>
      ) : (
        <OfferEditor
          form={form}
          onChange={setForm}
          client={client}
          currency={c.currency}
          perMajor={perMajor}
          readOnly={readOnly}
          saveLabel={offer.status === "sent" ? t("offers.editor.saveNewVersion") : t("common.save")}
          saveWarning={
            offer.status === "sent" ? t("offers.editor.newVersionWarning", { version: offer.version + 1 }) : undefined
          }
          onSave={async (input) => {
            const saved = await offersApi.update(offer.id, input);
            void queryClient.invalidateQueries({ queryKey: offerKeys.all });
            if (saved.id !== offer.id) {
              notify({ message: t("offers.editor.newVersionCreated", { version: saved.version }) });
              void queryClient.invalidateQueries({ queryKey: offerKeys.detail(offer.id) });
              navigate(`/offers/${saved.id}`);
            } else {
              notify({ message: t("offers.editor.saved") });
              await queryClient.invalidateQueries({ queryKey: offerKeys.detail(offer.id) });
            }
          }}
        />
      )}

      {offer.content.deliverables.length > 0 && (
        <EstimatePanel detail={detail} memberId={member.id} canWrite={canWrite} />
      )}
    </Stack>
  );
}
