/**
 * Vite configuration of the web UI. `npx vite build --config web/vite.config.ts` writes web/dist, which the API server
 * serves at `/` (with an SPA fallback). In development, `/api` and `/healthz` are proxied to the API on port 3000.
 */
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));
const api = "http://127.0.0.1:3000";

export default defineConfig({
  root,
  base: "/",
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
    // The CSP is `script-src 'self'`: never inline a script, not even a tiny module preload polyfill.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    // One bundle (~240 kB gzipped, mostly Mantine) served from the same host; no need to split it further yet.
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
