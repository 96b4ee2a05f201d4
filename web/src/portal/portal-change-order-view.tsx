/**
 * A change order as the client sees it through the portal link, in the document's language: the items and price,
 * the schedule impact and proposed delivery date, the signed offer it amends (number and fingerprint), then approval
 * (typed full name + consent to the document's own consent text) or rejection with a reason.
 */

import {
  Alert,
  Button,
  Card,
  Checkbox,
  Code,
  Divider,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.ts";
import { offerKeys } from "../offers/query-keys.ts";
import { type ChangeOrderPortalView, scopeApi } from "../scope/scope-api.ts";
import { fieldMessage, problemMessage } from "../use-field-errors.ts";
import { formatCalendarDate, formatInstant, formatMoney } from "../use-format.ts";
import { usePortalLocale } from "./portal-language.tsx";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} fw={600}>
        {children}
      </Text>
    </div>
  );
}

interface Props {
  token: string;
  view: ChangeOrderPortalView;
  /** Called after an approval or a rejection (the portal page reloads the view). */
  onAnswered?: () => void;
}

export function PortalChangeOrderView({ token, view, onAnswered }: Props) {
  const doc = view.document;
  const locale = usePortalLocale(doc.language);
  const { t } = useTranslation(undefined, { lng: locale });
  const queryClient = useQueryClient();
  const [signerName, setSignerName] = useState("");
  const [consent, setConsent] = useState(false);
  const [reason, setReason] = useState("");
  const [rejecting, setRejecting] = useState(false);
  const [answer, setAnswer] = useState<"approved" | "rejected">();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const clear = (key: string) => setErrors(({ [key]: _, ...rest }) => rest);
  // Messages in the document's language, beside the field they name; anything else above the buttons.
  const show = (error: unknown) => {
    const next: Record<string, string> = {};
    if (error instanceof ApiError) {
      for (const f of error.fields) {
        const key = f.path === "signerName" || f.path === "consent" ? f.path : "form";
        next[key] ??=
          f.issue === "name_too_short"
            ? t("changeOrders.portal.nameTooShort")
            : f.issue === "consent_required"
              ? t("changeOrders.portal.consentRequired")
              : fieldMessage(f, t, locale);
      }
    }
    setErrors(next);
    setFailure(Object.keys(next).length === 0 || next.form ? problemMessage(error, t) : undefined);
  };
  const money = (minor: number) => formatMoney(minor, doc.currency, locale);

  const done = (state: "approved" | "rejected") => {
    setAnswer(state);
    void queryClient.invalidateQueries({ queryKey: offerKeys.portalAll });
    onAnswered?.();
  };
  const approve = useMutation({
    mutationFn: () => scopeApi.approve(token, { signerName, consent, consentText: doc.consentText }),
    onSuccess: () => done("approved"),
    onError: show,
  });
  const reject = useMutation({
    mutationFn: () => scopeApi.reject(token, reason.trim()),
    onSuccess: () => done("rejected"),
    onError: show,
  });

  const submitApproval = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (signerName.trim().length < 2) next.signerName = t("changeOrders.portal.nameTooShort");
    if (!consent) next.consent = t("changeOrders.portal.consentRequired");
    setErrors(next);
    setFailure(undefined);
    if (Object.keys(next).length === 0) approve.mutate();
  };
  const submitRejection = (event: FormEvent) => {
    event.preventDefault();
    reject.mutate();
  };
  const state = answer ?? view.state;

  return (
    <Stack gap="lg" lang={locale} maw={860} mx="auto" w="100%">
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {t("changeOrders.portal.from", { issuer: doc.issuer.name, client: doc.client.name })}
        </Text>
        <Title order={1}>{t("changeOrders.portal.title", { number: doc.number })}</Title>
        <Text size="lg">{doc.title}</Text>
      </Stack>

      <Card withBorder component="section" aria-labelledby="portal-co-facts">
        <Title order={2} size="h4" id="portal-co-facts" mb="sm">
          {t("changeOrders.portal.summary")}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} component="dl" m={0}>
          <Fact label={t("changeOrders.portal.total")}>{money(doc.total)}</Fact>
          <Fact label={t("changeOrders.fields.hours")}>{doc.hours.toLocaleString(locale)} h</Fact>
          <Fact label={t("changeOrders.fields.scheduleImpact")}>
            {t("changeOrders.impactDays", { count: doc.scheduleImpactDays })}
          </Fact>
          <Fact label={t("changeOrders.fields.proposedDeliveryDate")}>
            {formatCalendarDate(doc.proposedDeliveryDate, locale)}
          </Fact>
        </SimpleGrid>
        <Divider my="sm" />
        <Text size="sm" c="dimmed">
          {t("changeOrders.fields.reason")}
        </Text>
        <Text style={{ whiteSpace: "pre-wrap" }}>{doc.reason}</Text>
        <Text size="sm" c="dimmed" mt="xs">
          {t("changeOrders.portal.requestedBy", { name: doc.requester })}
        </Text>
      </Card>

      <Stack component="section" aria-labelledby="portal-co-items" gap="xs">
        <Title order={2} size="h3" id="portal-co-items">
          {t("changeOrders.items")}
        </Title>
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: "none" }}>
          {doc.items.map((item) => (
            <Card key={item.id} withBorder component="li" padding="sm">
              <Group justify="space-between" align="start" wrap="nowrap">
                <div>
                  <Text fw={600}>{item.title}</Text>
                  {item.description && item.description !== item.title && (
                    <Text size="sm" c="dimmed">
                      {item.description}
                    </Text>
                  )}
                  <Text size="sm">
                    {item.hourlyRate !== undefined
                      ? t("changeOrders.portal.hoursAtRate", {
                          hours: item.hours.toLocaleString(locale),
                          rate: money(item.hourlyRate),
                        })
                      : t("changeOrders.portal.hours", { hours: item.hours.toLocaleString(locale) })}
                  </Text>
                </div>
                <Text fw={700} style={{ whiteSpace: "nowrap" }}>
                  {money(item.amount)}
                </Text>
              </Group>
            </Card>
          ))}
        </Stack>
        <Table>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row">{t("changeOrders.portal.totalBeforeTax")}</Table.Th>
              <Table.Td ta="end" fw={700}>
                {money(doc.total)}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Stack>

      <Card withBorder component="section" aria-labelledby="portal-co-amends">
        <Title order={2} size="h4" id="portal-co-amends" mb="xs">
          {t("changeOrders.portal.amends")}
        </Title>
        <Text size="sm">{t("changeOrders.portal.amendsText", { number: doc.amends.number })}</Text>
        <Text size="sm" mt={4}>
          {t("changeOrders.portal.offerFingerprint")}{" "}
          <Code style={{ wordBreak: "break-all" }}>{doc.amends.sha256}</Code>
        </Text>
        <Text size="sm" mt={4}>
          {t("changeOrders.portal.documentFingerprint")} <Code style={{ wordBreak: "break-all" }}>{view.sha256}</Code>
        </Text>
      </Card>

      {state === "approved" && (
        <Alert color="teal" title={t("changeOrders.portal.approvedTitle")} role="status">
          {view.approval
            ? t("changeOrders.portal.approvedBy", {
                name: view.approval.signerName,
                at: formatInstant(view.approval.signedAt, locale),
              })
            : t("changeOrders.portal.approvedNow", { name: signerName.trim() })}
        </Alert>
      )}
      {state === "rejected" && (
        <Alert color="gray" title={t("changeOrders.portal.rejectedTitle")} role="status">
          {t("changeOrders.portal.rejectedText")}
        </Alert>
      )}

      {failure && state === "sent" && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      {state === "sent" && !rejecting && (
        <form onSubmit={submitApproval} noValidate aria-label={t("changeOrders.portal.approveTitle")}>
          <Card withBorder>
            <Stack gap="sm">
              <Title order={2} size="h3">
                {t("changeOrders.portal.approveTitle")}
              </Title>
              <TextInput
                label={t("changeOrders.portal.signerName")}
                description={t("changeOrders.portal.signerHelp")}
                required
                autoComplete="name"
                value={signerName}
                onChange={(e) => {
                  setSignerName(e.currentTarget.value);
                  clear("signerName");
                }}
                error={errors.signerName}
              />
              <Checkbox
                label={doc.consentText}
                checked={consent}
                onChange={(e) => {
                  setConsent(e.currentTarget.checked);
                  clear("consent");
                }}
                error={errors.consent}
              />
              <Group>
                <Button type="submit" loading={approve.isPending} size="md">
                  {t("changeOrders.portal.approve")}
                </Button>
                <Button variant="subtle" color="red" onClick={() => setRejecting(true)}>
                  {t("changeOrders.portal.rejectInstead")}
                </Button>
              </Group>
            </Stack>
          </Card>
        </form>
      )}
      {state === "sent" && rejecting && (
        <form onSubmit={submitRejection} noValidate aria-label={t("changeOrders.portal.rejectTitle")}>
          <Card withBorder>
            <Stack gap="sm">
              <Title order={2} size="h3">
                {t("changeOrders.portal.rejectTitle")}
              </Title>
              <Textarea
                label={t("changeOrders.portal.reason")}
                autosize
                minRows={3}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
              />
              <Group>
                <Button type="submit" color="red.9" loading={reject.isPending}>
                  {t("changeOrders.portal.reject")}
                </Button>
                <Button variant="default" onClick={() => setRejecting(false)}>
                  {t("changeOrders.portal.back")}
                </Button>
              </Group>
            </Stack>
          </Card>
        </form>
      )}
    </Stack>
  );
}
