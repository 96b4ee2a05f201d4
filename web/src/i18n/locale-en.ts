/// <reference types="vite/client" />
/** Every English string of the UI, in one chunk of its own. */
import en from "./en.json" with { type: "json" };
import { type Tree, withAreas } from "./tree.ts";

const areas = import.meta.glob<Tree>("./areas/*.en.json", { eager: true, import: "default" });

export const translation: Tree = withAreas(en as Tree, areas, "en");
