import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe.ts";
import { launchBrowser, openPage } from "../support/browser.ts";
import { announced, openWeek, planViaApi, statusSays, storedPlan } from "../support/flows.ts";
import { startWebServer, type WebServer } from "../support/server.ts";

describe("logging, re-planning and exporting", () => {
  let server: WebServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("logs a day as partly done with how hard it felt", async () => {
    const id = await planViaApi(server.url, "100k-trail-intermediate");
    const { page, problems } = await openPage(browser);
    await openWeek(page, server.url, id, 2);
    const day = page
      .locator(".day")
      .filter({ has: page.locator(".badge.key") })
      .first();
    const date = await day.getAttribute("data-date");
    await day.getByRole("button", { name: /^Log / }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Partly done").check();
    await dialog.getByLabel("Minutes run").fill("25");
    await dialog.getByLabel(/How hard did it feel/).selectOption("6");
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Save" }).click();
    await statusSays(page, /^Logged .*: partly done\./);
    await expect(day.locator(".log-chip").textContent()).resolves.toBe(
      "Partly done · 25 min · RPE 6",
    );
    const { plan } = await storedPlan(server.url, id);
    expect(plan.log).toEqual([{ date, status: "partial", minutes: 25, rpe: 6 }]);
    expect(problems).toEqual([]);
  });

  it("logs a missed week, then re-plans the season from the Monday after it", async () => {
    const id = await planViaApi(server.url, "100k-trail-intermediate");
    const before = (await storedPlan(server.url, id)).plan;
    const { page, problems } = await openPage(browser);
    await openWeek(page, server.url, id, 3);
    await page.getByRole("button", { name: "Log the whole week as missed" }).click();
    const trainingDays = before.weeks[2]?.days.filter((d) =>
      d.workouts.some((w) => w.type !== "rest"),
    ).length;
    await expect
      .poll(() => page.locator(".log-chip[data-status='missed']").count())
      .toBe(trainingDays);
    const monday = before.weeks[3]?.startDate ?? "";
    const replan = page.getByRole("button", { name: /^Re-plan from Mon / });
    await replan.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await announced(page, () => replan.click())).toMatch(/^Re-planned from Mon /);
    const after = (await storedPlan(server.url, id)).plan;
    expect(after.replannedFrom).toBe(monday);
    // The week after the gap restarts near what was really run, not where the plan was.
    expect(after.weeks[3]?.totals.runMin ?? 0).toBeLessThan(before.weeks[3]?.totals.runMin ?? 0);
    await openWeek(page, server.url, id, 4);
    await expect(page.getByTestId("week-why").textContent()).resolves.toMatch(/^Re-planned from/);
    await page.getByRole("button", { name: /^Week 3, .*as run/ }).waitFor({ state: "attached" });
    expect(problems).toEqual([]);
  });

  it("downloads the season as a calendar file", async () => {
    const id = await planViaApi(server.url, "hm-and-50k");
    const { page, problems } = await openPage(browser);
    await openWeek(page, server.url, id, 1);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page
        .getByRole("navigation", { name: "Export the plan" })
        .getByRole("link", { name: "Calendar (.ics)" })
        .click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const text = readFileSync((await download.path()) ?? "", "utf8");
    expect(text).toMatch(/^BEGIN:VCALENDAR/);
    expect(text).toContain("Canyon 50K");
    expect(problems).toEqual([]);
  });

  it("says so, and shows the latest plan, when another tab changed it first", async () => {
    const id = await planViaApi(server.url, "hm-and-50k");
    const first = await openPage(browser, { expectedStatuses: [409] });
    const second = await openPage(browser);
    await openWeek(first.page, server.url, id, 2);
    await openWeek(second.page, server.url, id, 2);
    const lock = (page: typeof first.page) =>
      page
        .getByTestId("workout")
        .nth(0)
        .getByRole("button", { name: /^Lock / });
    await lock(second.page).click();
    await statusSays(second.page, /^Locked /);
    // The first tab still holds revision 0: its change is refused, and it catches up.
    await lock(first.page).click();
    await statusSays(first.page, /changed in another tab or window \(it is at revision 1 now\)/);
    await expect.poll(() => lock(first.page).getAttribute("aria-pressed")).toBe("true");
    expect((await storedPlan(server.url, id)).revision).toBe(1);
    expect(first.problems).toEqual([]);
    expect(second.problems).toEqual([]);
  });
});
