/**
 * Picks one client: a native select of the workspace's clients by name and, once they are more than it holds at once
 * (`PICKER_PAGE`), a search field under it that narrows it through the server's client search (name, contacts, city,
 * tags; accents and case aside). The chosen client stays offered whatever the search shows — one given in the address
 * is read by its id. Ended clients can be left out, except the one chosen. Used wherever a form or a filter asks for a
 * client (a new offer or invoice, the offers', invoices' and audit trail's filters), so that a studio's 101st client
 * is as easy to pick as its first.
 */
import { NativeSelect, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { clientKeys, clientsApi } from "./clients-api.ts";

/** How many clients the select lists before the search is needed. */
export const PICKER_PAGE = 100;

export interface ClientPickerProps {
  label: string;
  value: string;
  onChange(clientId: string): void;
  /** The first option, for no client ("Choose a client", "All clients"). */
  emptyLabel: string;
  required?: boolean;
  /** Leaves ended clients out (a new offer or invoice), except the one chosen. */
  hideEnded?: boolean;
  error?: string | undefined;
  maw?: number;
  /**
   * The clients offered before any search, instead of the first ones by name (the receivables' payment form offers
   * the owing clients of its page); the search is then always there, named `search.label` and described.
   */
  offered?: readonly { id: string; name: string }[];
  search?: { label: string; description: string };
}

export function ClientPicker({
  label,
  value,
  onChange,
  emptyLabel,
  required,
  hideEnded,
  error,
  maw,
  offered,
  search: searchField,
}: ClientPickerProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 250);
  const first = useQuery({
    queryKey: clientKeys.picker(""),
    queryFn: () => clientsApi.list({ pageSize: PICKER_PAGE }),
    enabled: offered === undefined,
  });
  const found = useQuery({
    queryKey: clientKeys.picker(q),
    queryFn: () => clientsApi.list({ q, pageSize: PICKER_PAGE }),
    enabled: q !== "",
    placeholderData: keepPreviousData,
  });
  const open = (c: { id: string; status: string }) => !hideEnded || c.status !== "ended" || c.id === value;
  const listed: readonly { id: string; name: string }[] =
    q !== "" ? (found.data?.items ?? []).filter(open) : (offered ?? (first.data?.items ?? []).filter(open));
  const chosenListed = value === "" || listed.some((c) => c.id === value);
  const chosen = useQuery({
    queryKey: clientKeys.detail(value),
    queryFn: () => clientsApi.get(value),
    enabled: !chosenListed,
  });
  const options = [
    { value: "", label: emptyLabel },
    ...(!chosenListed ? [{ value, label: chosen.data?.name ?? "…" }] : []),
    ...listed.map((c) => ({ value: c.id, label: c.name })),
  ];
  // The search is offered once the select cannot hold every client (and kept while one is typed).
  const needsSearch =
    offered !== undefined || search !== "" || (first.data !== undefined && first.data.total > first.data.items.length);
  const hint =
    q !== "" && found.data
      ? t(found.data.total > found.data.items.length ? "clients.picker.foundFirst" : "clients.picker.found", {
          count: found.data.total,
        })
      : !offered && first.data && first.data.total > first.data.items.length
        ? t("clients.picker.firstOnes", { count: first.data.items.length, total: first.data.total })
        : undefined;

  return (
    <Stack gap={4} maw={maw}>
      <NativeSelect
        label={label}
        required={required}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        data={options}
        error={error ?? (first.isError ? t("errors.code.server") : undefined)}
        aria-describedby={hint ? hintId : undefined}
      />
      {needsSearch && (
        <TextInput
          size="xs"
          type="search"
          label={searchField?.label ?? t("clients.picker.search")}
          description={searchField?.description}
          placeholder={t("clients.searchPlaceholder")}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
      )}
      {hint && (
        <Text id={hintId} size="xs" c="dimmed" aria-live="polite">
          {hint}
        </Text>
      )}
    </Stack>
  );
}
