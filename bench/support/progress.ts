/** Progress lines on stderr: one per phase, with counts and elapsed time, so stdout stays the report. */
export interface Progress {
  /** Runs a phase and prints `label: <detail> (<ms>)` when it ends; the phase returns its detail line. */
  phase<T>(label: string, run: () => Promise<T>, detail?: (result: T) => string): Promise<T>;
  note(line: string): void;
}

export function createProgress(out: NodeJS.WritableStream = process.stderr): Progress {
  const started = performance.now();
  const clock = () => `${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`;
  return {
    async phase(label, run, detail) {
      const t0 = performance.now();
      out.write(`[bench ${clock()}] ${label}…\n`);
      const result = await run();
      const took = `${((performance.now() - t0) / 1000).toFixed(2)} s`;
      out.write(`[bench ${clock()}] ${label}: ${detail ? `${detail(result)}, ` : ""}${took}\n`);
      return result;
    },
    note(line) {
      out.write(`[bench ${clock()}] ${line}\n`);
    },
  };
}
