/**
 * Titles of the official sources quoted by the tax and interest rules, in the UI's language: the rules name each
 * source once (`src/domain/tax/rule-sources.ts`, often in English); the translation files hold its title in each
 * language under `ruleSources.<key>`, the key derived from the title, and an unknown source keeps its own title.
 */
import { useCallback } from "react";
import { useTranslation } from "react-i18next";

/** The translation key of a source title: its words, accent-folded, lowercase, joined by "_" (at most 60 characters). */
export function sourceTitleKey(title: string): string {
  return title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 60)
    .replace(/_+$/, "");
}

/** A source's title in the UI's language. */
export function useSourceTitle(): (source: { title: string }) => string {
  const { t } = useTranslation();
  return useCallback((source) => t(`ruleSources.${sourceTitleKey(source.title)}`, { defaultValue: source.title }), [t]);
}
