/**
 * Prints documents on a worker thread. A PDF costs 10-50 ms of CPU: rendered on the server's own thread, it would hold
 * every other request for that long, and pdfkit's buffers would grow the server's heap for its whole life. On the
 * worker, the event loop goes on serving reads while a PDF is laid out, and the worker's heap is bounded and given
 * back: the worker starts on the first PDF (pdfkit and the fonts are loaded there, never at the server's start), keeps
 * its fonts while PDFs keep coming, and stops after `pdfWorkerSettings.idleMs` (ten minutes) without one.
 *
 * Jobs run one after the other on the one worker (a studio's server prints a few documents at a time; a machine's
 * other core serves the requests meanwhile). A worker that dies (out of its memory limit, say) fails the jobs it held
 * with an error, and the next job starts a new one.
 */
import { Worker } from "node:worker_threads";
import { DomainError } from "../domain/errors.ts";
import type { PdfJob } from "./pdf-jobs.ts";
import type { PdfWorkerAnswer, PdfWorkerFailure, PdfWorkerRequest } from "./pdf-worker.ts";

/**
 * `idleMs`: how long the worker waits for another PDF before it stops and its memory (about 50 MB) returns to the
 * system. A new worker costs its first PDF about half a second (pdfkit loaded and the fonts parsed again: 691 ms
 * against 29-48 ms for the next ones, measured on the bundle while a CI run loaded the machine), so it is kept for ten
 * minutes: a studio printing a document now and then through its day keeps one worker; a night gives the memory back.
 */
export const pdfWorkerSettings = { idleMs: 10 * 60_000 };

/**
 * The worker's heap: room for pdfkit, the four parsed fonts and the largest document the API accepts (an invoice of
 * 500 lines of 500 characters prints in under 48 MB of old generation; 96 leaves it twice that), and a small young
 * generation, so that a burst of PDFs is collected often instead of growing the heap.
 */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 8 };

interface Waiting {
  resolve(bytes: Uint8Array): void;
  reject(error: Error): void;
}

let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, Waiting>();
let idleTimer: NodeJS.Timeout | undefined;

/**
 * The worker's code. From the bundle (`npm start`): `pdf-worker.js` beside the chunk this code is in. From the sources
 * (tests, `npm run dev`): `pdf-worker.ts` through tsx, which `pdf-worker-from-sources.mjs` registers in the worker
 * first (a worker's entry is loaded before any `--import` of its own would run).
 */
function startWorker(): Worker {
  const fromSources = import.meta.url.endsWith(".ts");
  const entry = new URL(fromSources ? "./pdf-worker-from-sources.mjs" : "./pdf-worker.js", import.meta.url);
  // The worker takes the server's Node options, but `--input-type` (for code given with `-e`), which no file accepts.
  const execArgv = process.execArgv.filter((option) => !option.startsWith("--input-type"));
  return new Worker(entry, { execArgv, resourceLimits: RESOURCE_LIMITS });
}

function raised(failure: PdfWorkerFailure): Error {
  const error =
    failure.name === "DomainError" && failure.code
      ? new DomainError(failure.code, failure.message, failure.details)
      : Object.assign(new Error(failure.message), { name: failure.name });
  if (failure.stack) error.stack = failure.stack;
  return error;
}

/** Fails every job the worker held, and forgets the worker: the next job starts a new one. */
function lose(which: Worker, error: Error): void {
  if (worker !== which) return;
  worker = undefined;
  clearTimeout(idleTimer);
  for (const [id, job] of waiting) {
    waiting.delete(id);
    job.reject(error);
  }
}

function theWorker(): Worker {
  if (worker) return worker;
  const started = startWorker();
  started.on("message", (answer: PdfWorkerAnswer) => {
    const job = waiting.get(answer.id);
    if (!job) return;
    waiting.delete(answer.id);
    // A Buffer over the bytes received (no copy), as pdfkit's own output is: mail attachments and file answers take it.
    if ("bytes" in answer)
      job.resolve(Buffer.from(answer.bytes.buffer, answer.bytes.byteOffset, answer.bytes.byteLength));
    else job.reject(raised(answer.error));
    if (waiting.size === 0) idle(started);
  });
  started.on("error", (error) => lose(started, new Error(`the PDF worker failed: ${error.message}`, { cause: error })));
  started.on("exit", (code) => lose(started, new Error(`the PDF worker stopped (exit code ${code})`)));
  worker = started;
  return started;
}

/** No job left: the worker no longer keeps the process alive, and stops if none comes before the idle delay. */
function idle(which: Worker): void {
  which.unref();
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (worker === which && waiting.size === 0) {
      worker = undefined;
      void which.terminate();
    }
  }, pdfWorkerSettings.idleMs);
  idleTimer.unref();
}

/** Renders a document on the PDF worker; resolves to its bytes, or rejects with the renderer's error. */
export function renderPdf(job: PdfJob): Promise<Uint8Array> {
  clearTimeout(idleTimer);
  const target = theWorker();
  target.ref();
  const id = nextId++;
  return new Promise<Uint8Array>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    try {
      target.postMessage({ id, job } satisfies PdfWorkerRequest);
    } catch (error) {
      // An input that cannot cross to the worker (a programming error): this job fails, the worker stays.
      waiting.delete(id);
      if (waiting.size === 0) idle(target);
      reject(error);
    }
  });
}

/** Whether the worker is running (started by a PDF, not yet stopped for idleness). */
export function pdfWorkerRunning(): boolean {
  return worker !== undefined;
}

/** Stops the worker now (its jobs fail); the next PDF starts a new one. For a server shutting down, and tests. */
export async function stopPdfWorker(): Promise<void> {
  const current = worker;
  if (!current) return;
  lose(current, new Error("the PDF worker was stopped"));
  await current.terminate();
}
