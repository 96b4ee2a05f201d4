/** Progress on stderr for long CLI operations (cli-progress), silent when stderr is not a terminal except at the end. */
import cliProgress from "cli-progress";

export function progressBar(label: string, unit = "pages") {
  const interactive = process.stderr.isTTY === true;
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {percentage}% | {value}/{total} ${unit}`, stream: process.stderr, noTTYOutput: false },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let last = -1;
  return {
    update: (done: number, total: number) => {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.setTotal(total);
      bar.update(done);
      const pct = total ? Math.floor((done / total) * 100) : 100;
      if (!interactive && pct >= last + 25) {
        last = pct;
        process.stderr.write(`${label}: ${pct}% (${done}/${total} ${unit})\n`);
      }
    },
    stop: () => {
      if (started) bar.stop();
      if (!interactive && last < 100) process.stderr.write(`${label}: 100%\n`);
    },
  };
}
