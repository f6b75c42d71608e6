import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe.ts";
import { launchBrowser, openPage } from "../support/browser.ts";
import { openWeek, planViaApi, storedPlan } from "../support/flows.ts";
import { startWebServer, type WebServer } from "../support/server.ts";

describe("the season and its weeks", () => {
  let server: WebServer;
  let browser: Browser;
  let id: string;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
    id = await planViaApi(server.url, "100k-trail-intermediate");
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("scrolls the timeline with the keyboard and opens the week it lands on", async () => {
    // On a phone the season is wider than the screen.
    const { page, problems } = await openPage(browser, { width: 390 });
    await openWeek(page, server.url, id, 1);
    const weeks = (await storedPlan(server.url, id)).plan.weeks.length;
    const scroller = page.getByTestId("timeline-scroll");
    expect(await scroller.evaluate((el) => el.scrollLeft)).toBe(0);
    await page.getByRole("button", { name: /^Week 1, / }).focus();
    await page.keyboard.press("End");
    await page.getByRole("heading", { name: `Week ${weeks} of ${weeks}` }).waitFor();
    expect(page.url()).toMatch(new RegExp(`week=${weeks}$`));
    await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
    await page.keyboard.press("ArrowLeft");
    await page.getByRole("heading", { name: `Week ${weeks - 1} of` }).waitFor();
    // A swipe (here a wheel) scrolls it too, without opening anything.
    await scroller.hover();
    await page.mouse.wheel(-600, 0);
    await expect
      .poll(() => scroller.evaluate((el) => el.scrollLeft))
      .toBeLessThan(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth - 300));
    expect(problems).toEqual([]);
  });

  it("opens a week by clicking it, and reads why it is so", async () => {
    const { page, problems } = await openPage(browser);
    await openWeek(page, server.url, id, 1);
    await page.getByRole("button", { name: /^Week 13, / }).click();
    await page.getByRole("heading", { name: /^Week 13 of/ }).waitFor();
    expect(await page.title()).toBe("Mountain Lakes 100K, week 13 · Cairn");
    const why = await page.getByTestId("week-why").textContent();
    expect(why).toMatch(/\((PR|LR|SP|IN|PH|TP|RC|MG)-\d/);
    const keySession = page
      .getByTestId("workout")
      .filter({ has: page.locator(".badge.key") })
      .first();
    await keySession.getByText("Steps and why").click();
    await expect(keySession.locator(".workout-why").textContent()).resolves.toMatch(/^Why: .{20,}/);
    expect(await keySession.locator(".workout-steps li").count()).toBeGreaterThan(1);
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("shows every distance, pace and climb in miles once asked", async () => {
    const { page, problems } = await openPage(browser);
    await openWeek(page, server.url, id, 13);
    // A key session is a run (the week may open with mobility, which has no distance).
    const facts = page
      .getByTestId("workout")
      .filter({ has: page.locator(".badge.key") })
      .first()
      .locator(".workout-facts");
    await expect(facts.textContent()).resolves.toMatch(/\d km/);
    await page.getByRole("button", { name: "mi", exact: true }).click();
    await expect(facts.textContent()).resolves.toMatch(/\d mi .*\/mi|\d mi/);
    await expect(page.locator(".goal-chip").textContent()).resolves.toMatch(
      /62\.1 mi trail · 11,483 ft up/,
    );
    // The choice is kept for the next visit.
    await page.reload();
    await expect(page.locator(".goal-chip").textContent()).resolves.toMatch(/62\.1 mi/);
    await page.getByRole("button", { name: "km", exact: true }).click();
    expect(problems).toEqual([]);
  });

  it("does not move what is on screen when the plan and its charts arrive", async () => {
    // The real clock: a faked one also stops the browser's layout-shift records.
    const { page, problems } = await openPage(browser, { today: null });
    await openWeek(page, server.url, id, 12);
    await page.locator("svg.season-chart").nth(1).waitFor();
    const shift = await page.evaluate(`new Promise((resolve) => {
      let total = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) total += entry.value;
      }).observe({ type: "layout-shift", buffered: true });
      setTimeout(() => resolve(total), 300);
    })`);
    // Under 0.1 is what browsers call a good cumulative layout shift.
    expect(shift).toBeLessThan(0.1);
    expect(problems).toEqual([]);
  });

  it("lists the days on a 390 px phone, with nothing wider than the screen", async () => {
    const { page, problems } = await openPage(browser, { width: 390 });
    await openWeek(page, server.url, id, 13);
    const columns = await page
      .locator(".week-days")
      .evaluate((el) => getComputedStyle(el).gridTemplateColumns);
    expect(columns.split(" ")).toHaveLength(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
