/**
 * A Vite build plugin: once the UI is written, every text file of the output (scripts, styles, HTML, SVG, JSON) gets
 * a brotli twin (`file.js.br`) and a gzip twin (`file.js.gz`) beside it, kept only when smaller than the file. The
 * server (src/http/static-assets.ts) sends the twin the browser accepts, so nothing is compressed per request.
 * Brotli runs at its best quality (11) up to 1 MiB and at 9 above, where 11 takes seconds for a percent or two.
 */
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin } from "vite";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Extensions worth compressing (images other than SVG, fonts in woff2 and archives are compressed already). */
export const COMPRESSIBLE = new Set([".js", ".mjs", ".css", ".html", ".svg", ".json", ".txt", ".map", ".webmanifest"]);

const BROTLI_BEST_UP_TO = 1024 * 1024;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return e.name.startsWith(".") ? [] : filesUnder(path);
      return [path];
    }),
  );
  return nested.flat();
}

/** Writes the `.br` and `.gz` twins of one file; returns how many were kept. */
export async function precompressFile(path: string): Promise<number> {
  const bytes = await readFile(path);
  const [br, gz] = await Promise.all([
    brotli(bytes, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: bytes.length <= BROTLI_BEST_UP_TO ? 11 : 9,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
    gzipAsync(bytes, { level: 9 }),
  ]);
  let kept = 0;
  for (const [suffix, out] of [
    [".br", br],
    [".gz", gz],
  ] as const) {
    if (out.length >= bytes.length) continue;
    await writeFile(path + suffix, out);
    kept += 1;
  }
  return kept;
}

/** Precompresses every compressible file under `dir` (dot folders such as `.vite/` excepted). */
export async function precompressDirectory(dir: string): Promise<number> {
  const files = (await filesUnder(dir)).filter((f) => COMPRESSIBLE.has(extname(f)));
  const kept = await Promise.all(files.map(precompressFile));
  return kept.reduce((a, b) => a + b, 0);
}

export function precompress(): Plugin {
  let outDir = "";
  return {
    name: "mandat:precompress",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      if (!existsSync(join(outDir, "index.html"))) return; // the build failed: nothing to compress
      const written = await precompressDirectory(outDir);
      this.info(`precompressed: ${written} brotli and gzip files`);
    },
  };
}
