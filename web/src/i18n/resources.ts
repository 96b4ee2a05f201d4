/// <reference types="vite/client" />
/**
 * The translation resources: the core strings (fr.json, en.json) plus one pair of files per product area in
 * `areas/` (`offers.fr.json` / `offers.en.json`…), each under its own top-level key, merged into one tree per language.
 */
import en from "./en.json" with { type: "json" };
import fr from "./fr.json" with { type: "json" };

export type Tree = { [key: string]: string | Tree };

const areaFiles = import.meta.glob<Tree>("./areas/*.json", { eager: true, import: "default" });

function withAreas(core: Tree, lang: "fr" | "en"): Tree {
  const merged: Tree = { ...core };
  for (const [path, tree] of Object.entries(areaFiles)) {
    if (!path.endsWith(`.${lang}.json`)) continue;
    for (const [key, value] of Object.entries(tree)) {
      if (key in merged) throw new Error(`translation key "${key}" of ${path} is already defined`);
      merged[key] = value;
    }
  }
  return merged;
}

export const resources = { fr: withAreas(fr as Tree, "fr"), en: withAreas(en as Tree, "en") };
