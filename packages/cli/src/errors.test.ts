import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { examplePath, expectOneLineError, processSuite, runCairn } from "./test-support.ts";

const dir = mkdtempSync(join(tmpdir(), "cairn-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeTemp(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

const trail100k = examplePath("100k-trail-intermediate");
const validGoal = { id: "race", date: "2027-06-26", distanceKm: 50 };

describe("bad files, JSON and flags", processSuite, () => {
  it.each([
    [
      "a missing file",
      ["plan", join(dir, "missing.json")],
      /missing\.json: cannot read the file: no such file$/m,
    ],
    ["a directory", ["check", dir], /: cannot read the file: it is a directory$/m],
    [
      "invalid JSON",
      ["plan", writeTemp("broken.json", '{\n  "goals": [\n    { "id": }\n  ]\n}')],
      /broken\.json: invalid JSON at line 3, column 13: value expected$/m,
    ],
    [
      "a trailing comma",
      ["check", writeTemp("comma.json", '{ "seed": 1, }')],
      /comma\.json: invalid JSON at line 1, column 14: property name expected$/m,
    ],
    [
      "an unknown format",
      ["plan", trail100k, "--format", "xml"],
      /'--format <format>' argument 'xml' is invalid\. Allowed choices are json, md\.$/m,
    ],
    [
      "a seed that is not a number",
      ["plan", trail100k, "--seed", "abc"],
      /'--seed <n>' argument 'abc' is invalid\. Expected a whole number/,
    ],
    ["a negative seed", ["plan", trail100k, "--seed", "-1"], /--seed/],
    [
      "a month 13",
      ["plan", trail100k, "--today", "2026-13-01"],
      /'--today <YYYY-MM-DD>' argument '2026-13-01' is invalid\. Expected a real date/,
    ],
    [
      "30 February",
      ["plan", trail100k, "--today", "2026-02-30"],
      /argument '2026-02-30' is invalid/,
    ],
    ["an unknown command", ["plna", trail100k], /unknown command 'plna' \(Did you mean plan\?\)$/m],
    [
      "an unknown flag",
      ["plan", trail100k, "--fromat", "md"],
      /unknown option '--fromat' \(Did you mean --format\?\)$/m,
    ],
    ["a missing argument", ["check"], /missing required argument 'plan\.json'$/m],
    [
      "a plan file that is not a plan",
      ["check", trail100k],
      /^cairn: formatVersion: expected 1 \(and \d+ more problems\)$/m,
    ],
    [
      "a plan field of the wrong type",
      ["check", writeTemp("plan.json", { formatVersion: 1, seed: "x" })],
      /^cairn: seed: expected number, received string/,
    ],
  ])("rejects %s with exit 2 and one line", async (_, args, reason) => {
    expectOneLineError(await runCairn(args), reason);
  });

  it("shows help and exits 0", async () => {
    const run = await runCairn(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/plan \[options\] <scenario\.json>/);
    expect(run.stdout).toMatch(/check <plan\.json>/);
  });

  it("shows usage on stderr and exits 2 without a command", async () => {
    const run = await runCairn([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Usage: cairn/);
  });
});

describe("bad scenarios", processSuite, () => {
  const scenario = (fields: Record<string, unknown>) =>
    writeTemp(`${Object.keys(fields).join("-")}.json`, fields);

  it.each([
    [
      "a field of the wrong type",
      ["plan", scenario({ goals: [{ ...validGoal, distanceKm: "far" }] })],
      /^cairn: goals\.0\.distanceKm: expected number, received string/,
    ],
    [
      "a race date in the past",
      ["plan", trail100k, "--today", "2027-07-01"],
      /^cairn: goals\.0\.date: race date 2027-06-26 is in the past \(today is 2027-07-01\)/,
    ],
    [
      "a goal before the start date",
      ["plan", scenario({ startDate: "2027-07-05", goals: [validGoal] }), "--today", "2027-01-01"],
      /^cairn: goals\.0\.date: race date 2027-06-26 is before the plan's start date 2027-07-05/,
    ],
    [
      "every day a rest day",
      [
        "plan",
        scenario({
          constraints: { restDays: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] },
          goals: [validGoal],
        }),
        "--today",
        "2027-01-01",
      ],
      /^cairn: constraints\.restDays: makes every day a rest day/,
    ],
    [
      "an answer that is none of a warning's choices",
      [
        "plan",
        scenario({
          goals: [
            { id: "half", date: "2027-05-02", distanceKm: 21.1 },
            { id: "ultra", date: "2027-05-30", distanceKm: 50 },
          ],
          choices: { "w-peaks-overlap-half-ultra": "both" },
        }),
        "--today",
        "2027-01-01",
      ],
      /^cairn: choices\.w-peaks-overlap-half-ultra: "both" is not one of this warning's choices: half-primary, ultra-primary/,
    ],
  ])("rejects %s with exit 2 and one line naming the field", async (_, args, reason) => {
    expectOneLineError(await runCairn(args), reason);
  });
});
