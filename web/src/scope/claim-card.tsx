/**
 * One claim of a round: the client's words (matched words highlighted) beside the signed baseline suggestions, and
 * the triage form. Before triage, its words can be corrected, split at the cursor, or removed when they are not a
 * request (a greeting, a signature).
 */
import {
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  Checkbox,
  Group,
  Highlight,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ConfirmAction } from "../components/confirm-action.tsx";
import { notify } from "../notify.ts";
import { notifyError, useFieldErrors } from "../use-field-errors.ts";
import { ClaimDecision } from "./claim-decision.tsx";
import { ClaimSuggestions } from "./claim-suggestions.tsx";
import { scopeKeys } from "./query-keys.ts";
import { RepeatFlag } from "./repeat-flag.tsx";
import { type BaselineClause, type ClaimWithSuggestions, scopeApi, type TriageOutcome } from "./scope-api.ts";
import { TriageForm } from "./triage-form.tsx";

export const outcomeColors: Record<TriageOutcome, string> = {
  in_scope: "teal.9",
  change_order: "orange.9",
  goodwill: "grape.8",
  alternative: "indigo.8",
  declined: "red.9",
  duplicate: "gray.7",
};

export function OutcomeBadge({ outcome, size = "md" }: { outcome: TriageOutcome; size?: "sm" | "md" }) {
  const { t } = useTranslation();
  return (
    <Badge color={outcomeColors[outcome]} miw="max-content" size={size}>
      {t(`scope.outcome.${outcome}`)}
    </Badge>
  );
}

interface ClaimCardProps {
  claim: ClaimWithSuggestions;
  others: { id: string; position: number }[];
  /** The whole current scope, for the clause a decision rests on. */
  baseline: BaselineClause[];
  selected: boolean;
  onSelect: (selected: boolean) => void;
  canWrite: boolean;
}

