/**
 * Golden plans: every example scenario, generated as of a fixed `today`, compared
 * byte for byte with the files under test/golden/ (JSON and Markdown).
 *
 * A change to the generator that changes a plan fails here on purpose. When the change is
 * intended, review the diff, then update the goldens and commit them with the change:
 *
 *   npx vitest run -u packages/engine/test/golden.test.ts
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generatePlan } from "../src/generate.ts";
import { renderMarkdown } from "../src/render/markdown.ts";
import { planSchema } from "../src/schema/plan.ts";
import { validatePlan } from "../src/validate/validate.ts";

const today = "2026-11-25";
const examples = [
  "100k-trail-intermediate",
  "100mi-mountain-advanced",
  "5k-beginner-no-history",
  "hm-and-50k",
  "marathon-advanced",
  "two-a-races-too-close",
] as const;

function generate(name: string) {
  const url = new URL(`../../../examples/${name}.json`, import.meta.url);
  const result = generatePlan(JSON.parse(readFileSync(url, "utf8")), { today });
  if (!result.ok) throw new Error(`${name} refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

describe.each(examples)("golden plan: %s", (name) => {
  const plan = generate(name);

  it("matches the JSON golden", async () => {
    await expect(`${JSON.stringify(plan, null, 2)}\n`).toMatchFileSnapshot(
      `./golden/${name}.plan.json`,
    );
  });

  it("matches the Markdown golden", async () => {
    await expect(renderMarkdown(plan)).toMatchFileSnapshot(`./golden/${name}.plan.md`);
  });

  it("parses against the plan schema and breaks no rule", () => {
    expect(planSchema.safeParse(plan).success).toBe(true);
    const errors = validatePlan(plan).filter((f) => f.severity === "error");
    expect(errors).toEqual([]);
  });

  it("is the same plan when generated again", () => {
    expect(JSON.stringify(generate(name))).toBe(JSON.stringify(plan));
  });
});
