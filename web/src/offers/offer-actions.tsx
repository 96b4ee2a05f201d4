/**
 * What can be done with an offer besides editing it: send it (number, portal link, e-mail sent or kept in the
 * outbox), open its PDF, verify its fingerprint, revoke its portal links, cancel it with a reason.
 */
import { Alert, Anchor, Badge, Button, Code, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { SendReminder } from "../components/send-reminder.tsx";
import { notify } from "../notify.ts";
import { notifyError, useFieldErrors } from "../use-field-errors.ts";
import { CopyField } from "./offer-copy-field.tsx";
import { type OfferDetail, offersApi, type SendResult } from "./offers-api.ts";
import { offerKeys } from "./query-keys.ts";

export function OfferActions({ detail, canWrite }: { detail: OfferDetail; canWrite: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { offer } = detail;
  const [sent, setSent] = useState<SendResult | null>(null);
  const [cancelOpen, setCancelOpen] = useState(false);
  const [revokeOpen, setRevokeOpen] = useState(false);
  const [confirmSend, setConfirmSend] = useState(false);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: offerKeys.detail(offer.id) });
    void queryClient.invalidateQueries({ queryKey: offerKeys.all });
    void queryClient.invalidateQueries({ queryKey: offerKeys.outboxAll });
  };

  const send = useMutation({
    mutationFn: () => offersApi.send(offer.id),
    onSuccess: (result) => {
      setConfirmSend(false);
      setSent(result);
      refresh();
    },
    onError: (error) => notifyError(error, t),
  });
  const verify = useMutation({ mutationFn: () => offersApi.verify(offer.id), onError: (e) => notifyError(e, t) });
  const revoke = useMutation({
    mutationFn: () => offersApi.revokeLinks(offer.id),
    onSuccess: (r) => {
      setRevokeOpen(false);
      notify({ message: t("offers.actions.revoked", { count: r.revoked }) });
    },
    onError: (error) => notifyError(error, t),
  });

  const hasDocument = offer.status !== "draft" && Boolean(detail.sha256 ?? offer.sha256);
  const cancellable = canWrite && (offer.status === "draft" || offer.status === "sent" || offer.status === "signed");

  return (
    <Stack gap="xs">
      {canWrite && offer.status === "draft" && <SendReminder clientId={offer.content.clientId} />}
      <Group gap="xs">
        {canWrite && offer.status === "draft" && (
          <Button onClick={() => setConfirmSend(true)}>
            {offer.version > 1 ? t("offers.actions.sendVersion", { version: offer.version }) : t("offers.actions.send")}
          </Button>
        )}
        <Button component="a" href={offersApi.pdfUrl(offer.id)} target="_blank" rel="noopener" variant="default">
          {t("offers.actions.pdf")}
        </Button>
        {hasDocument && (
          <Button variant="default" onClick={() => verify.mutate()} loading={verify.isPending}>
            {t("offers.actions.verify")}
          </Button>
        )}
        {canWrite && offer.status === "sent" && (
          <Button variant="default" onClick={() => setRevokeOpen(true)}>
            {t("offers.actions.revoke")}
          </Button>
        )}
        {cancellable && (
          <Button variant="outline" color="red.9" onClick={() => setCancelOpen(true)}>
            {t("offers.actions.cancel")}
          </Button>
        )}
        {detail.mandateId && (
          <Button component={Link} to={`/mandates/${detail.mandateId}`} variant="light">
            {t("offers.actions.mandate")}
          </Button>
        )}
      </Group>
      {verify.data && (
        <Alert
          color={verify.data.valid ? "teal" : "red"}
          variant="light"
          role="status"
          data-testid="verify-result"
          title={verify.data.valid ? t("offers.verify.valid") : t("offers.verify.altered")}
        >
          <Text size="sm">
            {verify.data.valid ? t("offers.verify.validHint") : t("offers.verify.alteredHint")}{" "}
            <Code style={{ wordBreak: "break-all" }}>{verify.data.sha256 ?? "—"}</Code>
          </Text>
        </Alert>
      )}

      {/* Sending numbers and freezes the document: said once more before it happens. */}
      <Modal opened={confirmSend} onClose={() => setConfirmSend(false)} title={t("offers.send.confirmTitle")}>
        <Stack>
          <Text>{t("offers.send.confirmBody")}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmSend(false)}>
              {t("common.cancel")}
            </Button>
            <Button onClick={() => send.mutate()} loading={send.isPending} data-autofocus>
              {t("offers.send.confirm")}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={sent !== null} onClose={() => setSent(null)} title={t("offers.send.title")} size="lg">
        {sent && <SendResultView result={sent} />}
      </Modal>
      <Modal opened={revokeOpen} onClose={() => setRevokeOpen(false)} title={t("offers.actions.revoke")}>
        <Stack>
          <Text>{t("offers.actions.revokeConfirm")}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRevokeOpen(false)}>
              {t("common.cancel")}
            </Button>
            <Button color="red.9" onClick={() => revoke.mutate()} loading={revoke.isPending}>
              {t("offers.actions.revoke")}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={cancelOpen} onClose={() => setCancelOpen(false)} title={t("offers.cancel.title")}>
        <CancelForm
          offerId={offer.id}
          signed={offer.status === "signed"}
          onDone={() => {
            setCancelOpen(false);
            refresh();
            if (detail.mandateId) void queryClient.invalidateQueries({ queryKey: offerKeys.mandate(detail.mandateId) });
          }}
          onClose={() => setCancelOpen(false)}
        />
      </Modal>
    </Stack>
  );
}

function SendResultView({ result }: { result: SendResult }) {
  const { t } = useTranslation();
  const { message } = result;
  const portalUrl = new URL(result.portalUrl, window.location.origin).toString();
  return (
    <Stack gap="sm" data-testid="send-result">
      <Text>{t("offers.send.numbered", { number: result.offer.number, version: result.offer.version })}</Text>
      <CopyField label={t("offers.send.portalLink")} value={portalUrl} />
      <Group gap="xs">
        <Text fw={600}>{t("offers.send.message")}</Text>
        <Badge color={message.status === "sent" ? "teal.9" : message.status === "failed" ? "red.9" : "gray.7"}>
          {t(`outbox.status.${message.status}`)}
        </Badge>
      </Group>
      <Text size="sm">{t(`offers.send.messageHint.${message.status}`)}</Text>
      {message.status !== "sent" && (
        <>
          <CopyField label={t("outbox.to")} value={message.to} />
          <CopyField label={t("outbox.subject")} value={message.subject} />
          <CopyField label={t("outbox.body")} value={message.body} multiline />
        </>
      )}
      <Anchor component={Link} to="/outbox" size="sm">
        {t("offers.send.openOutbox")}
      </Anchor>
    </Stack>
  );
}

function CancelForm({
  offerId,
  signed,
  onDone,
  onClose,
}: {
  offerId: string;
  signed: boolean;
  onDone: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const { errors, show, clear } = useFieldErrors((p) => p === "reason");
  const cancel = useMutation({
    mutationFn: () => offersApi.cancel(offerId, reason),
    onSuccess: () => {
      notify({ message: t("offers.cancel.done") });
      onDone();
    },
    onError: show,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    cancel.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {signed && (
          <Alert color="orange" variant="light">
            {t("offers.cancel.signedHint")}
          </Alert>
        )}
        <Textarea
          label={t("offers.cancel.reason")}
          required
          autosize
          minRows={2}
          data-autofocus
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            clear("reason");
          }}
          error={errors.reason}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.close")}
          </Button>
          <Button type="submit" color="red.9" loading={cancel.isPending}>
            {t("offers.cancel.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
