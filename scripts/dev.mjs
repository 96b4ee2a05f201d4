#!/usr/bin/env node
// `npm run dev`: the API on :3000 restarting on change (tsx watch) and Vite's dev server for the UI (proxying /api).
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const children = [
  spawn(process.execPath, ["--import", "tsx", "--watch", "src/cli/main.ts", "serve"], { cwd: root, stdio: "inherit" }),
  spawn(join(root, "node_modules", ".bin", "vite"), ["--config", "web/vite.config.ts"], {
    cwd: root,
    stdio: "inherit",
  }),
];
const stop = () => {
  for (const c of children) c.kill("SIGTERM");
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const c of children) c.on("exit", stop);
