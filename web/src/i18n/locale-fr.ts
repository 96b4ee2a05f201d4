/// <reference types="vite/client" />
/** Every French (Québec) string of the UI, in one chunk of its own. */
import fr from "./fr.json" with { type: "json" };
import { type Tree, withAreas } from "./tree.ts";

const areas = import.meta.glob<Tree>("./areas/*.fr.json", { eager: true, import: "default" });

export const translation: Tree = withAreas(fr as Tree, areas, "fr");
