/**
 * What a page went through, kept so a failed step on CI can be read without running it again: each load of its main
 * frame (a reload shows as a second load of the same address), what the page logged as a warning or an error, its
 * uncaught errors, and each answer of the API that was not a success. `keepFailureScreenshots` prints it.
 */
import type { BrowserContext, Page } from "playwright-core";

const journals = new WeakMap<Page, string[]>();
const started = performance.now();

function note(page: Page, line: string): void {
  const journal = journals.get(page);
  if (!journal) return;
  journal.push(`${((performance.now() - started) / 1000).toFixed(2)}s ${line}`);
  // A long journey keeps its last events, which are the ones a failure needs.
  if (journal.length > 200) journal.splice(0, journal.length - 200);
}

/** Starts keeping the journal of every page the context opens. */
export function keepJournals(context: BrowserContext): void {
  context.on("page", (page) => {
    journals.set(page, []);
    page.on("load", () => note(page, `load ${page.url()}`));
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) note(page, `at ${frame.url()}`);
    });
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning")
        note(page, `console.${message.type()} ${message.text().slice(0, 300)}`);
    });
    page.on("pageerror", (error) => note(page, `pageerror ${error.message.slice(0, 300)}`));
    page.on("response", (response) => {
      if (response.status() >= 400) note(page, `${response.status()} ${response.request().method()} ${response.url()}`);
    });
    page.on("requestfailed", (request) =>
      note(page, `failed ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ""}`),
    );
  });
}

/** The page's journal, oldest first (empty for a page whose context did not keep one). */
export function journalOf(page: Page): string[] {
  return journals.get(page) ?? [];
}
