import { describe, expect, it } from "vitest";
import { expectOneLineError, processSuite, runCairn } from "./test-support.ts";

const race = ["zones", "--race-km", "10", "--race-time", "45:30"];

describe("cairn zones", processSuite, () => {
  it("prints VDOT, paces and Friel zones as a table by default", async () => {
    const run = await runCairn([...race, "--lthr", "168", "--max-hr", "188"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^VDOT 44\.7 \(10 km in 45:30\)\n/);
    expect(run.stdout).toMatch(/^ {2}easy {8}5:21–6:25\/km$/m);
    expect(run.stdout).toMatch(/^ {2}threshold {3}4:39\/km$/m);
    expect(run.stdout).toMatch(/^Heart rate \(Friel, % of LTHR 168, up to max HR 188\)$/m);
    expect(run.stdout).toMatch(/^ {2}z4 {10}160–167 bpm$/m);
    expect(run.stdout).toMatch(/\n {2}z5 {10}168–188 bpm\n$/);
  });

  it("prints exactly the report's JSON with --format json", async () => {
    const run = await runCairn([...race, "--lthr", "168", "--format", "json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(["vdot", "paceSecPerKm", "hrZones"]);
    expect(report.vdot).toBe(44.7);
    expect(report.paceSecPerKm).toEqual({
      easy: [321, 385],
      marathon: 298,
      threshold: 279,
      interval: 257,
      repetition: 240,
    });
    expect(report.hrZones[0]).toEqual({ zone: "z1", min: 121, max: 142 });
    expect(report.hrZones[4]).toEqual({ zone: "z5", min: 168, max: 178 });
  });

  it("reads h:mm:ss, and gives no heart-rate zones without LTHR or max HR", async () => {
    const run = await runCairn([
      "zones",
      "--race-km",
      "42.195",
      "--race-time",
      "3:10:49",
      "--format",
      "json",
    ]);
    const report = JSON.parse(run.stdout);
    expect(Math.abs(report.vdot - 50)).toBeLessThanOrEqual(0.3);
    expect(report.hrZones).toEqual([]);
    const text = await runCairn(["zones", "--race-km", "42.195", "--race-time", "3:10:49"]);
    expect(text.stdout).toMatch(/^Heart rate: give --lthr or --max-hr/m);
  });

  it("is listed in the help, with its flags", async () => {
    const run = await runCairn(["zones", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/--race-km <km>/);
    expect(run.stdout).toMatch(/--race-time <time>/);
    expect(run.stdout).toMatch(/--format <format>.*\(choices: "text", "json", default: "text"\)/);
  });

  it.each([
    [
      "seconds over 59",
      [...race.slice(0, 4), "45:99"],
      /'--race-time <time>' argument '45:99' is invalid/,
    ],
    [
      "a race of 0 km",
      ["zones", "--race-km", "0", "--race-time", "45:30"],
      /^cairn: --race-km: a VDOT is read from a race of 1\.5 to 42\.5 km$/m,
    ],
    ["an ultra", ["zones", "--race-km", "50", "--race-time", "5:00:00"], /^cairn: --race-km: /],
    ["an LTHR of 500", [...race, "--lthr", "500"], /^cairn: --lthr: is 500: must be at most 230$/m],
    [
      "LTHR above max HR",
      [...race, "--lthr", "190", "--max-hr", "188"],
      /^cairn: --lthr: 190 bpm is not below the max heart rate \(188 bpm\)$/m,
    ],
    [
      "a max HR of 20",
      [...race, "--max-hr", "20"],
      /^cairn: --max-hr: is 20: must be at least 100$/m,
    ],
    [
      "an impossible time",
      ["zones", "--race-km", "10", "--race-time", "10:00"],
      /^cairn: --race-time: .*faster than anyone has raced/,
    ],
    [
      "no --race-km",
      ["zones", "--race-time", "45:30"],
      /required option '--race-km <km>' not specified$/m,
    ],
    [
      "no --race-time",
      ["zones", "--race-km", "10"],
      /required option '--race-time <time>' not specified$/m,
    ],
    ["an unknown format", [...race, "--format", "md"], /Allowed choices are text, json\.$/m],
  ])("refuses %s with exit 2 and one line naming the flag", async (_, args, reason) => {
    expectOneLineError(await runCairn(args), reason);
  });
});
