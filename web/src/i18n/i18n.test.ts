/**
 * Every string exists in both languages, and every key the code asks for exists: a missing translation fails here,
 * not in front of a user.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { resources, type Tree } from "./resources.ts";

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const srcDir = fileURLToPath(new URL("..", import.meta.url));

/** All leaf keys as dotted paths, plural forms folded onto their base key. */
function leafKeys(tree: Tree, prefix = ""): Set<string> {
  const keys = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") keys.add(path.replace(pluralSuffix, ""));
    else for (const inner of leafKeys(value, path)) keys.add(inner);
  }
  return keys;
}

/** Dotted paths of the objects (not strings) in a tree: what a template key like `roles.${role}` needs. */
function branchKeys(tree: Tree, prefix = ""): Set<string> {
  const keys = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") continue;
    const path = prefix ? `${prefix}.${key}` : key;
    keys.add(path);
    for (const inner of branchKeys(value, path)) keys.add(inner);
  }
  return keys;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** Keys used in the code: `t("a.b")` literally, and the fixed prefix of `t(\`a.${x}\`)`. */
function usedKeys(): { literal: Map<string, string>; prefixes: Map<string, string> } {
  const literal = new Map<string, string>();
  const prefixes = new Map<string, string>();
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, "utf8");
    const where = relative(srcDir, file);
    for (const match of text.matchAll(/\bt\(\s*["']([^"'`]+)["']/g)) literal.set(match[1]!, where);
    for (const match of text.matchAll(/\bt\(\s*`([^`$]+)\.\$\{/g)) prefixes.set(match[1]!, where);
  }
  return { literal, prefixes };
}

const languages = { fr: resources.fr, en: resources.en };

describe("translations", () => {
  it("have the same keys in French and English", () => {
    const frKeys = leafKeys(languages.fr);
    const enKeys = leafKeys(languages.en);
    expect(
      [...frKeys].filter((k) => !enKeys.has(k)),
      "keys missing in en.json",
    ).toEqual([]);
    expect(
      [...enKeys].filter((k) => !frKeys.has(k)),
      "keys missing in fr.json",
    ).toEqual([]);
  });

  it("have no empty string", () => {
    for (const [lang, tree] of Object.entries(languages)) {
      const empty: string[] = [];
      const walk = (node: Tree, prefix: string) => {
        for (const [key, value] of Object.entries(node)) {
          const path = prefix ? `${prefix}.${key}` : key;
          if (typeof value === "string") {
            if (!value.trim()) empty.push(path);
          } else walk(value, path);
        }
      };
      walk(tree, "");
      expect(empty, `empty strings in ${lang}.json`).toEqual([]);
    }
  });

  it("contain every key the code uses", () => {
    const { literal, prefixes } = usedKeys();
    expect(literal.size).toBeGreaterThan(100);
    for (const [lang, tree] of Object.entries(languages)) {
      const leaves = leafKeys(tree);
      const branches = branchKeys(tree);
      const missing = [...literal].filter(([key]) => !leaves.has(key)).map(([key, file]) => `${key} (${file})`);
      expect(missing, `keys used in web/src but missing from ${lang}.json`).toEqual([]);
      const missingPrefixes = [...prefixes]
        .filter(([prefix]) => !branches.has(prefix))
        .map(([prefix, file]) => `${prefix}.* (${file})`);
      expect(missingPrefixes, `key groups used in web/src but missing from ${lang}.json`).toEqual([]);
    }
  });
});
