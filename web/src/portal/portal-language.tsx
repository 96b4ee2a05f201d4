/**
 * The portal's language, per visitor: a document opens in its own language (the client's), and a Français / English
 * switch in the portal's header lets the visitor read the page in the other; the choice is kept in this browser
 * (localStorage), for every portal link opened here. The words written in the document stay as they were written.
 */
import { SegmentedControl } from "@mantine/core";
import { createContext, type ReactNode, useContext, useState } from "react";

type Language = "fr" | "en";
const storageKey = "mandat.portal.language";

function storedLanguage(): Language | null {
  try {
    const value = localStorage.getItem(storageKey);
    return value === "fr" || value === "en" ? value : null;
  } catch {
    return null;
  }
}

const PortalLanguage = createContext<{ choice: Language | null; choose(language: Language): void } | null>(null);

export function PortalLanguageProvider({ children }: { children: ReactNode }) {
  const [choice, setChoice] = useState<Language | null>(storedLanguage);
  const choose = (language: Language) => {
    try {
      localStorage.setItem(storageKey, language);
    } catch {
      // Private mode or storage full: the switch still works for this visit.
    }
    setChoice(language);
  };
  return <PortalLanguage.Provider value={{ choice, choose }}>{children}</PortalLanguage.Provider>;
}

/** The locale to show a document in: the visitor's choice inside the portal, else the document's own language. */
export function usePortalLocale(documentLanguage: Language): "fr-CA" | "en-CA" {
  const language = useContext(PortalLanguage)?.choice ?? documentLanguage;
  return language === "en" ? "en-CA" : "fr-CA";
}

/** Français / English, each label in its own language (the page may be in the other). */
export function PortalLanguageSwitch({ documentLanguage }: { documentLanguage: Language }) {
  const context = useContext(PortalLanguage);
  const value = context?.choice ?? documentLanguage;
  return (
    <SegmentedControl
      size="xs"
      aria-label={value === "en" ? "Language" : "Langue"}
      value={value}
      onChange={(next) => context?.choose(next === "en" ? "en" : "fr")}
      data={[
        { value: "fr", label: <span lang="fr-CA">Français</span> },
        { value: "en", label: <span lang="en-CA">English</span> },
      ]}
    />
  );
}
