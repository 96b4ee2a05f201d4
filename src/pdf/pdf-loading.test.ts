/**
 * pdfkit and fontkit (a few hundred milliseconds to import) stay off the server's start: importing the server and
 * its HTTP app loads neither; the first PDF loads both. Checked in a child process that records every module
 * Node loads, so nothing this test file imported counts.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

// Every URL Node's loader loads, sent back to the main thread.
const HOOKS = `data:text/javascript,${encodeURIComponent(`
let port;
export function initialize(data) { port = data.port; }
export async function load(url, context, next) { port.postMessage(url); return next(url, context); }
`)}`;

const SCRIPT = `
import { register } from "node:module";
import { MessageChannel } from "node:worker_threads";
const { port1, port2 } = new MessageChannel();
const loaded = [];
port1.on("message", (url) => loaded.push(url));
port1.unref();
register(${JSON.stringify(HOOKS)}, { data: { port: port2 }, transferList: [port2] });
// Messages on one port arrive in order: once a sentinel module's URL is back, every load before it is too.
let sentinels = 0;
const settle = async () => {
  const url = "data:text/javascript,export default " + ++sentinels;
  await import(url);
  while (!loaded.includes(url)) await new Promise((resolve) => setImmediate(resolve));
};
const heavy = () => loaded.filter((u) => /\\/node_modules\\/(pdfkit|fontkit)\\//.test(u)).map((u) => u.replace(/.*\\/node_modules\\//, ""));
await import("./src/http/server.ts");
await import("./src/http/app.ts");
await settle();
const atStart = heavy();
const { createPdfDocument } = await import("./src/pdf/pdf-document.ts");
const pdf = await createPdfDocument({ locale: "fr-CA", title: "Essai", issuerName: "Studio", createdAt: "2026-11-26T15:00:00.000Z" });
pdf.paragraph("Première page");
await pdf.finish();
await settle();
process.stdout.write(JSON.stringify({ atStart, afterFirstPdf: heavy() }));
`;

describe("loading pdfkit", () => {
  it("happens on the first PDF, never when the server starts", () => {
    const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", SCRIPT], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, LOG_LEVEL: "silent" },
    });
    const { atStart, afterFirstPdf } = JSON.parse(out) as { atStart: string[]; afterFirstPdf: string[] };
    expect(atStart).toEqual([]);
    expect(afterFirstPdf.some((u) => u.startsWith("pdfkit/"))).toBe(true);
    expect(afterFirstPdf.some((u) => u.startsWith("fontkit/"))).toBe(true);
  });
});
