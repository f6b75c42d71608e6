import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

/** Debian's Chromium, driven by playwright-core; the network is closed, so nothing phones home. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

/** The day the tests live on: before every example's start, so no example is moved. */
export const testToday = "2026-12-02";

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions: a CSP refusal shows up here too. */
  problems: string[];
}

/**
 * A page with a fixed calendar day, collecting what the browser complained about. Failed
 * requests the test means to make (a 409) are named in `expectedStatuses` and not counted.
 */
export async function openPage(
  browser: Browser,
  options: { width?: number; today?: string | null; expectedStatuses?: number[] } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  // null keeps the real clock: a faked one also stops performance timings (benchmarks).
  if (options.today !== null)
    await page.clock.setFixedTime(new Date(`${options.today ?? testToday}T09:00:00`));
  const problems: string[] = [];
  const expected = (options.expectedStatuses ?? []).map((s) => `status of ${s}`);
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    if (expected.some((s) => message.text().includes(s))) return;
    problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return { page, context, problems };
}