export function ClaimCard({ claim, others, baseline, selected, onSelect, canWrite }: ClaimCardProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [deciding, setDeciding] = useState(false);
  const [text, setText] = useState(claim.text);
  const area = useRef<HTMLTextAreaElement>(null);
  const { errors, show, clear, reset } = useFieldErrors((path) => path === "text" || path === "atOffset");
  const refresh = () => void queryClient.invalidateQueries({ queryKey: scopeKeys.round(claim.roundId) });
  const locked = claim.changeOrder?.status === "sent" || claim.changeOrder?.status === "approved";
  const titleId = `claim-${claim.id}-title`;
  const suggestionsId = `claim-${claim.id}-suggestions`;

  const saveText = useMutation({
    mutationFn: () => scopeApi.updateClaim(claim.id, { text }),
    onSuccess: () => {
      refresh();
      reset();
      setEditing(false);
      notify({ message: t("scope.claim.edited") });
    },
    onError: show,
  });
  const split = useMutation({
    mutationFn: (at: number) => scopeApi.splitClaim(claim.id, at),
    onSuccess: () => {
      refresh();
      setEditing(false);
      notify({ message: t("scope.claim.splitDone") });
    },
    onError: show,
  });
  const remove = useMutation({
    mutationFn: () => scopeApi.deleteClaim(claim.id),
    onSuccess: () => {
      refresh();
      notify({ message: t("scope.claim.deleted", { n: claim.position }) });
    },
    onError: (error) => notifyError(error, t),
  });

  const splitAtCursor = () => {
    const at = area.current?.selectionStart ?? 0;
    if (text !== claim.text) {
      notify({ failure: true, message: t("scope.claim.saveBeforeSplit") });
      return;
    }
    if (at <= 0 || at >= claim.text.length) {
      notify({ failure: true, message: t("scope.claim.placeCursor") });
      return;
    }
    split.mutate(at);
  };

  const terms = [...new Set(claim.suggestions.flatMap((s) => s.matchedTerms))];

  return (
    <Card withBorder component="li" aria-labelledby={titleId} data-testid="claim">
      <Group justify="space-between" align="start" mb="xs" wrap="nowrap">
        <Group gap="xs">
          {canWrite && (
            <Checkbox
              checked={selected}
              onChange={(e) => onSelect(e.currentTarget.checked)}
              aria-label={t("scope.claim.select", { n: claim.position })}
            />
          )}
          <Title order={3} size="h4" id={titleId}>
            {t("scope.claim.title", { n: claim.position })}
          </Title>
          {claim.triage ? (
            <OutcomeBadge outcome={claim.triage.outcome} />
          ) : (
            <Badge color="gray.7" variant="outline">
              {t("scope.claim.untriaged")}
            </Badge>
          )}
          {claim.changeOrder && (
            <Anchor component={Link} to={`/change-orders/${claim.changeOrder.id}`} size="sm">
              {t("scope.claim.inChangeOrder", {
                number: claim.changeOrder.number,
                status: t(`changeOrders.status.${claim.changeOrder.status}`),
              })}
            </Anchor>
          )}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="sm">
          <Box>
            <Text size="sm" c="dimmed" mb={4}>
              {claim.context ? t("scope.claim.wordsUnder", { context: claim.context }) : t("scope.claim.words")}
            </Text>
            {editing ? (
              <Stack gap="xs">
                <Textarea
                  ref={area}
                  label={t("scope.claim.editLabel", { n: claim.position })}
                  autosize
                  minRows={2}
                  value={text}
                  onChange={(e) => {
                    setText(e.currentTarget.value);
                    clear("text");
                  }}
                  error={errors.text ?? errors.atOffset}
                />
                <Text size="xs" c="dimmed">
                  {t("scope.claim.splitHelp")}
                </Text>
                <Group gap="xs">
                  <Button size="xs" onClick={() => saveText.mutate()} loading={saveText.isPending}>
                    {t("scope.claim.saveWords")}
                  </Button>
                  <Button size="xs" variant="default" onClick={splitAtCursor} loading={split.isPending}>
                    {t("scope.claim.split")}
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    onClick={() => {
                      setEditing(false);
                      setText(claim.text);
                      reset();
                    }}
                  >
                    {t("common.cancel")}
                  </Button>
                </Group>
              </Stack>
            ) : (
              <Highlight
                highlight={terms}
                component="blockquote"
                m={0}
                pl="sm"
                style={{ borderLeft: "3px solid var(--mantine-color-gray-4)", whiteSpace: "pre-wrap" }}
              >
                {claim.text}
              </Highlight>
            )}
          </Box>
          {canWrite && !claim.triage && !editing && (
            <Group gap="xs">
              <Button
                size="xs"
                variant="default"
                onClick={() => setEditing(true)}
                aria-label={t("scope.claim.editNamed", { n: claim.position })}
              >
                {t("scope.claim.edit")}
              </Button>
              <ConfirmAction
                title={t("scope.claim.deleteConfirm.title", { n: claim.position })}
                message={t("scope.claim.deleteConfirm.body")}
                confirmLabel={t("scope.claim.deleteConfirm.confirm")}
                onConfirm={() => remove.mutate()}
              >
                {(open) => (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={open}
                    loading={remove.isPending}
                    aria-label={t("scope.claim.deleteNamed", { n: claim.position })}
                  >
                    {t("scope.claim.delete")}
                  </Button>
                )}
              </ConfirmAction>
            </Group>
          )}
          <RepeatFlag claim={claim} canWrite={canWrite} />
          {claim.triage && !deciding && (
            <>
              <ClaimDecision
                claim={claim}
                baseline={baseline}
                positions={new Map(others.map((o) => [o.id, o.position]))}
              />
              {canWrite && !locked && (
                <Group>
                  <Button size="xs" variant="default" onClick={() => setDeciding(true)}>
                    {t("scope.triage.change", { n: claim.position })}
                  </Button>
                </Group>
              )}
              {locked && (
                <Text size="xs" c="dimmed">
                  {t("scope.triage.locked")}
                </Text>
              )}
            </>
          )}
          {canWrite && (!claim.triage || deciding) && (
            <TriageForm
              key={claim.triage?.decidedAt ?? "open"}
              claim={claim}
              others={others}
              baseline={baseline}
              locked={locked}
              onDone={() => setDeciding(false)}
            />
          )}
        </Stack>
        <Box>
          <Text size="sm" fw={600} id={suggestionsId} mb="xs">
            {t("scope.suggestions.title")}
          </Text>
          <ClaimSuggestions suggestions={claim.suggestions} labelledBy={suggestionsId} />
        </Box>
      </SimpleGrid>
    </Card>
  );
}
