import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plan } from "@cairn/engine";
import type { Page } from "playwright-core";
import { testToday } from "./browser.ts";

/** Steps several tests share, done the way a runner would do them. */

/** Open the setup page, start from an example and make the plan; the new plan's id. */
export async function planFromExample(page: Page, base: string, example: string): Promise<string> {
  await page.goto(`${base}/new`);
  await page.getByRole("button", { name: example, exact: true }).click();
  await page.getByRole("button", { name: "Make my plan" }).click();
  await page.waitForURL(/\/plans\/[^/?]+/);
  await page.getByTestId("week-section").waitFor();
  const id = /\/plans\/([^/?]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`no plan id in ${page.url()}`);
  return decodeURIComponent(id);
}

/** The plan as the server holds it now. */
export async function storedPlan(
  base: string,
  id: string,
): Promise<{ revision: number; plan: Plan }> {
  const answer = await fetch(`${base}/api/plans/${encodeURIComponent(id)}`);
  if (!answer.ok) throw new Error(`GET plan: ${answer.status}`);
  return (await answer.json()) as { revision: number; plan: Plan };
}

/** Wait until the status line says something matching `text`. */
export async function statusSays(page: Page, text: RegExp): Promise<void> {
  await page.getByTestId("status").filter({ hasText: text }).waitFor();
}

/** Do something and wait for the next thing the status line says; its words. */
export async function announced(page: Page, act: () => Promise<void>): Promise<string> {
  const status = page.getByTestId("status");
  const before = Number(await status.getAttribute("data-serial"));
  await act();
  await page.locator(`[data-testid="status"][data-serial="${before + 1}"]`).waitFor();
  return (await status.textContent()) ?? "";
}

const examplesDir = fileURLToPath(new URL("../../../examples/", import.meta.url));

/** An example scenario, read afresh. */
export const exampleScenario = (example: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`${examplesDir}${example}.json`, "utf8"));

/** A plan made straight through the API from an example, for tests about other things. */
export const planViaApi = (base: string, example: string): Promise<string> =>
  planFromScenario(base, exampleScenario(example));

export async function planFromScenario(base: string, scenario: unknown): Promise<string> {
  const answer = await fetch(`${base}/api/plans`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ scenario, today: testToday }),
  });
  if (answer.status !== 201) throw new Error(`POST plan: ${answer.status} ${await answer.text()}`);
  return ((await answer.json()) as { id: string }).id;
}

/** Open a plan at a week (counted from 1) and wait for the week to show. */
export async function openWeek(page: Page, base: string, id: string, week: number): Promise<void> {
  await page.goto(`${base}/plans/${encodeURIComponent(id)}?week=${week}`);
  await page.getByRole("heading", { name: `Week ${week} of`, exact: false }).waitFor();
}

/** Log a day straight through the API, on the plan's current revision. */
export async function logViaApi(
  base: string,
  id: string,
  entry: { date: string; status: string; minutes?: number; rpe?: number },
): Promise<void> {
  const { revision } = await storedPlan(base, id);
  const answer = await fetch(`${base}/api/plans/${encodeURIComponent(id)}/log`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...entry, revision }),
  });
  if (!answer.ok) throw new Error(`POST log: ${answer.status} ${await answer.text()}`);
}
