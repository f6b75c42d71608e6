import type { Browser, Page } from "playwright-core";
import { ensureWebBuilt } from "../scripts/ensure-built.ts";
import { launchBrowser, openPage } from "../support/browser.ts";
import { exampleScenario, planFromScenario, planViaApi } from "../support/flows.ts";
import { startWebServer, type WebServer } from "../support/server.ts";
import { profilingBuild } from "./profiling-build.ts";
import { type Load, report, type Timeline } from "./web-report.ts";

/**
 * `npm run bench:web` (not a test): the plan page's first load on loopback and the JavaScript
 * it needs, switching weeks, and a 36-week season's timeline, in Debian's Chromium.
 */

const runs = 8;
// The 100-mile example started a week earlier: a 36-week season.
const longSeason = { ...exampleScenario("100mi-mountain-advanced"), startDate: "2026-12-28" };

await ensureWebBuilt((line) => console.log(line));
const server = await startWebServer();
const browser = await launchBrowser();
try {
  const plan = await planViaApi(server.url, "100k-trail-intermediate");
  const long = await planFromScenario(server.url, longSeason);
  const load = await firstLoads(browser, server, plan);
  const switching = await weekSwitches(browser, server, plan);
  const timeline = await longTimeline(browser, server, long);
  timeline.react = await timelineRenders(browser);
  report(browser, load, switching, timeline);
} finally {
  await browser.close();
  await server.close();
}

/** A cold load each time (a new browser context: no cache), timed by the page's own clock. */
async function firstLoads(browser: Browser, server: WebServer, id: string): Promise<Load> {
  const out: Load = { weekShown: [], chartsDrawn: [], scripts: [] };
  for (let i = 0; i < runs; i++) {
    const { page, context } = await openPage(browser, { today: null });
    const scripts = new Set<string>();
    page.on("response", (r) => {
      if (r.url().endsWith(".js")) scripts.add(new URL(r.url()).pathname);
    });
    await page.goto(`${server.url}/plans/${id}?week=12`, { waitUntil: "commit" });
    out.weekShown.push(await nowWhen(page, '[data-testid="week-section"] .workout', 1));
    out.chartsDrawn.push(await nowWhen(page, "svg.season-chart", 2));
    out.scripts = [...scripts];
    await context.close();
  }
  return out;
}

/** Press "Next" and wait for the frame after: twenty weeks in a row. */
async function weekSwitches(browser: Browser, server: WebServer, id: string): Promise<number[]> {
  const { page, context } = await openPage(browser, { today: null });
  await page.goto(`${server.url}/plans/${id}?week=1`);
  await page.locator("svg.season-chart").nth(1).waitFor();
  const times = (await page.evaluate(`(async () => {
    const next = [...document.querySelectorAll(".week-nav button")].find((b) => b.textContent.includes("Next"));
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const times = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      next.click();
      await frame();
      times.push(performance.now() - t0);
    }
    return times;
  })()`)) as number[];
  await context.close();
  return times;
}

/**
 * From the plan's JSON arriving to its 36 weeks on screen: parsing it and rendering the whole
 * page (timeline, the open week), so an upper bound on the timeline's own render.
 */
async function longTimeline(browser: Browser, server: WebServer, id: string): Promise<Timeline> {
  const times: number[] = [];
  const layouts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { page, context } = await openPage(browser, { today: null });
    await page.goto(`${server.url}/plans/${id}`, { waitUntil: "commit" });
    const shown = await nowWhen(page, ".timeline-week", 36);
    const arrived = (await page.evaluate(`performance.getEntriesByType("resource")
      .filter((e) => /\\/api\\/plans\\/[^/]+$/.test(new URL(e.name).pathname))[0].responseEnd`)) as number;
    times.push(shown - arrived);
    layouts.push(await timelineLayout(page));
    await context.close();
  }
  return { painted: times, layout: layouts, react: [] };
}

/** The same 36 weeks through a build that reports the timeline's React render (User Timing). */
async function timelineRenders(browser: Browser): Promise<number[]> {
  const profiling = await startWebServer(await profilingBuild());
  const times: number[] = [];
  try {
    const copy = await planFromScenario(profiling.url, longSeason);
    for (let i = 0; i < runs; i++) {
      const { page, context } = await openPage(browser, { today: null });
      await page.goto(`${profiling.url}/plans/${copy}`);
      await nowWhen(page, ".timeline-week", 36);
      times.push(
        (await page.evaluate(
          `performance.getEntriesByName("render:timeline:mount")[0]?.duration ?? NaN`,
        )) as number,
      );
      await context.close();
    }
  } finally {
    await profiling.close();
  }
  return times;
}

/**
 * The timeline's own share of a layout of the whole page: the page laid out from scratch
 * with it, less without it (median of five each).
 */
async function timelineLayout(page: Page): Promise<number> {
  return (await page.evaluate(`(() => {
    const timeline = document.querySelector(".timeline");
    const relayout = () => {
      const times = [];
      for (let i = 0; i < 5; i++) {
        document.documentElement.style.fontSize = i % 2 ? "16.01px" : "16px";
        const t = performance.now();
        document.body.offsetHeight;
        times.push(performance.now() - t);
      }
      document.documentElement.style.fontSize = "";
      return times.sort((a, b) => a - b)[2];
    };
    const withIt = relayout();
    timeline.hidden = true;
    const without = relayout();
    timeline.hidden = false;
    return withIt - without;
  })()`)) as number;
}

/**
 * The page's performance.now() at the first frame showing `count` elements matching `selector`.
 * Polled from inside the page by an expression: Playwright's waitForFunction evaluates a
 * string there, which the page's Content-Security-Policy refuses.
 */
async function nowWhen(page: Page, selector: string, count: number): Promise<number> {
  return (await page.evaluate(`new Promise((resolve) => {
    const check = () =>
      document.querySelectorAll(${JSON.stringify(selector)}).length >= ${count}
        ? resolve(performance.now())
        : requestAnimationFrame(check);
    check();
  })`)) as number;
}
