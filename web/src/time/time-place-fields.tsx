/**
 * Where time goes: a mandate, then optionally one claim of its feedback rounds, and a category. Shared by the manual
 * entry form and the timer.
 */
import { NativeSelect } from "@mantine/core";
import { useQueries, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { scopeKeys } from "../scope/query-keys.ts";
import { scopeApi, TIME_CATEGORIES, type TimeCategory } from "../scope/scope-api.ts";
import { newestFirstOnce } from "./mandate-options.ts";

/**
 * Mandates one can log time on, newest first: the 200 newest, and every mandate still in progress or delivered
 * (up to 200 of each) however old — a retainer signed years ago still takes time every month, and work after
 * delivery is the very time a studio must count.
 */
export function useMandateOptions() {
  return useQuery({
    queryKey: scopeKeys.mandates,
    queryFn: async () => {
      const pages = await Promise.all([
        scopeApi.mandates(),
        scopeApi.mandates("active"),
        scopeApi.mandates("delivered"),
      ]);
      return { items: newestFirstOnce(pages.flatMap((p) => p.items)) };
    },
    staleTime: 60_000,
  });
}

/**
 * Every claim of a mandate's rounds, for "which request was this for". The list appears once every round is read:
 * shown round by round, its options would shift under the pointer as earlier rounds arrive (the select reuses its
 * option elements by position), and a choice made in between could land on another request.
 */
export function useMandateClaims(mandateId: string) {
  const rounds = useQuery({
    queryKey: scopeKeys.rounds(mandateId),
    queryFn: () => scopeApi.rounds(mandateId),
    enabled: mandateId !== "",
  });
  const details = useQueries({
    queries: (mandateId ? (rounds.data?.items ?? []) : []).map((r) => ({
      queryKey: scopeKeys.round(r.id),
      queryFn: () => scopeApi.round(r.id),
    })),
  });
  if (rounds.isPending || details.some((d) => d.isPending)) return [];
  return details.flatMap((d, i) =>
    (d.data?.claims ?? []).map((c) => ({ ...c, roundNumber: i + 1, receivedOn: d.data?.round.receivedOn ?? "" })),
  );
}

interface Props {
  mandateId: string;
  claimId: string;
  category: TimeCategory;
  onMandate: (id: string) => void;
  onClaim: (id: string) => void;
  onCategory: (category: TimeCategory) => void;
  errors: Record<string, string>;
  /** Makes the ids unique when two of these are on the page. */
  idPrefix: string;
}

export function TimePlaceFields(props: Props) {
  const { t } = useTranslation();
  const mandates = useMandateOptions();
  const claims = useMandateClaims(props.mandateId);
  return (
    <>
      <NativeSelect
        id={`${props.idPrefix}-mandate`}
        label={t("time.fields.mandate")}
        value={props.mandateId}
        onChange={(e) => {
          props.onMandate(e.currentTarget.value);
          props.onClaim("");
        }}
        data={[
          { value: "", label: t("time.noMandate") },
          ...(mandates.data?.items ?? []).map((m) => ({ value: m.id, label: m.title })),
        ]}
        error={props.errors.mandateId}
      />
      <NativeSelect
        id={`${props.idPrefix}-claim`}
        label={t("time.fields.claim")}
        value={props.claimId}
        disabled={!props.mandateId}
        onChange={(e) => props.onClaim(e.currentTarget.value)}
        data={[
          { value: "", label: t("time.noClaim") },
          ...claims.map((c) => ({
            value: c.id,
            label: `${t("time.claimOption", { round: c.roundNumber, n: c.position })} — ${c.text
              .replace(/\s+/g, " ")
              .slice(0, 60)}`,
          })),
        ]}
        error={props.errors.claimId}
      />
      <NativeSelect
        id={`${props.idPrefix}-category`}
        label={t("time.fields.category")}
        value={props.category}
        onChange={(e) => props.onCategory(e.currentTarget.value as TimeCategory)}
        data={TIME_CATEGORIES.map((c) => ({ value: c, label: t(`time.category.${c}`) }))}
        error={props.errors.category}
      />
    </>
  );
}
