#!/usr/bin/env node
// `npm start`: builds what is out of date (server with tsc, web UI with Vite), then runs `mandat serve`.
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
  [join(root, "src"), join(root, "tsconfig.json"), join(root, "tsconfig.build.json")],
  bin("tsc"),
  ["-p", "tsconfig.build.json"],
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
