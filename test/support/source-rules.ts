/**
 * The project's layering, as rules over source text: what each folder may import, and where SQL may be written.
 * Pure functions of (path, text), so a test can prove each rule fails on a deliberate violation.
 */
import { readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");

/** Source files under a folder (relative to the repository), tests and test fixtures left out unless asked. */
export function sourceFiles(folder: string, options: { tests?: boolean; ext?: RegExp } = {}): string[] {
  const ext = options.ext ?? /\.tsx?$/;
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      if (name === "node_modules" || name === "dist") return [];
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return walk(path);
      if (!ext.test(name)) return [];
      if (!options.tests && /\.test\.tsx?$/.test(name)) return [];
      return [relative(ROOT, path).split(sep).join("/")];
    });
  return walk(join(ROOT, folder));
}

/** Every module specifier a file names: static imports and re-exports, `import type`, and dynamic `import("…")`. */
export function importSpecifiers(text: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\b[^;"'`]*?\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /^\s*import\s+["']([^"']+)["']/gm,
  ];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.push(match[1]!);
  return found;
}

/** The repository-relative path a relative specifier points at (undefined for a package). */
export function resolveSpecifier(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  return relative(ROOT, resolve(ROOT, dirname(file), specifier))
    .split(sep)
    .join("/");
}

const inside = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);

/** Packages the pure domain may use: schemas, hashing, canonical JSON, text search and stemming, password strength. */
const DOMAIN_PACKAGES = [
  "zod",
  "@noble/hashes",
  "canonicalize",
  "minisearch",
  "@orama/stemmers",
  "stopwords-iso",
  "@zxcvbn-ts/",
];

/**
 * src/domain is pure and browser-safe: it imports only itself and a few pure packages — never another layer (at any
 * depth: `../../store/…` from a subfolder counts), Node's built-ins, a database, a server or the network.
 */
export function domainViolations(file: string, text: string): string[] {
  return importSpecifiers(text).flatMap((spec) => {
    const target = resolveSpecifier(file, spec);
    if (target !== undefined) return inside(target, "src/domain") ? [] : [`${file} imports ${spec} (${target})`];
    return DOMAIN_PACKAGES.some((p) => spec === p || spec.startsWith(p.endsWith("/") ? p : `${p}/`))
      ? []
      : [`${file} imports the package ${spec}`];
  });
}

/** The web reaches the server's code only through src/domain (rules, enums, shapes); never app, store, http or pdf. */
export function webViolations(file: string, text: string): string[] {
  return importSpecifiers(text).flatMap((spec) => {
    const target = resolveSpecifier(file, spec);
    if (target === undefined || inside(target, "web")) return [];
    return inside(target, "src/domain") ? [] : [`${file} imports ${spec} (${target})`];
  });
}

/** Kysely query building or raw SQL: what only src/store may hold. */
const QUERY_BUILDING =
  /\.(?:selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\s*\(|\bsql\s*(?:<[^>]*>\s*)?`|\bsql\.(?:raw|ref|table|id|lit|join)\s*\(/;

/** SQL lives in src/store only: one place to read every query, its workspace filter and its index. */
export function sqlOutsideStore(file: string, text: string): string[] {
  if (inside(file, "src/store")) return [];
  return text.split("\n").flatMap((line, i) => (QUERY_BUILDING.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
}

/** The domain's clock and environment rules: time and configuration are given to it, never read. */
export function domainImpurities(file: string, text: string): string[] {
  const rules: [RegExp, string][] = [
    [/process\.env/, "reads the environment"],
    [/Date\.now\(\)|new Date\(\)/, "reads the clock"],
  ];
  return rules.flatMap(([pattern, what]) => (pattern.test(text) ? [`${file} ${what}`] : []));
}

/**
 * Component names given twice to `.openapi("Name")`: the document keeps only one of the schemas under that name, so
 * the other's operations are described by a shape they do not have (a request line described as the answer's line).
 * Each name is listed with the files that give it.
 */
export function duplicateComponentNames(files: readonly { path: string; text: string }[]): string[] {
  const where = new Map<string, string[]>();
  for (const { path, text } of files) {
    for (const m of text.matchAll(/\.openapi\(\s*"([A-Za-z0-9_]+)"/g)) {
      const name = m[1] as string;
      where.set(name, [...(where.get(name) ?? []), path]);
    }
  }
  return [...where].filter(([, paths]) => paths.length > 1).map(([name, paths]) => `${name}: ${paths.join(", ")}`);
}
