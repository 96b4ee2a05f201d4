/**
 * The web UI as the server sends it: precompressed twins written by the build (web/precompress.ts) are chosen by
 * `Accept-Encoding` and decompress to the very file; hashed files under /assets are cached for a year, immutable;
 * index.html (and every path the UI routes itself) is revalidated each time. Served from a small built folder made
 * here, so the test never depends on web/dist being built. Static files do not touch the database: SQLite only.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp } from "../../src/http/app.ts";
import { acceptedEncodings } from "../../src/http/static-assets.ts";
import { precompressDirectory } from "../../web/precompress.ts";
import { createTestDatabase, type TestDatabase, testContext } from "../support/engines.ts";

const INDEX = `<!doctype html><html lang="fr-CA"><head><script type="module" src="/assets/index-AbC123.js"></script></head><body><div id="root"></div></body></html>\n`;
// Text that compresses well, as a real bundle does.
const SCRIPT = `${Array.from({ length: 400 }, (_, i) => `export const label${i} = "Libellé numéro ${i} — « ${"é".repeat(i % 7)} »";`).join("\n")}\n`;
const STYLE = `${Array.from({ length: 200 }, (_, i) => `.c${i}{color:#${(i * 4099).toString(16).padStart(6, "0").slice(0, 6)}}`).join("\n")}\n`;
const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" fill="#1864ab"/></svg>\n`;

describe("the web UI's static files", () => {
  let db: TestDatabase;
  let dist: string;
  let app: ReturnType<typeof createHttpApp>;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), "mandat-dist-"));
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, "index.html"), INDEX);
    writeFileSync(join(dist, "assets", "index-AbC123.js"), SCRIPT);
    writeFileSync(join(dist, "assets", "index-DeF456.css"), STYLE);
    writeFileSync(join(dist, "favicon.svg"), ICON);
    mkdirSync(join(dist, ".vite"));
    writeFileSync(join(dist, ".vite", "manifest.json"), "{}");
    await precompressDirectory(dist);
    db = await createTestDatabase("sqlite");
    app = createHttpApp(testContext(db), { webDist: dist });
  });
  afterAll(async () => {
    await db?.drop();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
  const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

  it("sends brotli to a browser that takes it, and the bytes decompress to the file", async () => {
    const res = await get("/assets/index-AbC123.js", { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe("br");
    expect(res.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(res.headers.get("vary")).toBe("Accept-Encoding");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const body = await bytes(res);
    expect(Number(res.headers.get("content-length"))).toBe(body.length);
    expect(body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 4);
    expect(brotliDecompressSync(body).toString("utf8")).toBe(SCRIPT);
  });

  it("sends gzip when brotli is not accepted (or refused with q=0), and the bytes decompress to the file", async () => {
    for (const accept of ["gzip, deflate", "br;q=0, gzip;q=0.8", "x-gzip"]) {
      const res = await get("/assets/index-DeF456.css", { "accept-encoding": accept });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-encoding")).toBe("gzip");
      expect(res.headers.get("content-type")).toMatch(/^text\/css/);
      expect(res.headers.get("vary")).toBe("Accept-Encoding");
      expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(gunzipSync(await bytes(res)).toString("utf8")).toBe(STYLE);
    }
  });

  it("sends the file as it is without Accept-Encoding, or when every encoding is refused", async () => {
    const variants: Record<string, string>[] = [
      {},
      { "accept-encoding": "identity" },
      { "accept-encoding": "br;q=0, gzip;q=0" },
    ];
    for (const headers of variants) {
      const res = await get("/assets/index-AbC123.js", headers);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-encoding")).toBeNull();
      expect(res.headers.get("vary")).toBe("Accept-Encoding");
      expect((await bytes(res)).toString("utf8")).toBe(SCRIPT);
    }
  });

  it("answers index.html at / and on the UI's own routes, revalidated on every use", async () => {
    for (const path of ["/", "/clients/123", "/invoices/new", "/index.html"]) {
      const res = await get(path, { "accept-encoding": "br, gzip" });
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^text\/html/);
      expect(res.headers.get("cache-control")).toBe("no-cache");
      const body = await bytes(res);
      const text = res.headers.get("content-encoding") === "br" ? brotliDecompressSync(body) : body;
      expect(text.toString("utf8")).toBe(INDEX);
    }
  });

  it("revalidates an unchanged file with 304 (its ETag names the encoding sent)", async () => {
    const first = await get("/", { "accept-encoding": "gzip" });
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    const again = await get("/", { "accept-encoding": "gzip", "if-none-match": etag! });
    expect(again.status).toBe(304);
    expect(again.headers.get("cache-control")).toBe("no-cache");
    expect(await again.text()).toBe("");
    const otherEncoding = await get("/", { "accept-encoding": "br", "if-none-match": etag! });
    expect(otherEncoding.status).toBe(200);
  });

  it("keeps unhashed files (the icon) revalidated, not immutable", async () => {
    const res = await get("/favicon.svg", { "accept-encoding": "gzip" });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(res.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    const body = await bytes(res);
    const text = res.headers.get("content-encoding") === "gzip" ? gunzipSync(body) : body;
    expect(text.toString("utf8")).toBe(ICON);
  });

  it("answers HEAD with the headers and no body", async () => {
    const res = await app.request("/assets/index-AbC123.js", { method: "HEAD", headers: { "accept-encoding": "br" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe("br");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect((await res.arrayBuffer()).byteLength).toBe(0);
  });

  it("answers 404 for a missing hashed file (a previous build's chunk), never the page as a script", async () => {
    const res = await get("/assets/index-Old999.js", { "accept-encoding": "br" });
    expect(res.status).toBe(404);
    expect(res.headers.get("cache-control")).toBe("no-cache");
  });

  it("serves no twin, dot file or path outside the folder by name", async () => {
    for (const path of [
      "/assets/index-AbC123.js.br",
      "/assets/index-AbC123.js.gz",
      "/.vite/manifest.json",
      "/assets/%2e%2e/%2e%2e/package.json",
      "/..%2f..%2fpackage.json",
    ]) {
      const res = await get(path);
      const text = await res.text();
      expect(text, path).not.toContain("{}");
      expect(text, path).not.toContain('"name"');
      if (res.status === 200) expect(text, path).toBe(INDEX);
    }
  });

  it("leaves the API and the probes to their routes", async () => {
    expect((await get("/healthz")).headers.get("content-type")).toMatch(/^application\/json/);
    const api = await get("/api/v1/no-such-route", { "accept-encoding": "br" });
    expect(api.status).toBe(404);
    expect(api.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  });
});

describe("Accept-Encoding", () => {
  it("orders what the client takes by weight, brotli first on a tie, and drops what it refuses", () => {
    expect(acceptedEncodings(undefined)).toEqual([]);
    expect(acceptedEncodings("gzip, deflate, br")).toEqual(["br", "gzip"]);
    expect(acceptedEncodings("gzip;q=1.0, br;q=0.5")).toEqual(["gzip", "br"]);
    expect(acceptedEncodings("br;q=0")).toEqual([]);
    expect(acceptedEncodings("*")).toEqual(["br", "gzip"]);
    expect(acceptedEncodings("*;q=0.5, br;q=0")).toEqual(["gzip"]);
    expect(acceptedEncodings("identity")).toEqual([]);
  });
});
