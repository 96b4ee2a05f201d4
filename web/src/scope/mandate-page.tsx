/**
 * A mandate: the checklist from the signed offer (and approved change orders), the deliveries with the checklist as
 * it was at each, and the status actions (accept, stop with a reason, close).
 */
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  Loader,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { MandateCostsPanel } from "../invoices/mandate-costs-panel.tsx";
import { MandateMoneyPanel } from "../invoices/mandate-money-panel.tsx";
import { workChangedKeys } from "../invoices/query-keys.ts";
import { notify } from "../notify.ts";
import { today } from "../offers/offer-form.ts";
import { MandateStatusBadge } from "../offers/offer-status-badge.tsx";
import { type Mandate, offersApi } from "../offers/offers-api.ts";
import { offerKeys } from "../offers/query-keys.ts";
import { usePermissions } from "../session.tsx";
import { notifyError, problemMessage, useFieldErrors } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { usePageTitle } from "../use-page-title.ts";
import { MandateMilestones } from "./mandate-milestones.tsx";

export function MandatePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const mandate = useQuery({ queryKey: offerKeys.mandate(id), queryFn: () => offersApi.mandate(id) });
  usePageTitle(mandate.data?.title ?? t("mandates.title"));
  if (mandate.isPending) return <Loader aria-label={t("common.loading")} />;
  if (mandate.isError) return <Alert color="red">{problemMessage(mandate.error, t)}</Alert>;
  return <MandateView mandate={mandate.data} />;
}

