/** The `mandat` command on the embedded database: demo, backup while the server runs, restore. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { contractFetch } from "../support/documented-app.ts";
import { runCliToEnd, spawnServer } from "../support/spawn-server.ts";

/** Each answer of the server processes is checked against the OpenAPI document. */
const fetch = contractFetch;

describe("mandat CLI on SQLite", () => {
  const dir = mkdtempSync(join(tmpdir(), "mandat-cli-"));
  const env = { DATA_DIR: dir };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("loads the demo, backs up while serving, and restores", async () => {
    const demo = await runCliToEnd(["demo"], env);
    expect(demo.code, demo.stderr).toBe(0);
    expect(demo.stdout).toContain("alexandre@collectif-web.demo");

    const server = await spawnServer(env);
    try {
      const login = await fetch(`${server.url}/api/v1/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "alexandre@collectif-web.demo", password: "collectif-demo-2026" }),
      });
      expect(login.status).toBe(200);
      const cookie = /mandat_session=[^;]+/.exec(login.headers.get("set-cookie") ?? "")![0];
      const clients = await (await fetch(`${server.url}/api/v1/clients`, { headers: { cookie } })).json();
      expect(clients.items.map((c: { name: string }) => c.name)).toContain("Agence Boréale");

      const backupFile = join(dir, "copy.sqlite");
      const backup = await runCliToEnd(["backup", backupFile], env);
      expect(backup.code, backup.stderr).toBe(0);
      expect(backup.stderr).toContain("backup: 100%");
      const copy = new SQLite(backupFile, { readonly: true });
      expect(copy.prepare("select count(*) n from clients").get()).toEqual({ n: 4 });
      copy.close();

      // change the live data, then restore the backup over it
      const { csrfToken } = await login.json();
      const added = await fetch(`${server.url}/api/v1/clients`, {
        method: "POST",
        headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" },
        body: JSON.stringify({ kind: "direct", name: "Added after the backup" }),
      });
      expect(added.status).toBe(201);
      const refused = await runCliToEnd(["restore", backupFile], env);
      expect(refused.code).toBe(2);
      const restore = await runCliToEnd(["restore", backupFile, "--yes"], env);
      expect(restore.code, restore.stderr).toBe(0);
      const after = await (await fetch(`${server.url}/api/v1/clients?pageSize=50`, { headers: { cookie } })).json();
      expect(after.total).toBe(4);
      const bad = await runCliToEnd(["restore", join(dir, "missing.sqlite"), "--yes"], env);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain("no backup");
    } finally {
      await server.stop();
    }
  }, 120_000); // three real processes (demo, server, backup, restore): a busy 2-core machine needs the time
});
