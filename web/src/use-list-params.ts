/**
 * Query parameters kept in the URL (shareable, back-button friendly).
 */
import { useSearchParams } from "react-router";

/**
 * Changes some query parameters, starting from the address as it is now: react-router's functional update sees the
 * parameters of the last render, so two quick changes (a client, then a source offer) would lose the first one.
 * An empty value removes the parameter.
 */
export function useChangeSearchParams(): (changes: Record<string, string | undefined>) => void {
  const [, setParams] = useSearchParams();
  return (changes) =>
    setParams(
      () => {
        const next = new URLSearchParams(window.location.search);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
}

/** A list's filters and page, kept in the URL. Changing a filter goes back to the first page. */
export function useListParams<K extends string>(
  keys: readonly K[],
): { filters: Record<K, string> & { page: number }; update: (changes: Partial<Record<K | "page", string>>) => void } {
  const [params] = useSearchParams();
  const change = useChangeSearchParams();
  const values = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ""])) as Record<K, string>;
  const filters = { ...values, page: Math.max(1, Number(params.get("page")) || 1) };
  const update = (changes: Partial<Record<K | "page", string>>) =>
    change("page" in changes ? changes : { ...changes, page: undefined });
  return { filters, update };
}
