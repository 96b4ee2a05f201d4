/**
 * A claim that likely repeats a point the client already had answered or delivered: the earlier words, the answer and
 * its date, and (before triage) the one action that confirms it. Read back the same way once confirmed.
 */
import { Alert, Button, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { notify } from "../notify.ts";
import { notifyError } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { scopeKeys } from "./query-keys.ts";
import { type ClaimWithSuggestions, type SettledPoint, scopeApi } from "./scope-api.ts";

export function RepeatAnswer({ point }: { point: SettledPoint }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Text size="sm" data-testid="repeat-answer">
      {t(`scope.repeat.answer.${point.answer}`, {
        date: format.date(point.on),
        number: point.changeOrderNumber ?? "",
      })}{" "}
      {t("scope.repeat.earlier", { text: point.text })}
      {point.clause ? ` ${t("scope.repeat.clause", { text: point.clause.text })}` : ""}
    </Text>
  );
}

export function RepeatFlag({ claim, canWrite }: { claim: ClaimWithSuggestions; canWrite: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const confirm = useMutation({
    mutationFn: () => scopeApi.confirmRepeat(claim.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: scopeKeys.round(claim.roundId) });
      notify({ message: t("scope.repeat.confirmed", { n: claim.position }) });
    },
    onError: (error) => notifyError(error, t),
  });
  const match = claim.likelyRepeat;
  if (!match || claim.triage) return null;
  return (
    <Alert color="orange" variant="light" title={t("scope.repeat.title")} data-testid="repeat-flag">
      <RepeatAnswer point={match.point} />
      {canWrite && (
        <Button
          size="xs"
          mt="xs"
          onClick={() => confirm.mutate()}
          loading={confirm.isPending}
          aria-label={t("scope.repeat.confirmFor", { n: claim.position })}
        >
          {t("scope.repeat.confirm")}
        </Button>
      )}
    </Alert>
  );
}
