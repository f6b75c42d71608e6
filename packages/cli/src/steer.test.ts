import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Plan } from "@cairn/engine";
import { afterAll, describe, expect, it } from "vitest";
import {
  examplePath,
  examplePlan,
  expectOneLineError,
  fingerprint,
  processSuite,
  runCairn,
} from "./test-support.ts";

const dir = mkdtempSync(join(tmpdir(), "cairn-steer-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const plan = examplePlan("hm-and-50k");
const planPath = join(dir, "plan.json");
writeFileSync(planPath, JSON.stringify(plan));
const withLog: Plan = {
  ...plan,
  log: (plan.weeks[3]?.days ?? []).map((d) => ({ date: d.date, status: "missed" as const })),
};
const loggedPath = join(dir, "logged.json");
writeFileSync(loggedPath, JSON.stringify(withLog));

describe("cairn regenerate and replan", processSuite, () => {
  it("regenerates week 6 with a new seed, the other weeks as they were", async () => {
    const run = await runCairn(["regenerate", planPath, "--week", "6", "--seed", "99"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^cairn: Regenerated week 6 with seed \d+\.\n$/);
    const next: Plan = JSON.parse(run.stdout);
    expect(next.revision).toBe(1);
    expect(next.changes?.[0]).toMatchObject({ kind: "regenerate", weekIndexes: [5] });
    next.weeks.forEach((w, i) => {
      if (i !== 5) expect(w).toEqual(plan.weeks[i]);
    });
  });

  it("writes the new plan atomically with --out, printing nothing", async () => {
    // Its own folder: the refusals below compare theirs while this test writes.
    const out = join(mkdtempSync(join(tmpdir(), "cairn-steer-out-")), "out.json");
    const run = await runCairn(["regenerate", planPath, "--phase", "2", "--out", out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect((JSON.parse(readFileSync(out, "utf8")) as Plan).revision).toBe(1);
    rmSync(dirname(out), { recursive: true });
  });

  it("re-plans from a date on what the log says was run", async () => {
    const today = plan.weeks[4]?.startDate ?? "";
    const run = await runCairn(["replan", loggedPath, "--today", today]);
    expect(run.code).toBe(0);
    const next: Plan = JSON.parse(run.stdout);
    expect(next.replannedFrom).toBe(today);
    expect(next.weeks[3]?.totals.runMin).toBe(0);
    expect(next.weeks[4]?.why).toMatch(/^Re-planned from /);
  });

  describe("refuses in one line, leaving the files as they were", () => {
    it.each([
      [
        "a week the plan doesn't have",
        ["regenerate", planPath, "--week", "99"],
        /--week: no week 99: the plan has weeks 1–\d+$/m,
      ],
      [
        "a phase the plan doesn't have",
        ["regenerate", planPath, "--phase", "40"],
        /--phase: no phase 40: the plan has phases 1–\d+$/m,
      ],
      [
        "a day outside the plan",
        ["regenerate", planPath, "--day", "2031-01-01"],
        /--day: 2031-01-01 is not in the plan/,
      ],
      [
        "two scopes at once",
        ["regenerate", planPath, "--week", "2", "--phase", "1"],
        /give exactly one of --day, --week or --phase$/m,
      ],
      ["no scope", ["regenerate", planPath], /give exactly one of --day, --week or --phase$/m],
      [
        "a re-plan date outside the plan",
        ["replan", planPath, "--today", "2031-01-01"],
        /today: 2031-01-01 is not in the plan/,
      ],
      [
        "a file that is no plan",
        ["replan", examplePath("hm-and-50k"), "--today", "2027-01-04"],
        /hm-and-50k\.json: /,
      ],
    ])("%s", async (_, args, reason) => {
      const before = fingerprint(dir);
      const run = await runCairn(args);
      expectOneLineError(run, reason);
      expect(fingerprint(dir)).toEqual(before);
    });
  });
});
