/**
 * Which packages a piece of code makes Node load: `steps` (module code, top-level await allowed, run from the
 * repository root) runs in a child process that records every module Node's loader loads, so nothing the calling test
 * imported counts. `mark()` inside the steps snapshots the packages loaded so far; the last snapshot is taken at the end.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

// Every URL Node's loader loads, sent back to the main thread.
const HOOKS = `data:text/javascript,${encodeURIComponent(`
let port;
export function initialize(data) { port = data.port; }
export async function load(url, context, next) { port.postMessage(url); return next(url, context); }
`)}`;

/** The packages (`name/path…` under node_modules) loaded at each `await mark()` of `steps`, and at its end. */
export function packagesLoadedBy(steps: string): string[][] {
  const script = `
import { register } from "node:module";
import { MessageChannel } from "node:worker_threads";
const { port1, port2 } = new MessageChannel();
const loaded = [];
port1.on("message", (url) => loaded.push(url));
port1.unref();
register(${JSON.stringify(HOOKS)}, { data: { port: port2 }, transferList: [port2] });
// Messages on one port arrive in order: once a sentinel module's URL is back, every load before it is too.
let sentinels = 0;
const marks = [];
const mark = async () => {
  const url = "data:text/javascript,export default " + ++sentinels;
  await import(url);
  while (!loaded.includes(url)) await new Promise((resolve) => setImmediate(resolve));
  marks.push(loaded.filter((u) => u.includes("/node_modules/")).map((u) => u.replace(/.*\\/node_modules\\//, "")));
};
${steps}
await mark();
process.stdout.write(JSON.stringify(marks));
`;
  const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, LOG_LEVEL: "silent" },
  });
  return JSON.parse(out) as string[][];
}

/** Whether any of `packages` (names, scoped ones with their scope) is among `loaded`. */
export function loadedAny(loaded: readonly string[], packages: readonly string[]): string[] {
  return [
    ...new Set(loaded.map((u) => (u.startsWith("@") ? u.split("/").slice(0, 2) : u.split("/").slice(0, 1)).join("/"))),
  ]
    .filter((name) => packages.includes(name))
    .sort();
}
