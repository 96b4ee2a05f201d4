#!/usr/bin/env node
// `npm start`: builds what is out of date (the server bundled by scripts/build-server.mjs, the web UI with Vite), then
// runs `mandat serve` from the bundle, in this process.
// Arguments after `--` go to `serve` (e.g. `npm start -- --demo`).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules", ".bin", name);

function newest(paths) {
  let max = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const name of readdirSync(p)) if (name !== "node_modules" && name !== "dist") visit(join(p, name));
    } else max = Math.max(max, s.mtimeMs);
  };
  for (const p of paths) visit(p);
  return max;
}

function mtime(p) {
  return existsSync(p) ? statSync(p).mtimeMs : 0;
}

function build(label, output, inputs, cmd, args) {
  if (mtime(output) >= newest(inputs)) return;
  process.stderr.write(`mandat: building ${label}…\n`);
  execFileSync(cmd, args, { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
}

build(
  "server",
  join(root, "dist", "cli", "main.js"),
  // The bundle holds the dependencies too: a changed install (`npm ci` writes node_modules/.package-lock.json) rebuilds.
  [
    join(root, "src"),
    join(root, "scripts", "build-server.mjs"),
    join(root, "package-lock.json"),
    join(root, "node_modules", ".package-lock.json"),
  ],
  process.execPath,
  [join(root, "scripts", "build-server.mjs")],
);
build(
  "web UI",
  join(root, "web", "dist", "index.html"),
  [join(root, "web", "src"), join(root, "web", "index.html"), join(root, "web", "vite.config.ts")],
  bin("vite"),
  ["build", "--config", "web/vite.config.ts", "--logLevel", "warn"],
);

process.argv = [process.argv[0], join(root, "dist", "cli", "main.js"), "serve", ...process.argv.slice(2)];
await import("../dist/cli/main.js");
