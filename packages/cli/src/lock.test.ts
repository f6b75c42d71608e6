import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Plan } from "@cairn/engine";
import { afterAll, describe, expect, it } from "vitest";
import {
  examplePath,
  examplePlan,
  expectOneLineError,
  fingerprint,
  folderWithPlan,
  processSuite,
  runCairn,
} from "./test-support.ts";

const root = mkdtempSync(join(tmpdir(), "cairn-lock-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const plan = examplePlan("hm-and-50k");
const workouts = plan.weeks.flatMap((w) => w.days.flatMap((d) => d.workouts));
const session = workouts.find((w) => w.key && w.type !== "race");
if (!session) throw new Error("the example holds no key session");
const folder = () => folderWithPlan(root, plan);

const lockedOf = (p: Plan) =>
  p.weeks.flatMap((w) => w.days.flatMap((d) => d.workouts)).find((w) => w.id === session.id)
    ?.locked;

describe("cairn lock", processSuite, () => {
  it("prints the plan with the workout locked and says so on stderr", async () => {
    const { dir, path } = folder();
    const before = fingerprint(dir);
    const run = await runCairn(["lock", path, session.id]);
    expect(run.code).toBe(0);
    const next: Plan = JSON.parse(run.stdout);
    expect([lockedOf(next), next.revision, next.changes?.[0]?.kind]).toEqual([true, 1, "lock"]);
    expect(run.stderr).toMatch(/^cairn: Locked the [\w -]+ of \w{3} \d+ \w{3}\.\n$/m);
    expect(fingerprint(dir)).toEqual(before);
  });

  it("writes the plan atomically with --out, in place too, leaving no temporary file", async () => {
    const { dir, path } = folder();
    const locked = await runCairn(["lock", path, session.id, "--out", path]);
    expect([locked.code, locked.stdout]).toEqual([0, ""]);
    const unlocked = await runCairn([
      "lock",
      path,
      session.id,
      "--unlock",
      "--out",
      join(dir, "next.json"),
    ]);
    expect([unlocked.code, unlocked.stdout]).toEqual([0, ""]);
    expect(readdirSync(dir).sort()).toEqual(["next.json", "plan.json"]);
    const [once, twice]: Plan[] = ["plan.json", "next.json"].map((f) =>
      JSON.parse(readFileSync(join(dir, f), "utf8")),
    );
    expect([lockedOf(once as Plan), once?.revision]).toEqual([true, 1]);
    expect([lockedOf(twice as Plan), twice?.revision, twice?.changes?.[0]?.kind]).toEqual([
      false,
      2,
      "unlock",
    ]);
  });

  it("leaves a workout already locked as it is, with no new revision", async () => {
    const { path } = folder();
    const run = await runCairn(["lock", path, session.id, "--unlock"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(plan);
    expect(run.stderr).toBe(`cairn: ${session.id} is already unlocked; the plan is unchanged.\n`);
  });

  describe("refuses in one line, leaving every file as it was", () => {
    it.each([
      [
        "an id the plan does not hold",
        (p: string) => ["lock", p, "2027-02-09-9"],
        /plan\.json: workoutId: no workout "2027-02-09-9" in this plan$/m,
      ],
      [
        "an id with --out to a file that exists",
        (p: string) => ["lock", p, "nope", "--out", p],
        /workoutId: no workout "nope"/,
      ],
      [
        "a file that is no plan",
        () => ["lock", examplePath("hm-and-50k"), session.id],
        /hm-and-50k\.json: formatVersion: expected 1/,
      ],
      ["a missing argument", (p: string) => ["lock", p], /missing required argument 'workoutId'$/m],
    ])("%s", async (_, args, reason) => {
      const { dir, path } = folder();
      const before = fingerprint(dir);
      expectOneLineError(await runCairn(args(path)), reason);
      expect(fingerprint(dir)).toEqual(before);
    });

    it("a folder --out cannot write to, and no temporary file is left behind", async () => {
      const { dir, path } = folder();
      const before = fingerprint(dir);
      const out = join(dir, "missing", "plan.json");
      expectOneLineError(
        await runCairn(["lock", path, session.id, "--out", out]),
        /missing\/plan\.json: cannot write the file: no such file$/m,
      );
      expect(fingerprint(dir)).toEqual(before);
    });
  });
});
