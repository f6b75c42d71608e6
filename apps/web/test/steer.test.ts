import type { Plan } from "@cairn/engine";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe.ts";
import { launchBrowser, openPage } from "../support/browser.ts";
import { announced, openWeek, planViaApi, statusSays, storedPlan } from "../support/flows.ts";
import { startWebServer, type WebServer } from "../support/server.ts";

type Week = Plan["weeks"][number];

/** A week's workouts, as what a runner would notice changed. */
const workoutsOf = (week: Week | undefined) =>
  (week?.days ?? []).flatMap((d) =>
    d.workouts.map((w) => ({
      date: d.date,
      id: w.id,
      title: w.title,
      durationMin: w.durationMin,
      steps: JSON.stringify(w.steps),
      locked: w.locked,
    })),
  );

describe("steering a plan", () => {
  let server: WebServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("resolves a conflict by one of its choices, where the conflict is", async () => {
    const id = await planViaApi(server.url, "two-a-races-too-close");
    const before = (await storedPlan(server.url, id)).plan;
    const close = before.warnings.find((w) => w.code === "KEY_SESSIONS_CLOSE");
    const week = (close?.weekIndex ?? 0) + 1;
    const { page, problems } = await openPage(browser);
    await openWeek(page, server.url, id, week);
    const warning = page.locator(".warning").filter({ hasText: "Two key sessions too close" });
    await expect(warning.textContent()).resolves.toMatch(/Choose which to keep hard/);
    expect(await seriousViolations(page)).toEqual([]);
    await warning.getByRole("button", { name: /^Keep Tue hard/ }).click();
    await statusSays(page, /Applied your choice: Keep Tue hard/);
    await warning.waitFor({ state: "detached" });
    const after = (await storedPlan(server.url, id)).plan;
    expect(after.scenario.choices[close?.id ?? ""]).toBe("keep-tue");

    const season = page.locator(".warning").filter({ hasText: "you cannot peak for both" });
    await season.getByRole("button", { name: "City Half primary, Forest 50K as a B race" }).click();
    await statusSays(page, /Applied your choice: City Half primary/);
    await season.waitFor({ state: "detached" });
    const settled = (await storedPlan(server.url, id)).plan;
    expect(settled.goals.find((g) => g.id === "hm")?.mode).toBe("peak");
    expect(problems).toEqual([]);
  });

  it("keeps a locked workout when its week is regenerated, changes the rest, and undoes it", async () => {
    const id = await planViaApi(server.url, "100k-trail-intermediate");
    const { page, problems } = await openPage(browser);
    await openWeek(page, server.url, id, 11);
    const card = page
      .getByTestId("workout")
      .filter({ has: page.locator(".badge.key") })
      .first();
    const lockedId = await card.getAttribute("data-workout-id");
    await card.getByRole("button", { name: /^Lock / }).click();
    await statusSays(page, /^Locked /);
    await expect(
      card.getByRole("button", { name: /^Lock / }).getAttribute("aria-pressed"),
    ).resolves.toBe("true");
    const locked = workoutsOf((await storedPlan(server.url, id)).plan.weeks[10]);

    // A new seed each press: press again if the rules left this one no other choice.
    let regenerated = locked;
    const regenerate = page.getByRole("button", { name: "Regenerate week", exact: true });
    for (
      let press = 0;
      press < 6 && JSON.stringify(regenerated) === JSON.stringify(locked);
      press++
    ) {
      const said = await announced(page, () => regenerate.click());
      expect(said).toMatch(/^(Regenerated week 11 with seed \d+|The rules leave no other choice)/);
      regenerated = workoutsOf((await storedPlan(server.url, id)).plan.weeks[10]);
    }
    expect(regenerated).not.toEqual(locked);
    const kept = regenerated.find((w) => w.id === lockedId);
    expect(kept).toEqual(locked.find((w) => w.id === lockedId));
    expect(kept?.locked).toBe(true);

    await page.getByRole("button", { name: "Undo" }).click();
    await statusSays(page, /^Undone: /);
    expect(workoutsOf((await storedPlan(server.url, id)).plan.weeks[10])).toEqual(locked);
    await page.getByRole("button", { name: "Redo" }).click();
    await statusSays(page, /^Redone: /);
    expect(workoutsOf((await storedPlan(server.url, id)).plan.weeks[10])).toEqual(regenerated);
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("moves a workout to another day of its week and changes its minutes", async () => {
    const id = await planViaApi(server.url, "100k-trail-intermediate");
    const { page, problems } = await openPage(browser);
    await openWeek(page, server.url, id, 5);
    const easy = page
      .getByTestId("workout")
      .filter({ has: page.getByText("Easy", { exact: true }) })
      .first();
    const title = (await easy.locator("h5").textContent()) ?? "";
    await easy.locator("summary").click();
    const target = await easy.getByLabel("Move to").evaluate((s) => (s as HTMLSelectElement).value);
    expect(await announced(page, () => easy.getByRole("button", { name: "Move" }).click())).toMatch(
      /^Moved /,
    );
    const moved = page
      .locator(`.day[data-date="${target}"]`)
      .getByTestId("workout")
      .filter({ hasText: title });
    await moved.waitFor();
    await moved.locator("summary").click();
    await moved.getByLabel("Minutes").fill("44");
    expect(await announced(page, () => moved.getByRole("button", { name: "Set" }).click())).toMatch(
      /now 44 min/,
    );
    const week = (await storedPlan(server.url, id)).plan.weeks[4];
    const day = week?.days.find((d) => d.date === target);
    expect(day?.workouts.some((w) => w.durationMin === 44)).toBe(true);
    expect(problems).toEqual([]);
  });

  it("regenerates a single day and a whole phase from their own buttons", async () => {
    const id = await planViaApi(server.url, "hm-and-50k");
    const { page, problems } = await openPage(browser);
    await openWeek(page, server.url, id, 6);
    const phase = page.getByRole("button", { name: /^Regenerate phase \(weeks \d+–\d+\)$/ });
    expect(await announced(page, () => phase.click())).toMatch(
      /^(Regenerated the \w+ phase .*with seed \d+|The rules leave no other choice)/,
    );
    const day = page.getByRole("button", { name: /^Regenerate (Tue|Wed|Thu) / }).first();
    expect(await announced(page, () => day.click())).toMatch(
      /^(Regenerated .* with seed \d+|The rules leave no other choice)/,
    );
    expect(problems).toEqual([]);
  });
});