function MandateView({ mandate: m }: { mandate: Mandate }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const { canWrite } = usePermissions();
  const [stopOpen, setStopOpen] = useState(false);
  const open = m.status === "active" || m.status === "delivered";
  const saved = (next: Mandate) => {
    queryClient.setQueryData(offerKeys.mandate(m.id), next);
    void queryClient.invalidateQueries({ queryKey: offerKeys.mandatesAll });
    // The work done moved: the ledger and what can be invoiced follow.
    for (const queryKey of workChangedKeys) void queryClient.invalidateQueries({ queryKey });
  };
  // Ticking shows at once (in the click itself, not after a round trip); a refusal puts the box back. A box ticked
  // while an earlier tick is still saving keeps what the user chose, whatever the earlier answer says.
  const [ticking, setTicking] = useState<Record<string, boolean>>({});
  const tick = useMutation({
    mutationFn: (item: { id: string; done: boolean }) => offersApi.updateMandate(m.id, { checklist: [item] }),
    onMutate: async (item) => {
      // A refetch in flight would otherwise put the old state back over the optimistic one.
      await queryClient.cancelQueries({ queryKey: offerKeys.mandate(m.id) });
      const before = queryClient.getQueryData<Mandate>(offerKeys.mandate(m.id));
      if (before) {
        queryClient.setQueryData<Mandate>(offerKeys.mandate(m.id), {
          ...before,
          checklist: before.checklist.map((i) => (i.id === item.id ? { ...i, done: item.done } : i)),
        });
      }
      return { before };
    },
    onSuccess: saved,
    onError: (error, _item, context) => {
      if (context?.before) queryClient.setQueryData(offerKeys.mandate(m.id), context.before);
      notifyError(error, t);
    },
    onSettled: (_data, _error, item) =>
      setTicking(({ [item.id]: mine, ...others }) =>
        mine === undefined || mine === item.done ? others : { ...others, [item.id]: mine },
      ),
  });
  const status = useMutation({
    mutationFn: (next: "accepted" | "closed") => offersApi.updateMandate(m.id, { status: next }),
    onSuccess: (next) => {
      saved(next);
      notify({ message: t(`mandates.done.${next.status}`) });
    },
    onError: (error) => notifyError(error, t),
  });
  const done = m.checklist.filter((i) => ticking[i.id] ?? i.done).length;

  return (
    <Stack gap="lg" maw={1000}>
      <Stack gap={4}>
        <Group gap="md">
          <Anchor component={Link} to={`/clients/${m.clientId}`} size="sm">
            ← {t("mandates.backToClient")}
          </Anchor>
          <Anchor component={Link} to={`/offers/${m.offerId}`} size="sm">
            {t("mandates.signedOffer", { number: m.offerNumber })}
          </Anchor>
          <Anchor component={Link} to={`/mandates/${m.id}/scope`} size="sm">
            {t("mandates.scopeLink")}
          </Anchor>
        </Group>
        <Title order={1}>{m.title}</Title>
        <Group gap="xs">
          <MandateStatusBadge status={m.status} />
          <Text size="sm" c="dimmed">
            {t("mandates.createdOn", { at: format.instant(m.createdAt) })}
          </Text>
        </Group>
      </Stack>
      {m.status === "stopped" && m.stopReason && (
        <Alert color="red" variant="light" title={t("mandates.status.stopped")}>
          {m.stopReason}
        </Alert>
      )}
      {canWrite && (
        <Group gap="xs">
          {m.status === "delivered" && (
            <Button onClick={() => status.mutate("accepted")} loading={status.isPending}>
              {t("mandates.actions.accept")}
            </Button>
          )}
          {open && (
            <Button variant="outline" color="red.9" onClick={() => setStopOpen(true)}>
              {t("mandates.actions.stop")}
            </Button>
          )}
          {(m.status === "accepted" || m.status === "stopped") && (
            <Button variant="default" onClick={() => status.mutate("closed")} loading={status.isPending}>
              {t("mandates.actions.close")}
            </Button>
          )}
        </Group>
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder component="section" aria-labelledby="checklist-title">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4" id="checklist-title">
              {t("mandates.checklist")}
            </Title>
            <Badge variant="light" color="gray" tt="none">
              {t("mandates.progress", { done, total: m.checklist.length })}
            </Badge>
          </Group>
          <Stack gap="xs" data-testid="mandate-checklist">
            {m.checklist.length === 0 && <Text c="dimmed">{t("mandates.emptyChecklist")}</Text>}
            {m.checklist.map((item) => (
              <Checkbox
                key={item.id}
                label={
                  <>
                    {item.title}
                    {item.source === "change_order" && (
                      <Badge ml="xs" size="xs" variant="outline" color="grape.8">
                        {t("mandates.fromChangeOrder")}
                      </Badge>
                    )}
                  </>
                }
                checked={ticking[item.id] ?? item.done}
                disabled={!canWrite || !open}
                onChange={(e) => {
                  const done = e.currentTarget.checked;
                  setTicking((now) => ({ ...now, [item.id]: done }));
                  tick.mutate({ id: item.id, done });
                }}
              />
            ))}
          </Stack>
        </Card>

        <Card withBorder component="section" aria-labelledby="deliveries-title">
          <Title order={2} size="h4" id="deliveries-title" mb="sm">
            {t("mandates.deliveries")}
          </Title>
          <Stack gap="sm">
            {m.deliveries.length === 0 && <Text c="dimmed">{t("mandates.noDelivery")}</Text>}
            <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
              {[...m.deliveries].reverse().map((d) => (
                <Card component="li" key={d.id} withBorder padding="sm" data-testid="delivery">
                  <Text fw={600}>
                    <time dateTime={d.date}>{format.date(d.date)}</time>
                  </Text>
                  {d.note && <Text style={{ whiteSpace: "pre-wrap" }}>{d.note}</Text>}
                  <Text size="sm" c="dimmed" mt={4}>
                    {t("mandates.checklistThen", {
                      done: d.checklist.filter((i) => i.done).length,
                      total: d.checklist.length,
                    })}
                  </Text>
                  <List size="sm" listStyleType="none" spacing={2}>
                    {d.checklist.map((i) => (
                      <List.Item key={i.id}>
                        <span aria-hidden="true">{i.done ? "☑ " : "☐ "}</span>
                        <VisuallyHidden>{i.done ? t("mandates.itemDone") : t("mandates.itemNotDone")} </VisuallyHidden>
                        {i.title}
                      </List.Item>
                    ))}
                  </List>
                </Card>
              ))}
            </Stack>
            {canWrite && open && (
              <DeliveryForm mandateId={m.id} done={done} total={m.checklist.length} onSaved={saved} />
            )}
          </Stack>
        </Card>
      </SimpleGrid>

      <MandateMoneyPanel mandateId={m.id} canWrite={canWrite} open={open} />
      <MandateCostsPanel mandateId={m.id} canWrite={canWrite} open={open} />
      <MandateMilestones mandateId={m.id} canWrite={canWrite} open={open} />

      <Modal opened={stopOpen} onClose={() => setStopOpen(false)} title={t("mandates.actions.stop")}>
        <StopForm
          mandateId={m.id}
          onDone={(next) => {
            saved(next);
            setStopOpen(false);
            notify({ message: t("mandates.done.stopped") });
          }}
          onClose={() => setStopOpen(false)}
        />
      </Modal>
    </Stack>
  );
}

/**
 * Records a delivery with the checklist as it stands: what is ticked is delivered, the rest is not — the ledger, an
 * exit plan and its letter read it so. Nothing ticked is not a delivery; part ticked is said before it is recorded.
 */
function DeliveryForm({
  mandateId,
  done,
  total,
  onSaved,
}: {
  mandateId: string;
  done: number;
  total: number;
  onSaved: (m: Mandate) => void;
}) {
  const { t } = useTranslation();
  const nothingTicked = total > 0 && done === 0;
  const [date, setDate] = useState(today);
  const [note, setNote] = useState("");
  const { errors, show, clear, reset } = useFieldErrors((p) => p === "date" || p === "note");
  const deliver = useMutation({
    mutationFn: () => offersApi.deliver(mandateId, { date, note }),
    onSuccess: (m) => {
      onSaved(m);
      setNote("");
      reset();
      notify({ message: t("mandates.deliveryRecorded") });
    },
    onError: show,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    deliver.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t("mandates.recordDelivery")}>
      <Stack gap="xs">
        <Text fw={600}>{t("mandates.recordDelivery")}</Text>
        <TextInput
          label={t("mandates.deliveryDate")}
          type="date"
          required
          value={date}
          onChange={(e) => {
            setDate(e.currentTarget.value);
            clear("date");
          }}
          error={errors.date}
        />
        <Textarea
          label={t("mandates.deliveryNote")}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => {
            setNote(e.currentTarget.value);
            clear("note");
          }}
          error={errors.note}
        />
        {nothingTicked ? (
          <Text size="sm" c="orange.9" role="status">
            {t("mandates.deliveryNothingTicked")}
          </Text>
        ) : (
          done < total && (
            <Text size="sm" role="status">
              {t("mandates.deliveryPartial", { count: total - done, done, total })}
            </Text>
          )
        )}
        <Group>
          <Button type="submit" variant="light" loading={deliver.isPending} disabled={nothingTicked}>
            {t("mandates.recordDelivery")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function StopForm({
  mandateId,
  onDone,
  onClose,
}: {
  mandateId: string;
  onDone: (m: Mandate) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const { errors, show, clear } = useFieldErrors((p) => p === "reason");
  const stop = useMutation({
    mutationFn: () => offersApi.updateMandate(mandateId, { status: "stopped", reason }),
    onSuccess: onDone,
    onError: show,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    stop.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Textarea
          label={t("mandates.stopReason")}
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
          <Button type="submit" color="red.9" loading={stop.isPending}>
            {t("mandates.actions.stop")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
