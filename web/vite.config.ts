/**
 * Vite configuration of the web UI. `npx vite build --config web/vite.config.ts` writes web/dist, which the API server
 * serves at `/` (with an SPA fallback): every page is a chunk of its own (see src/page-loading.tsx), file names under
 * assets/ carry a hash of their content (cached for a year, immutable), and each text file is precompressed with
 * brotli and gzip (precompress.ts). In development, `/api` and `/healthz` are proxied to the API on port 3000.
 */
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { precompress } from "./precompress.ts";

const root = fileURLToPath(new URL(".", import.meta.url));
const api = "http://127.0.0.1:3000";

export default defineConfig({
  root,
  base: "/",
  plugins: [react(), precompress()],
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
    // The CSP is `script-src 'self'`: never inline a script, not even a tiny module preload polyfill.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    // The entry (React, Mantine's core, the router) stays under this; a page's chunk too.
    chunkSizeWarningLimit: 1024,
  },
  server: {
    host: "127.0.0.1",
    port: 5173,
    proxy: {
      "/api": { target: api, changeOrigin: false },
      "/healthz": { target: api, changeOrigin: false },
    },
  },
  preview: { host: "127.0.0.1", port: 4173 },
});
