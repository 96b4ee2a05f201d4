/**
 * Search everywhere, in the header: "/" or Ctrl+K (⌘K) puts the cursor in the box; hits come grouped by kind
 * (clients, contacts, offers, change orders, invoices, claims); ↑ and ↓ move through them, Enter opens the one
 * chosen, Escape closes the list. Each hit is a link, so a mouse, a middle click or a screen reader work as well.
 * The box is an ARIA 1.2 combobox whose list is a listbox of options, grouped.
 */
import { Loader, Paper, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router";
import type { SearchHit } from "../../../src/domain/search-hit.ts";
import { workspaceApi, workspaceKeys } from "../workspace/workspace-api.ts";

/** Where a hit leads: the record's own page (a contact's client, a claim's round). */
export function hitPath(hit: SearchHit): string {
  switch (hit.kind) {
    case "client":
      return `/clients/${hit.id}`;
    case "contact":
      return `/clients/${hit.clientId}`;
    case "offer":
      return `/offers/${hit.id}`;
    case "change_order":
      return `/change-orders/${hit.id}`;
    case "invoice":
      return `/invoices/${hit.id}`;
    case "claim":
      return hit.roundId ? `/rounds/${hit.roundId}` : `/clients/${hit.clientId}`;
  }
}

/** True when a key press happens while the user types somewhere else (the shortcut "/" must not steal it). */
function typingElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

const hitKey = (hit: SearchHit) => `${hit.kind}:${hit.id}`;

/** `fullWidth`: the box fills its container (the phone's navigation menu, where the header has no room). */
export function GlobalSearch({ fullWidth = false }: { fullWidth?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  // The highlighted hit, by kind and id: a later answer (a debounced query catching up) keeps it highlighted when it
  // still lists it, and starts at the first hit otherwise.
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [q] = useDebouncedValue(text.trim(), 200);

  const result = useQuery({
    queryKey: workspaceKeys.search(q),
    queryFn: () => workspaceApi.search(q),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
  const hits = q && result.data ? result.data.groups.flatMap((g) => g.items) : [];
  const active = Math.max(
    0,
    hits.findIndex((h) => hitKey(h) === activeKey),
  );

  // "/" anywhere but in a field, or Ctrl+K / ⌘K anywhere, goes to the search box.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const ctrlK = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "k";
      if (ctrlK || (e.key === "/" && !e.ctrlKey && !e.metaKey && !e.altKey && !typingElsewhere(e.target))) {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  // Opening a record closes the list.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each move to another page
  useEffect(() => setOpen(false), [location.pathname]);

  const go = (hit: SearchHit) => {
    setOpen(false);
    setText("");
    navigate(hitPath(hit));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Escape") {
      setOpen(false);
      return;
    }
    if (hits.length === 0) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      setOpen(true);
      const next = e.key === "ArrowDown" ? (active + 1) % hits.length : (active - 1 + hits.length) % hits.length;
      setActiveKey(hitKey(hits[next] as SearchHit));
    } else if (e.key === "Enter" && open) {
      e.preventDefault();
      const hit = hits[Math.min(active, hits.length - 1)];
      if (hit) go(hit);
    }
  };

  const optionId = (i: number) => `${listId}-option-${i}`;
  const showList = open && q.length > 0;
  let index = -1;

  return (
    <div style={{ position: "relative" }}>
      <TextInput
        ref={input}
        size={fullWidth ? "sm" : "xs"}
        w={fullWidth ? "100%" : 240}
        type="search"
        placeholder={t("everyday.search.placeholder")}
        aria-label={t("everyday.search.label")}
        aria-keyshortcuts="/ Control+K"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={showList ? listId : undefined}
        aria-activedescendant={showList && hits.length > 0 ? optionId(active) : undefined}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={(e) => {
          // A click on a hit (a link inside the list) must land before the list closes.
          if (!e.relatedTarget || !(e.relatedTarget as HTMLElement).closest(`[id="${listId}"]`)) setOpen(false);
        }}
        onKeyDown={onKeyDown}
        rightSection={result.isFetching ? <Loader size={12} aria-hidden /> : undefined}
      />
      {showList && (
        <Paper
          shadow="md"
          withBorder
          p={4}
          pos="absolute"
          right={0}
          left={fullWidth ? 0 : undefined}
          top="calc(100% + 4px)"
          w={fullWidth ? undefined : 420}
          mah="70vh"
          style={{ overflowY: "auto", zIndex: 300 }}
        >
          <div
            id={listId}
            role="listbox"
            aria-label={t("everyday.search.results", { q })}
            // Busy while an answer is on its way, and while the words typed wait for the pause that sends them: the
            // hits shown until then answer what was typed before.
            aria-busy={result.isFetching || text.trim() !== q}
          >
            {result.data && hits.length === 0 && !result.isFetching && (
              <Text size="sm" c="dimmed" p="xs">
                {t("everyday.search.none", { q })}
              </Text>
            )}
            {result.isError && (
              <Text size="sm" c="red.9" p="xs">
                {t("everyday.search.failed")}
              </Text>
            )}
            {(result.data?.groups ?? []).map((group) => (
              // biome-ignore lint/a11y/useSemanticElements: a group of options inside a listbox (ARIA), not a form's fieldset
              <div key={group.kind} role="group" aria-label={t(`everyday.search.kinds.${group.kind}`)}>
                <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="xs" pt={6} aria-hidden>
                  {t(`everyday.search.kinds.${group.kind}`)}
                </Text>
                {group.items.map((hit) => {
                  index += 1;
                  const i = index;
                  const selected = i === active;
                  return (
                    <Link
                      key={`${hit.kind}-${hit.id}`}
                      id={optionId(i)}
                      role="option"
                      aria-selected={selected}
                      to={hitPath(hit)}
                      tabIndex={-1}
                      onMouseEnter={() => setActiveKey(hitKey(hit))}
                      onClick={() => {
                        setOpen(false);
                        setText("");
                      }}
                      style={{
                        display: "block",
                        padding: "6px 10px",
                        borderRadius: 4,
                        color: "inherit",
                        textDecoration: "none",
                        background: selected ? "var(--mantine-color-blue-light)" : undefined,
                        outline: selected ? "2px solid var(--mantine-color-blue-8)" : undefined,
                        outlineOffset: -2,
                      }}
                    >
                      <Text size="sm" fw={600} lineClamp={2} component="span" display="block">
                        {hit.title}
                      </Text>
                      <Text size="xs" c="dimmed" component="span" display="block" lineClamp={1}>
                        {[
                          hit.kind === "invoice"
                            ? t(`invoices.status.${hit.detail}`, { defaultValue: hit.detail })
                            : hit.detail,
                          hit.kind === "client" ? "" : hit.clientName,
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </Text>
                    </Link>
                  );
                })}
              </div>
            ))}
          </div>
        </Paper>
      )}
    </div>
  );
}
