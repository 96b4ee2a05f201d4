/**
 * The server as `npm start` runs it: bundled by scripts/build-server.mjs, started as its own process. Its PDFs are
 * printed on the PDF worker, an entry of its own in the bundle (`cli/pdf-worker.js`): a bundle without it would start,
 * answer every page, and fail on the first PDF.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer, privateBuildDir } from "../../bench/measure/server-process.ts";
import { pdfText } from "../fixtures/pdf/pdf-text.ts";
import { buildClient, buildOffer, buildSignUp } from "../support/http-client.ts";
import { seedApi } from "../support/seed-api.ts";
import { freePort } from "../support/server.ts";

describe("the bundled server (npm start)", () => {
  const build = privateBuildDir("test-bundle");
  const dataDir = mkdtempSync(join(tmpdir(), "mandat-bundle-"));
  let child: ChildProcess | undefined;
  let url = "";

  beforeAll(async () => {
    const entry = buildServer(build.dir);
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, [entry, "serve"], {
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        DATABASE_URL: "",
        HOST: "127.0.0.1",
        PORT: String(port),
        LOG_LEVEL: "silent",
        SIGNUP_POLICY: "open",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    await new Promise<void>((resolve, reject) => {
      child?.stdout?.on("data", (d: Buffer) => {
        out += d.toString();
        if (out.includes("running on")) resolve();
      });
      child?.stderr?.on("data", (d: Buffer) => {
        out += d.toString();
      });
      child?.once("exit", (code) => reject(new Error(`the server exited with ${code}: ${out.slice(0, 800)}`)));
    });
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((done) => child?.once("exit", done));
      child.kill("SIGTERM");
      await exited;
    }
    build.remove();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("prints an offer's PDF on its worker", async () => {
    const api = seedApi(url);
    await api("POST", "/auth/signup", buildSignUp());
    const client = await api(
      "POST",
      "/clients",
      buildClient({ name: "Brûlerie du Faubourg", legalName: "Brûlerie du Faubourg inc." }),
    );
    const offer = await api("POST", "/offers", buildOffer(client.id, { title: "Boutique de cafés en ligne" }));
    const res = await fetch(`${url}/api/v1/offers/${offer.id}/pdf`, { headers: { cookie: api.cookie() } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const { text } = await pdfText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toContain("Boutique de cafés en ligne");
    expect(text).toContain("Brûlerie du Faubourg inc.");
  });
});
