/** Starts the load worker in a child process and returns its result; bounded in time by the spec. */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { LoadResult, LoadSpec } from "./load-worker.ts";

const WORKER = fileURLToPath(new URL("./load-worker.ts", import.meta.url));

export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", import.meta.resolve("tsx"), WORKER, JSON.stringify(spec)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
    });
    const limit = setTimeout(() => child.kill("SIGKILL"), (spec.warmupSeconds + spec.durationSeconds + 30) * 1000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(limit);
      if (code !== 0) return reject(new Error(`load worker exited with ${code}`));
      try {
        resolve(JSON.parse(out.trim().split("\n").pop() ?? "") as LoadResult);
      } catch (err) {
        reject(new Error(`load worker printed no result: ${out.slice(0, 300)} (${String(err)})`));
      }
    });
  });
}
