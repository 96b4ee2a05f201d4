/**
 * The PDF worker's thread (started by `render-pdf.ts`): renders each job it is sent and answers its bytes, or the
 * error that stopped it. pdfkit, fontkit and the parsed fonts live here, in this thread's own heap, never in the
 * server's.
 */
import { parentPort } from "node:worker_threads";
import { DomainError } from "../domain/errors.ts";
import { type PdfJob, renderPdfJob } from "./pdf-jobs.ts";

/** A job as the server sends it. */
export interface PdfWorkerRequest {
  id: number;
  job: PdfJob;
}

/** An error as it crosses back: enough to raise the same `DomainError` (or a plain error) in the server. */
export interface PdfWorkerFailure {
  name: string;
  message: string;
  stack?: string | undefined;
  code?: DomainError["code"];
  details?: DomainError["details"];
}

/** The worker's answer to one job. */
export type PdfWorkerAnswer = { id: number; bytes: Uint8Array } | { id: number; error: PdfWorkerFailure };

function failure(error: unknown): PdfWorkerFailure {
  if (error instanceof DomainError) {
    return { name: error.name, message: error.message, stack: error.stack, code: error.code, details: error.details };
  }
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: "Error", message: String(error) };
}

const port = parentPort;
if (!port) throw new Error("pdf-worker.ts runs as a worker thread (see render-pdf.ts)");

port.on("message", async ({ id, job }: PdfWorkerRequest) => {
  try {
    const rendered = await renderPdfJob(job);
    // A buffer of its own, handed over to the server without a copy.
    const bytes =
      rendered.byteOffset === 0 && rendered.byteLength === rendered.buffer.byteLength
        ? rendered
        : new Uint8Array(rendered);
    port.postMessage({ id, bytes } satisfies PdfWorkerAnswer, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    port.postMessage({ id, error: failure(error) } satisfies PdfWorkerAnswer);
  }
});
