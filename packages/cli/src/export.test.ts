import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { planFitFiles, planToFitZip, planToIcs, planToMarkdown, planWeek } from "@cairn/engine";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import {
  examplePlan,
  expectOneLineError,
  fingerprint,
  folderWithPlan,
  processSuite,
  runCairn,
} from "./test-support.ts";

const root = mkdtempSync(join(tmpdir(), "cairn-export-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const plan = examplePlan("hm-and-50k");
const week3 = plan.weeks[2];

describe("cairn export", processSuite, () => {
  it("writes the plan as a calendar, saying so on stderr only", async () => {
    const { dir, path } = folderWithPlan(root, plan);
    const out = join(dir, "plan.ics");
    const run = await runCairn(["export", path, "--format", "ics", "--out", out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`cairn: Exported the plan as ics to ${out}.\n`);
    expect(readFileSync(out, "utf8")).toBe(planToIcs(plan));
  });

  it("keeps one week with --week, counted from 1", async () => {
    const { dir, path } = folderWithPlan(root, plan);
    const out = join(dir, "week.csv");
    const run = await runCairn(["export", path, "--format", "csv", "--week", "3", "--out", out]);
    expect(run.code).toBe(0);
    const rows: Record<string, string>[] = parse(readFileSync(out, "utf8"), { columns: true });
    const workouts = week3?.days.flatMap((d) => d.workouts) ?? [];
    expect(rows).toHaveLength(workouts.length);
    expect(rows.every((row) => row.week === "3")).toBe(true);
  });

  it.each([
    ["md", "# Training plan: "],
    ["html", "<!DOCTYPE html>"],
  ])("writes %s", async (format, start) => {
    const { dir, path } = folderWithPlan(root, plan);
    const out = join(dir, `plan.${format}`);
    const run = await runCairn(["export", path, "--format", format, "--out", out]);
    expect(run.code).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text.startsWith(start)).toBe(true);
    if (format === "md") expect(text).toBe(planToMarkdown(plan));
  });

  it("writes one week's watch workouts as a zip of FIT files", async () => {
    const { dir, path } = folderWithPlan(root, plan);
    const out = join(dir, "week-3.zip");
    const run = await runCairn(["export", path, "--format", "fit", "--week", "3", "--out", out]);
    expect(run.code).toBe(0);
    const count = planFitFiles(planWeek(plan, 3) ?? plan).length;
    expect(run.stderr).toBe(
      `cairn: Exported week 3 as fit (a zip of ${count} workouts) to ${out}.\n`,
    );
    // The bytes the engine makes (its tests decode each entry), written whole: a zip's
    // local file header first.
    const written = new Uint8Array(readFileSync(out));
    expect([...written.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(written).toEqual(planToFitZip(planWeek(plan, 3) ?? plan));
    expect(fingerprint(dir).map(([name]) => name)).toEqual(["plan.json", "week-3.zip"]);
  });

  describe("refuses in one line, writing nothing", () => {
    it.each([
      ["an unknown format", ["--format", "pdf"], /argument 'pdf' is invalid/],
      ["no format", [], /required option '--format <format>'/],
      ["a week the plan doesn't have", ["--format", "ics", "--week", "99"], /--week: no week 99/],
      [
        "a FIT week the plan doesn't have",
        ["--format", "fit", "--week", "99"],
        /--week: no week 99/,
      ],
      ["a week 0", ["--format", "ics", "--week", "0"], /Expected a whole number from 1/],
    ])("%s", async (_, flags, reason) => {
      const { dir, path } = folderWithPlan(root, plan);
      const before = fingerprint(dir);
      const run = await runCairn(["export", path, ...flags, "--out", join(dir, "out")]);
      expectOneLineError(run, reason);
      expect(fingerprint(dir)).toEqual(before);
    });

    it("a plan file that isn't there", async () => {
      const { dir } = folderWithPlan(root, plan);
      const before = fingerprint(dir);
      const run = await runCairn([
        "export",
        join(dir, "missing.json"),
        "--format",
        "csv",
        "--out",
        join(dir, "out.csv"),
      ]);
      expectOneLineError(run, /missing\.json: cannot read the file/);
      expect(fingerprint(dir)).toEqual(before);
    });
  });
});
