/** A translation tree, and how a language's core strings and its product areas merge into one. */
export type Tree = { [key: string]: string | Tree };

/** The core tree plus every area file of `lang` (`areas/<area>.<lang>.json`), each under its own top-level keys. */
export function withAreas(core: Tree, areaFiles: Record<string, Tree>, lang: "fr" | "en"): Tree {
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
