/**
 * Shared pieces of the browser journeys: Debian's Chromium through playwright-core, a fresh build of the web UI when
 * the sources are newer than web/dist, screenshots kept under test-artifacts/e2e, and in-page accessibility checks.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { beforeEach } from "vitest";
import { journalOf } from "./page-journal.ts";

export { SeedError, seedApi } from "../support/seed-api.ts";

export const CHROMIUM_PATH = "/usr/bin/chromium";
export const chromiumMissing = !existsSync(CHROMIUM_PATH);

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const artifactsDir = join(repoRoot, "test-artifacts", "e2e");

if (chromiumMissing) {
  const line = "=".repeat(72);
  console.warn(
    `\n${line}\n  CHROMIUM NOT FOUND — browser tests skipped\n  (expected ${CHROMIUM_PATH}; install it with: apt-get install -y chromium)\n${line}\n`,
  );
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds web/dist when it is missing or older than web/src, web/public, web/index.html or web/vite.config.ts. */
export function buildWebIfStale(): void {
  const web = join(repoRoot, "web");
  const built = join(web, "dist", "index.html");
  const sources = Math.max(
    newestMtime(join(web, "src")),
    newestMtime(join(web, "public")),
    statSync(join(web, "index.html")).mtimeMs,
    statSync(join(web, "vite.config.ts")).mtimeMs,
  );
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  execFileSync("npx", ["vite", "build", "--config", "web/vite.config.ts", "--logLevel", "warn"], {
    cwd: repoRoot,
    stdio: "inherit",
    // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
    env: { ...process.env, NODE_ENV: "production" },
  });
}

/** Saves a full-page screenshot as test-artifacts/e2e/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });
}

/**
 * When a step of a journey fails, keeps what its page showed (test-artifacts/e2e/failed-<step>.png) and logs the
 * address it was on and what the page went through (its journal), so a failure on CI can be read without running it
 * again.
 */
export function keepFailureScreenshots(current: () => Page | undefined): void {
  beforeEach(({ task, onTestFailed }) => {
    onTestFailed(async () => {
      const page = current();
      if (!page || page.isClosed()) return;
      const journal = journalOf(page);
      console.error(
        `e2e step failed: "${task.name}" on ${page.url()}` +
          (journal.length > 0 ? `\nwhat the page went through:\n  ${journal.join("\n  ")}` : ""),
      );
      const name = task.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .slice(0, 60);
      await screenshot(page, `failed-${name}`).catch(() => undefined);
    });
  });
}

/**
 * Every visible form control has an accessible name (label element, aria-label or aria-labelledby with text).
 * Returns a description of each control that has none; an empty list means the page passes.
 */
export function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const named = (el: HTMLElement): boolean => {
      if (el.getAttribute("aria-label")?.trim()) return true;
      const ids = el.getAttribute("aria-labelledby")?.split(/\s+/).filter(Boolean) ?? [];
      if (ids.some((id) => document.getElementById(id)?.textContent?.trim())) return true;
      const labels = (el as HTMLInputElement).labels;
      if (labels && [...labels].some((label) => label.textContent?.trim())) return true;
      return Boolean(el.getAttribute("title")?.trim());
    };
    return [...document.querySelectorAll<HTMLElement>("input, select, textarea")]
      .filter((el) => (el as HTMLInputElement).type !== "hidden")
      .filter((el) => !named(el))
      .map((el) => el.outerHTML.slice(0, 160));
  });
}

/** The controls a user reaches with Tab from the top of the page, described as `tag:name`. */
export async function tabSequence(page: Page, presses: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press("Tab");
    seen.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return "none";
        const input = el as HTMLInputElement;
        const label = input.labels?.[0]?.textContent?.trim() ?? el.getAttribute("aria-label") ?? el.textContent?.trim();
        return `${el.tagName.toLowerCase()}:${label ?? ""}`;
      }),
    );
  }
  return seen;
}

/** A full-page screenshot from the top of the page, after closing the toasts that would cover it. */
export async function cleanScreenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => {
    for (const b of document.querySelectorAll<HTMLButtonElement>(".mantine-Notification-root button")) b.click();
    window.scrollTo(0, 0);
  });
  await page.waitForTimeout(300);
  await screenshot(page, name);
}

/** Text with every kind of space removed, so `1 592,40 $` (narrow no-break spaces) compares simply. */
export const squeeze = (text: string | null) => (text ?? "").replace(/\s/g, "");

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * Runs axe-core on the page as it is (injected through the DevTools protocol, so the page's CSP stays strict) and
 * describes each serious or critical violation, one line per element; an empty list means the page passes.
 */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<any> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations as Array<{
      id: string;
      impact: string;
      nodes: Array<{ target: string[]; html: string; failureSummary?: string }>;
    }>;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) ${n.target.join(" ")}: ${n.html.slice(0, 140)}`));
}

/**
 * Checks a main page with axe-core in both languages: as shown, then switched with the header's language switch
 * (when the page has one) and switched back. Returns the violations, each prefixed with where and in which language.
 */
export async function a11yInBothLanguages(page: Page, where: string): Promise<string[]> {
  await page.waitForLoadState("networkidle").catch(() => undefined);
  const lang = (await page.getAttribute("html", "lang")) ?? "fr-CA";
  const found = (await seriousA11yViolations(page)).map((v) => `${where} [${lang}] ${v}`);
  const other = lang.startsWith("fr") ? { label: "English", lang: "en-CA" } : { label: "Français", lang: "fr-CA" };
  const back = lang.startsWith("fr") ? "Français" : "English";
  const toggle = page.getByRole("banner").getByText(other.label, { exact: true });
  if ((await toggle.count()) === 0) return found;
  await toggle.click();
  await page.waitForFunction((l) => document.documentElement.lang === l, other.lang);
  // The page has rendered in the other language once the banner offers the way back.
  await page.getByRole("banner").getByText(back, { exact: true }).waitFor();
  found.push(...(await seriousA11yViolations(page)).map((v) => `${where} [${other.lang}] ${v}`));
  await page.getByRole("banner").getByText(back, { exact: true }).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  return found;
}

/** Signs in through the login page (the fields found by their type, so in either language) and waits to be let in. */
export async function logIn(page: Page, baseUrl: string, who: { email: string; password: string }): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[type="email"]').fill(who.email);
  await page.locator('input[type="password"]').fill(who.password);
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await page.locator("h1").first().waitFor();
}
