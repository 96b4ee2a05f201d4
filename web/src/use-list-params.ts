/**
 * A list's filters and page, kept in the URL (shareable, back-button friendly). Changing a filter goes back to the
 * first page; an empty value removes the parameter.
 */
import { useSearchParams } from "react-router";

export function useListParams<K extends string>(
  keys: readonly K[],
): { filters: Record<K, string> & { page: number }; update: (changes: Partial<Record<K | "page", string>>) => void } {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ""])) as Record<K, string>;
  const filters = { ...values, page: Math.max(1, Number(params.get("page")) || 1) };
  const update = (changes: Partial<Record<K | "page", string>>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value as string);
          else next.delete(key);
        }
        if (!("page" in changes)) next.delete("page");
        return next;
      },
      { replace: true },
    );
  return { filters, update };
}
