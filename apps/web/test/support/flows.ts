import type { Plan } from "@cairn/engine";
import type { Page } from "playwright-core";

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
