/**
 * The weight of the web UI's first screen, read from a built web/dist: the entry script that index.html loads and
 * the scripts it preloads (`<link rel="modulepreload">`) — the "initial JS" — and its stylesheets, raw and compressed
 * as the server sends them (the build's precompressed twins, else gzip -9 and brotli 11). With the build's manifest
 * (`vite build --manifest`), also what the first screen really fetches before it shows: the initial JS plus the
 * chunks of its language, its layout and its page, each with the chunks they import statically.
 *
 * Standalone: `node --import tsx bench/measure/web-size.ts [web/dist]`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface FirstScreen {
  label: string;
  files: number;
  size: Size;
}

export interface WebSize {
  /** The entry script and the scripts index.html preloads: what runs before anything else. */
  initialJs: { files: number; size: Size };
  /** Stylesheets linked from index.html. */
  initialCss: { files: number; size: Size };
  /** Every script under assets/ that index.html does not load (chunks fetched on demand). */
  lazyJs: { files: number; size: Size };
  /** The largest script, and its share of nothing first. */
  largest: { file: string; size: Size };
  /** Scripts fetched before a given first screen shows (from the manifest; empty without one). */
  firstScreens: FirstScreen[];
}

const sizes = new Map<string, Size>();

function sizeOf(dist: string, file: string): Size {
  const path = join(dist, file);
  let size = sizes.get(path);
  if (size === undefined) {
    const bytes = readFileSync(path);
    // What the server sends: the build's precompressed twin when there is one (web/precompress.ts).
    const twin = (suffix: string) => (existsSync(path + suffix) ? statSync(path + suffix).size : undefined);
    size = {
      raw: bytes.length,
      gzip: twin(".gz") ?? gzipSync(bytes, { level: 9 }).length,
      brotli:
        twin(".br") ??
        brotliCompressSync(bytes, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
        }).length,
    };
    sizes.set(path, size);
  }
  return size;
}

function total(dist: string, files: Iterable<string>): { files: number; size: Size } {
  let n = 0;
  const size: Size = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) {
    const s = sizeOf(dist, f);
    n += 1;
    size.raw += s.raw;
    size.gzip += s.gzip;
    size.brotli += s.brotli;
  }
  return { files: n, size };
}

interface ManifestChunk {
  file: string;
  imports?: string[];
}

/** The first screens measured: the sign-in page, and the dashboard of a signed-in member (French, the default). */
const FIRST_SCREENS: { label: string; sources: string[] }[] = [
  { label: "sign-in page (`/login`)", sources: ["src/i18n/locale-fr.ts", "src/workspace/login-page.tsx"] },
  {
    label: "dashboard, signed in (`/`)",
    sources: ["src/i18n/locale-fr.ts", "src/layout/app-layout.tsx", "src/pages/dashboard-page.tsx"],
  },
];

/** Sizes of what `dist/index.html` loads first, of the first screens, and of the rest. */
export function measureWebSize(dist: string): WebSize {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];
  const local = (href: string | undefined): href is string => href?.startsWith("/") === true;
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => attr(m[0], "src"));
  const links = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]);
  const preloads = links.filter((l) => attr(l, "rel") === "modulepreload").map((l) => attr(l, "href"));
  const styles = links.filter((l) => attr(l, "rel") === "stylesheet").map((l) => attr(l, "href"));
  const initial = new Set([...scripts, ...preloads].filter(local).map((s) => s.slice(1)));
  const allJs = readdirSync(join(dist, "assets"))
    .filter((f) => f.endsWith(".js"))
    .map((f) => `assets/${f}`);
  const largest = allJs
    .map((file) => ({ file, size: sizeOf(dist, file) }))
    .sort((a, b) => b.size.raw - a.size.raw)[0] ?? { file: "—", size: { raw: 0, gzip: 0, brotli: 0 } };

  const firstScreens: FirstScreen[] = [];
  const manifestPath = join(dist, ".vite", "manifest.json");
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Record<string, ManifestChunk>;
    for (const screen of FIRST_SCREENS) {
      const files = new Set(initial);
      const visit = (key: string) => {
        const chunk = manifest[key];
        if (!chunk) throw new Error(`the web build's manifest has no ${key}`);
        if (files.has(chunk.file) && key.startsWith("_")) return;
        files.add(chunk.file);
        for (const i of chunk.imports ?? []) visit(i);
      };
      for (const source of screen.sources) visit(source);
      firstScreens.push({ label: screen.label, ...total(dist, files) });
    }
  }
  return {
    initialJs: total(dist, initial),
    initialCss: total(
      dist,
      styles.filter(local).map((s) => s.slice(1)),
    ),
    lazyJs: total(
      dist,
      allJs.filter((f) => !initial.has(f)),
    ),
    largest,
    firstScreens,
  };
}

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Builds the web UI as `npm run build:web` does, with its manifest, into `outDir` (never the shared web/dist). */
export function buildWeb(outDir: string): void {
  execFileSync(
    join(ROOT, "node_modules", ".bin", "vite"),
    [
      "build",
      "--config",
      "web/vite.config.ts",
      "--outDir",
      outDir,
      "--emptyOutDir",
      "--manifest",
      "--logLevel",
      "error",
    ],
    { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NODE_ENV: "production" } },
  );
}

export const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const size = measureWebSize(process.argv[2] ?? "web/dist");
  const line = (label: string, t: { files: number; size: Size }) =>
    console.log(
      `${label}: ${t.files} files, ${kB(t.size.raw)} raw, ${kB(t.size.gzip)} gzip, ${kB(t.size.brotli)} brotli`,
    );
  line("initial JS", size.initialJs);
  line("initial CSS", size.initialCss);
  line("lazy JS", size.lazyJs);
  for (const s of size.firstScreens) line(`first screen, ${s.label}`, s);
  console.log(
    `largest script: ${size.largest.file}, ${kB(size.largest.size.raw)} raw, ${kB(size.largest.size.gzip)} gzip`,
  );
}
