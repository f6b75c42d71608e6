import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, openPage } from "../support/browser.ts";
import { logViaApi, openWeek, planViaApi, storedPlan } from "../support/flows.ts";
import { startWebServer } from "../support/server.ts";
import { ensureWebBuilt } from "./ensure-built.ts";

/**
 * `npm run screenshots`: the main views at 390 px and 1280 px into docs/screenshots/, from
 * the examples, seen on a fixed day in the middle of the season.
 */

const outDir = fileURLToPath(new URL("../../../docs/screenshots/", import.meta.url));
const midSeason = "2027-03-31";
const widths = [1280, 390] as const;

await ensureWebBuilt((line) => console.log(line));
mkdirSync(outDir, { recursive: true });
const server = await startWebServer();
const browser = await launchBrowser();
try {
  const season = await planViaApi(server.url, "hm-and-50k");
  const conflict = await planViaApi(server.url, "two-a-races-too-close");
  await logSomeDays(server.url, season);
  for (const width of widths) await shoot(browser, width, season, conflict);
} finally {
  await browser.close();
  await server.close();
}

async function shoot(browser: Browser, width: number, season: string, conflict: string) {
  const { page, context } = await openPage(browser, { width, today: midSeason });
  const save = (name: string) => join(outDir, `${name}-${width}.png`);

  await page.goto(`${server.url}/new?example=hm-and-50k`);
  await page.getByRole("heading", { name: "Goals" }).waitFor();
  await page.screenshot({ path: save("setup") });

  await openWeek(page, server.url, season, 13);
  await chartsDrawn(page);
  await page.screenshot({ path: save("plan") });

  const key = page
    .getByTestId("workout")
    .filter({ has: page.locator(".badge.key") })
    .first();
  await key.getByText("Steps and why").click();
  await page
    .locator(".week-days-section")
    .screenshot({ path: save("week"), animations: "disabled" });
  await page.locator(".season-charts").screenshot({ path: save("charts") });

  const week =
    ((await storedPlan(server.url, conflict)).plan.warnings.find((w) => w.weekIndex !== undefined)
      ?.weekIndex ?? 0) + 1;
  await openWeek(page, server.url, conflict, week);
  await page.locator(".warning").filter({ hasText: "Two key sessions" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: save("conflict") });
  await context.close();
  console.log(`Screenshots at ${width} px written.`);
}

/** The runner's first days of week 13, as logged, so the week shows what was run. */
async function logSomeDays(base: string, id: string) {
  const { plan } = await storedPlan(base, id);
  const days = plan.weeks[12]?.days.filter(
    (d) => d.date < midSeason && d.workouts.some((w) => w.durationMin > 0),
  );
  for (const [i, day] of (days ?? []).entries())
    await logViaApi(
      base,
      id,
      i === 0
        ? { date: day.date, status: "done", rpe: 6 }
        : { date: day.date, status: "partial", minutes: 35, rpe: 4 },
    );
}

async function chartsDrawn(page: Page) {
  await page.locator("svg.season-chart").nth(1).waitFor();
}
