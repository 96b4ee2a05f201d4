#!/usr/bin/env node
// `npm run build:server` (and `npm start`, when the sources changed): bundles the server with esbuild from
// src/cli/main.ts into dist/cli/main.js, plus the chunks that only some commands or the first use of a feature load.
// One file instead of ~900 modules: Node resolves, reads and compiles a few large files rather than each small one,
// which was most of the start time (about half of it on this 2-core machine). Types are checked by
// `npm run typecheck`, not here.
//
// `node scripts/build-server.mjs [--out-dir=DIR]`: DIR (default dist/) is emptied first and gets DIR/cli/main.js. It
// must lie inside the repository, where node_modules resolves; the server serves the web UI from DIR/../web/dist.
import { rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Left to Node at run time, from node_modules: native addons (better-sqlite3, argon2, and pg, which the SQLite server
 * never loads), and the packages that are only ever imported on first use (PDFs, mail import, IMAP, password
 * strength) — they cost nothing at start, and stay exactly as their authors ship them (pdfkit reads its data files
 * beside its own code).
 */
export const EXTERNAL = [
  "better-sqlite3",
  "@node-rs/argon2",
  "pg",
  "pdfkit",
  "fontkit",
  "mailparser",
  "imapflow",
  "@zxcvbn-ts/*",
];

/** Bundles the server into `outDir` (emptied first); returns the entry, `outDir/cli/main.js`. */
export async function buildServer(outDir = join(root, "dist")) {
  rmSync(outDir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    // The PDF worker's thread is an entry of its own, beside the chunks (src/pdf/render-pdf.ts starts it from there).
    entryPoints: { "cli/main": "src/cli/main.ts", "cli/pdf-worker": "src/pdf/pdf-worker.ts" },
    outdir: outDir,
    // Every chunk beside the entry: code that reads its own location (web/dist, swagger-ui-dist) finds it from any.
    chunkNames: "cli/[name]-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20.19",
    external: EXTERNAL,
    // CommonJS dependencies bundled into ESM still call `require` for Node's built-ins.
    banner: {
      js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
    },
    // Less for V8 to parse at start (about a tenth of the start's CPU); names are kept, so stack traces still read,
    // and the linked source maps lead back to src (`node --enable-source-maps`).
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: "linked",
    legalComments: "linked",
    logLevel: "warning",
  });
  return join(outDir, "cli", "main.js");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = process.argv.find((a) => a.startsWith("--out-dir="))?.slice("--out-dir=".length);
  await buildServer(outDir ? resolve(outDir) : undefined);
}
