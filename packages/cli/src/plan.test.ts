import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { examplePath, expectOneLineError, processSuite, runCairn } from "./test-support.ts";

const today = "2026-12-01";
const examples = [
  "100k-trail-intermediate",
  "100mi-mountain-advanced",
  "5k-beginner-no-history",
  "hm-and-50k",
  "marathon-advanced",
  "two-a-races-too-close",
];

const dir = mkdtempSync(join(tmpdir(), "cairn-plan-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("cairn plan and check on the examples", processSuite, () => {
  it.each(examples)("%s: a plan that passes check, or one line saying why not", async (name) => {
    const planned = await runCairn(["plan", examplePath(name), "--today", today]);
    if (planned.code !== 0) return expectOneLineError(planned, /^cairn: /);

    const plan = JSON.parse(planned.stdout);
    expect(planned.stdout).toBe(`${JSON.stringify(plan, null, 2)}\n`);
    expect(plan.formatVersion).toBe(1);

    const planFile = join(dir, `${name}.plan.json`);
    writeFileSync(planFile, planned.stdout);
    const checked = await runCairn(["check", planFile]);
    expect(checked.stdout).toMatch(/^0 errors, \d+ warnings?, \d+ info: the plan passes\n$/m);
    expect(checked.code).toBe(0);
  });

  it("plans the same for the same seed, and --seed overrides the scenario's", async () => {
    const args = ["plan", examplePath("100k-trail-intermediate"), "--today", today, "--seed", "5"];
    const [first, second] = await Promise.all([runCairn(args), runCairn(args)]);
    expect(first.stdout).toBe(second.stdout);
    expect(JSON.parse(first.stdout).seed).toBe(5);
  });

  it("prints Markdown with --format md", async () => {
    const run = await runCairn([
      "plan",
      examplePath("100k-trail-intermediate"),
      "--today",
      today,
      "--format",
      "md",
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# Training plan: Mountain Lakes 100K\n/);
    expect(run.stdout).toMatch(/^## Week 1 · base/m);
    expect(run.stdout).toMatch(/^- \*\*Mon 4 Jan\*\* — /m);
  });

  it("exits 1 when check finds an error", async () => {
    const planned = await runCairn([
      "plan",
      examplePath("100k-trail-intermediate"),
      "--today",
      today,
    ]);
    const plan = JSON.parse(planned.stdout);
    // A long run far beyond anything the athlete has run breaks the long-run rules.
    const longRun = plan.weeks
      .flatMap((week: { days: unknown[] }) => week.days)
      .flatMap((day: { workouts: unknown[] }) => day.workouts)
      .find((workout: { type: string }) => workout.type === "long");
    longRun.durationMin = 600;
    const planFile = join(dir, "broken.plan.json");
    writeFileSync(planFile, JSON.stringify(plan));
    const checked = await runCairn(["check", planFile]);
    expect(checked.stdout).toMatch(/^error /m);
    expect(checked.stdout).toMatch(/^[1-9]\d* errors?, .*: the plan breaks the rules\n$/m);
    expect(checked.code).toBe(1);
  });
});
