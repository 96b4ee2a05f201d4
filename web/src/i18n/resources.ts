/**
 * The translation resources: the core strings (fr.json, en.json) plus one pair of files per product area in
 * `areas/` (`offers.fr.json` / `offers.en.json`…), each under its own top-level key, merged into one tree per language.
 * Each language is its own module (`locale-fr.ts`, `locale-en.ts`), so the UI loads only the one it speaks; both at
 * once (`resources`) are for the tests.
 */
import { translation as en } from "./locale-en.ts";
import { translation as fr } from "./locale-fr.ts";

export type { Tree } from "./tree.ts";

export const resources = { fr, en };
