/**
 * The built web UI (web/dist), served by the API server:
 * - a file is sent precompressed when the build left a twin beside it (`app.js.br`, `app.js.gz`, see
 *   web/precompress.ts) and the request's `Accept-Encoding` takes it (brotli first, then gzip), with
 *   `Content-Encoding` and `Vary: Accept-Encoding`; otherwise as it is;
 * - files under /assets/ carry a hash of their content in their name, so they are cached for a year and never
 *   revalidated (`public, max-age=31536000, immutable`); a missing one answers 404, never the page;
 * - index.html (at `/` and for every other path the UI routes itself) and the few unhashed files (favicon) are
 *   revalidated on every use (`no-cache`) with an ETag, so a new build shows at the next load;
 * - only GET and HEAD; no dot file, no path outside the folder.
 */
import { createReadStream, type Stats } from "node:fs";
import { stat } from "node:fs/promises";
import { join, resolve, sep } from "node:path";
import { Readable } from "node:stream";
import type { Context, Env, Hono } from "hono";
import { getMimeType } from "hono/utils/mime";

export const IMMUTABLE = "public, max-age=31536000, immutable";
export const REVALIDATE = "no-cache";

type Encoding = "br" | "gzip";
const SUFFIX: Record<Encoding, string> = { br: ".br", gzip: ".gz" };

/** The encodings the client accepts, best first, from `Accept-Encoding` (q=0 refuses; `*` accepts the others). */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  if (!header) return [];
  const q = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const weight = (name: Encoding) => q.get(name) ?? (name === "gzip" ? q.get("x-gzip") : undefined) ?? q.get("*") ?? 0;
  return (["br", "gzip"] as const).filter((e) => weight(e) > 0).sort((a, b) => weight(b) - weight(a));
}

async function fileStat(path: string): Promise<Stats | undefined> {
  try {
    const s = await stat(path);
    return s.isFile() ? s : undefined;
  } catch {
    return undefined;
  }
}

/** The file a URL path names under `root`, or undefined when it would leave it or name a dot file. */
function pathUnder(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return undefined;
  const segments = decoded.split("/").filter((s) => s !== "");
  if (segments.some((s) => s.startsWith(".") || s.endsWith(".br") || s.endsWith(".gz"))) return undefined;
  const path = resolve(root, ...segments);
  return path.startsWith(root + sep) ? path : undefined;
}

/** Sends one file (or its precompressed twin) with its cache headers; honours `If-None-Match`. */
async function sendFile(c: Context, path: string, stats: Stats, cacheControl: string): Promise<Response> {
  const type = getMimeType(path) ?? "application/octet-stream";
  let body = path;
  let size = stats.size;
  let encoding: Encoding | undefined;
  let mtime = stats.mtimeMs;
  for (const candidate of acceptedEncodings(c.req.header("accept-encoding"))) {
    const twin = await fileStat(path + SUFFIX[candidate]);
    if (twin) {
      body = path + SUFFIX[candidate];
      size = twin.size;
      mtime = twin.mtimeMs;
      encoding = candidate;
      break;
    }
  }
  const etag = `W/"${size.toString(16)}-${Math.floor(mtime).toString(16)}${encoding ? `-${encoding}` : ""}"`;
  const headers: Record<string, string> = {
    "content-type": type,
    "cache-control": cacheControl,
    vary: "Accept-Encoding",
    etag,
  };
  if (encoding) headers["content-encoding"] = encoding;
  const ifNoneMatch = c.req.header("if-none-match");
  if (ifNoneMatch?.split(",").some((t) => t.trim() === etag || t.trim() === "*")) {
    return c.body(null, 304, headers);
  }
  headers["content-length"] = String(size);
  if (c.req.method === "HEAD") return c.body(null, 200, headers);
  return c.body(Readable.toWeb(createReadStream(body)) as ReadableStream, 200, headers);
}

/** Serves the UI built in `webDist` on every path `app` has not answered (mount it after the API). HEAD too. */
export function mountWebUi<E extends Env>(app: Hono<E>, webDist: string): void {
  const root = resolve(webDist);
  const index = join(root, "index.html");
  app.get("*", async (c) => {
    const path = pathUnder(root, c.req.path);
    const stats = path && path !== index ? await fileStat(path) : undefined;
    if (path && stats) {
      const hashed = path.startsWith(join(root, "assets") + sep);
      return sendFile(c, path, stats, hashed ? IMMUTABLE : REVALIDATE);
    }
    // A missing hashed file is a stale page asking for a previous build's chunk: 404, not the page as a script.
    if (c.req.path.startsWith("/assets/")) return c.text("Not found", 404, { "cache-control": REVALIDATE });
    const indexStats = await fileStat(index);
    if (!indexStats) return c.text("Not found", 404);
    return sendFile(c, index, indexStats, REVALIDATE);
  });
}
