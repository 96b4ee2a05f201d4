/**
 * i18next set up for Mandat: Québec French by default, English second. The chosen language is kept in localStorage
 * and mirrored on `<html lang>`. Each language's strings are a chunk of their own, loaded before the UI first renders
 * in it (the first screen never carries the other language).
 */
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import type { UiLocale } from "../api-types.ts";
import type { Tree } from "./tree.ts";

const bundles: Record<UiLocale, () => Promise<Tree>> = {
  "fr-CA": async () => (await import("./locale-fr.ts")).translation,
  "en-CA": async () => (await import("./locale-en.ts")).translation,
};

/** Loads a language's strings into i18next once. */
async function ensureLanguage(locale: UiLocale): Promise<void> {
  if (i18next.hasResourceBundle(locale, "translation")) return;
  i18next.addResourceBundle(locale, "translation", await bundles[locale]());
}

const storageKey = "mandat.locale";

/** The languages the UI speaks, as BCP 47 tags also used by Intl and stored on the user. */
export const uiLocales: readonly UiLocale[] = ["fr-CA", "en-CA"];

/** Whether every language's strings are loaded (a page that shows both, or a document in another language, needs them). */
export function allLanguagesLoaded(): boolean {
  return uiLocales.every((locale) => i18next.hasResourceBundle(locale, "translation"));
}

/** Loads every language's strings (the client portal: messages in both languages, documents in their own). */
export async function loadAllLanguages(): Promise<void> {
  await Promise.all(uiLocales.map(ensureLanguage));
}

/** Maps any locale tag (`fr`, `fr-FR`, `en`, `en-US`…) to one the UI speaks. */
export function toUiLocale(tag: string | null | undefined): UiLocale {
  return tag?.toLowerCase().startsWith("en") ? "en-CA" : "fr-CA";
}

/** The language saved by the switch in this browser, if any. */
export function storedLocale(): UiLocale | undefined {
  try {
    const value = window.localStorage.getItem(storageKey);
    return value === "fr-CA" || value === "en-CA" ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Switches the UI language, remembers it in this browser and updates `<html lang>`. */
export async function applyLocale(locale: UiLocale, persist = true): Promise<void> {
  if (persist) {
    try {
      window.localStorage.setItem(storageKey, locale);
    } catch {
      // Private mode or storage full: the switch still works for this visit.
    }
  }
  await ensureLanguage(locale);
  document.documentElement.lang = locale;
  await i18next.changeLanguage(locale);
}

const pickedKey = "mandat.locale.picked";

/** Notes a language picked on a public page (login, sign-up) during this visit, so signing in keeps it. */
export function notePickedBeforeSignIn(locale: UiLocale): void {
  try {
    window.sessionStorage.setItem(pickedKey, locale);
  } catch {
    // Without storage the member's saved language applies after signing in.
  }
}

/** The language picked on a public page during this visit, once: signing in makes it the member's. */
export function takePickedBeforeSignIn(): UiLocale | undefined {
  try {
    const value = window.sessionStorage.getItem(pickedKey);
    window.sessionStorage.removeItem(pickedKey);
    return value === "fr-CA" || value === "en-CA" ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Follows a signed-in member's saved language (PATCH /me keeps it), so the choice survives a reload and follows the
 * member to another browser; the browser then remembers it for the public pages too.
 */
export function followMemberLocale(memberLocale: string | null | undefined): void {
  if (!memberLocale) return;
  const locale = toUiLocale(memberLocale);
  if (locale !== toUiLocale(i18next.language) || storedLocale() !== locale) void applyLocale(locale);
}

/** Initialises i18next once, in the stored language (French by default), with that language's strings loaded. */
export async function initI18n(): Promise<typeof i18next> {
  const locale = storedLocale() ?? "fr-CA";
  document.documentElement.lang = locale;
  const translation = await bundles[locale]();
  await i18next.use(initReactI18next).init({
    resources: { [locale]: { translation } },
    lng: locale,
    fallbackLng: "fr-CA",
    supportedLngs: [...uiLocales],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return i18next;
}
