import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe.ts";
import { launchBrowser, openPage } from "../support/browser.ts";
import { planFromExample, storedPlan } from "../support/flows.ts";
import { startWebServer, type WebServer } from "../support/server.ts";

describe("making plans in the browser", () => {
  let server: WebServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("says what is wrong, in words, before anything is sent", async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${server.url}/new`);
    await page.getByLabel("Race name").fill("Spring 50K");
    await page.getByLabel("Race date").fill("2026-01-10");
    await page.getByLabel("Race date").blur();
    const dateField = page.locator('[data-field="goals.0.date"]');
    await expect(dateField.locator(".field-problem").textContent()).resolves.toMatch(/in the past/);
    await page.getByRole("button", { name: "Make my plan" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "to make the plan" });
    await expect(summary.textContent()).resolves.toMatch(/Goal 1, distance: is needed/);
    expect(page.url()).toMatch(/\/new$/);
    expect(await seriousViolations(page)).toEqual([]);
    // Filled from an example: every section, the history table included, checks out.
    await page.getByRole("button", { name: "100K trail, intermediate", exact: true }).click();
    await page.getByText("Everything checks out.").waitFor();
    expect(await page.getByRole("row").count()).toBeGreaterThan(8);
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("reads training files chosen on the page into recent weeks, uploading nothing", async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${server.url}/new`);
    const uploads: string[] = [];
    page.on("request", (r) => {
      if (r.method() !== "GET") uploads.push(r.url());
    });
    await page.locator('input[type="file"]').setInputFiles([
      {
        name: "friday.gpx",
        mimeType: "application/gpx+xml",
        buffer: Buffer.from(gpxRun("2026-11-20")),
      },
      {
        name: "tuesday.gpx",
        mimeType: "application/gpx+xml",
        buffer: Buffer.from(gpxRun("2026-11-24")),
      },
    ]);
    await page.getByText("Read 2 activities from 2 files").waitFor();
    const minutes = page.getByRole("textbox", { name: /^Week \d+, Minutes$/ });
    expect(await minutes.count()).toBe(12);
    expect(await minutes.nth(10).inputValue()).toBe("30");
    expect(await minutes.nth(11).inputValue()).toBe("30");
    await expect(page.getByRole("textbox", { name: "Week 12, Monday" }).inputValue()).resolves.toBe(
      "2026-11-23",
    );
    expect(uploads).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("makes the 100K plan from its example and opens it", async () => {
    const { page, problems } = await openPage(browser);
    const id = await planFromExample(page, server.url, "100K trail, intermediate");
    const { plan } = await storedPlan(server.url, id);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "Mountain Lakes 100K",
    );
    expect(
      await page.getByRole("list", { name: "Weeks of the plan" }).getByRole("button").count(),
    ).toBe(plan.weeks.length);
    await expect(page.getByRole("heading", { name: /^Week 1 of/ }).isVisible()).resolves.toBe(true);
    expect(await page.getByTestId("workout").count()).toBeGreaterThan(3);
    // The charts load after the week: both are drawn, without breaking the CSP.
    await page.locator("svg.season-chart").nth(1).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("makes the HM + 50K plan, whose weeks split between the goals", async () => {
    const { page, problems } = await openPage(browser);
    const keys: (string | undefined)[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST" && r.url().endsWith("/api/plans"))
        keys.push(r.headers()["idempotency-key"]);
    });
    await planFromExample(page, server.url, "Half marathon + trail 50K");
    // Keyed, so a request the browser sends again finds this plan rather than making another.
    expect(keys).toEqual([expect.stringMatching(/^[0-9a-f]{32}$/)]);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "Spring Half + Canyon 50K",
    );
    await expect(page.getByTestId("goal-split").textContent()).resolves.toMatch(
      /^\d+% (HM|50K) \/ \d+% (HM|50K)$/,
    );
    const contribution = page.locator(".contribution").first();
    await expect(contribution.textContent()).resolves.toMatch(/(HM|50K) \d+% · (HM|50K) \d+%/);
    await page.goto(`${server.url}/`);
    await page.getByRole("link", { name: "Spring Half + Canyon 50K" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

/** A 30-minute run on `date` as a GPX track: a point every 30 s, northward, climbing. */
function gpxRun(date: string): string {
  const start = Date.parse(`${date}T07:00:00Z`);
  const points = Array.from({ length: 61 }, (_, i) => {
    const time = new Date(start + i * 30_000).toISOString();
    return `<trkpt lat="${(45 + i * 0.0009).toFixed(5)}" lon="6.5"><ele>${400 + i}</ele><time>${time}</time></trkpt>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<gpx creator="test" version="1.1" xmlns="http://www.topografix.com/GPX/1/1">
 <trk><name>Morning run</name><type>running</type><trkseg>${points.join("")}</trkseg></trk>
</gpx>`;
}
