import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Plan } from "@cairn/engine";
import { afterAll, describe, expect, it } from "vitest";
import {
  examplePlan,
  expectOneLineError,
  fingerprint,
  folderWithPlan,
  processSuite,
  runCairn,
} from "./test-support.ts";

const root = mkdtempSync(join(tmpdir(), "cairn-log-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const plan = examplePlan("100k-trail-intermediate");
const day = plan.weeks[2]?.days[1];
if (!day) throw new Error("the example's plan is shorter than three weeks");
const planned = day.workouts.reduce((sum, w) => sum + w.durationMin, 0);
const folder = () => folderWithPlan(root, plan);

describe("cairn log", processSuite, () => {
  it("prints the plan with the day logged and says what it logged", async () => {
    const { path } = folder();
    const run = await runCairn(["log", path, day.date, "partial", "--min", "40", "--rpe", "6"]);
    expect(run.code).toBe(0);
    const next: Plan = JSON.parse(run.stdout);
    expect(next.log).toEqual([{ date: day.date, status: "partial", minutes: 40, rpe: 6 }]);
    expect(next.weeks).toEqual(plan.weeks);
    expect(run.stderr).toMatch(/^cairn: Logged \w{3} \d+ \w{3}: partial, 40 min, RPE 6\.\n$/m);
  });

  it("writes with --out, and a new entry for the day replaces the old", async () => {
    const { dir, path } = folder();
    const missed = await runCairn(["log", path, day.date, "missed", "--out", path]);
    const done = await runCairn(["log", path, day.date, "done", "--out", path]);
    expect([missed.code, missed.stdout, done.code, done.stdout]).toEqual([0, "", 0, ""]);
    const next: Plan = JSON.parse(readFileSync(path, "utf8"));
    expect(next.log).toEqual([{ date: day.date, status: "done", minutes: planned }]);
    expect(next.revision).toBe(2);
    expect(readdirSync(dir)).toEqual(["plan.json"]);
  });

  describe("refuses in one line, leaving the plan file as it was", () => {
    it.each([
      [
        "a day outside the plan",
        ["2031-01-06", "done"],
        /plan\.json: date: 2031-01-06 is outside the plan \(2027-01-04 to \d{4}-\d\d-\d\d\)$/m,
      ],
      [
        "a date that is none",
        ["2027-02-30", "done"],
        /plan\.json: date: "2027-02-30" is not a real date written YYYY-MM-DD$/m,
      ],
      [
        "an unknown status",
        ["2027-01-05", "skipped"],
        /argument 'status'\. Allowed choices are done, missed, partial, extra\.$/m,
      ],
      [
        "a partial day without --min",
        ["2027-01-05", "partial"],
        /plan\.json: --min: a partial day needs its minutes/,
      ],
      [
        "minutes on a missed day",
        ["2027-01-05", "missed", "--min", "20"],
        /plan\.json: --min: a missed day has no minutes/,
      ],
      [
        "an effort above 10",
        ["2027-01-05", "done", "--rpe", "11"],
        /plan\.json: --rpe: is 11: must be at most 10$/m,
      ],
      [
        "an effort that is no number",
        ["2027-01-05", "done", "--rpe", "hard"],
        /'--rpe <n>' argument 'hard' is invalid/,
      ],
    ])("%s", async (_, args, reason) => {
      const { dir, path } = folder();
      const before = fingerprint(dir);
      expectOneLineError(await runCairn(["log", path, ...args, "--out", path]), reason);
      expect(fingerprint(dir)).toEqual(before);
    });
  });
});
