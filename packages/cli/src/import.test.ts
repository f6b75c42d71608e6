import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parseScenario } from "@cairn/engine";
import { parse as parseJsonc } from "jsonc-parser";
import { afterAll, describe, expect, it } from "vitest";
import { expectOneLineError, fingerprint, processSuite, runCairn } from "./test-support.ts";

const root = mkdtempSync(join(tmpdir(), "cairn-import-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fresh folder per test: the tests run concurrently. */
let folders = 0;
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = join(root, String(folders++));
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

// Activities at midday UTC fall on the same day in every time zone the machine may use.
const csv = [
  "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time," +
    "Distance,Elapsed Time,Moving Time,Distance,Elevation Gain",
  '1,"Apr 2, 2024, 12:00:00 PM",Easy,Run,"Easy, with',
  'strides",3000,9.10,3000.0,2950.0,9100.0,80.0',
  '2,"Apr 6, 2024, 11:00:00 AM",Long,Trail Run,,9000,"24.00",9000.0,8700.0,24000.0,"1,200.0"',
  '3,"Apr 7, 2024, 12:00:00 PM",Spin,Ride,,3600,30.00,3600.0,3600.0,30000.0,300.0',
  '4,"Apr 9, 2024, 12:00:00 PM",Manual,Run,,,5.00,,,5000.0,',
].join("\n");

/** A GPX run of 40 minutes north along a meridian, 0.02° (2.2 km) in all. */
function gpx(day: string): string {
  const points = Array.from(
    { length: 41 },
    (_, i) =>
      `<trkpt lat="${45 + i * 0.0005}" lon="6"><ele>${100 + i}</ele>` +
      `<time>2024-04-${day}T12:${String(i).padStart(2, "0")}:00Z</time></trkpt>`,
  ).join("");
  return `<gpx version="1.1"><trk><type>running</type><trkseg>${points}</trkseg></trk></gpx>`;
}

const scenarioText = `{
    // Sam's autumn
    "seed": 7,
    "athlete": {
        "name": "Sam",
        "history": { "activities": [{ "date": "2023-01-02", "durationMin": 30 }] }
    },
    "goals": [{ "id": "race", "date": "2024-10-05", "distanceKm": 50 }]
}
`;

describe("cairn import", processSuite, () => {
  it("prints the weeks as JSON and one summary line", async () => {
    const dir = folder({
      "activities.csv": csv,
      "11.gpx.gz": gzipSync(gpx("11")),
      "05.gpx": gpx("05"),
      "notes.txt": "shoes: 412 km",
    });
    const files = ["activities.csv", "11.gpx.gz", "05.gpx", "notes.txt"].map((f) => join(dir, f));
    const run = await runCairn(["import", ...files, "--weeks", "3"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      weeks: [
        { start: "2024-03-25", minutes: 0, runs: 0, longestRunMin: 0, vertM: 0, distanceKm: 0 },
        {
          start: "2024-04-01",
          minutes: 234, // 49.2 + 145 + 40
          runs: 3,
          longestRunMin: 145,
          vertM: 1320, // 80 + 1200 + 40
          distanceKm: 35.3, // 9.1 + 24 + 2.2
        },
        {
          start: "2024-04-08",
          minutes: 40,
          runs: 1,
          longestRunMin: 40,
          vertM: 40,
          distanceKm: 2.2,
        },
      ],
    });
    expect(run.stderr).toBe(
      "cairn: read 5 activities from 4 files (4 runs, 1 cross-training), skipped 2 " +
        `(${files[0]} row 5: no duration; ${files[3]}: not a .csv/.fit/.gpx/.tcx file), ` +
        "0 duplicates\n",
    );
  });

  it("counts the same session in two files once", async () => {
    const dir = folder({ "a.gpx": gpx("11"), "b.gpx": gpx("11") });
    const run = await runCairn(["import", join(dir, "a.gpx"), join(dir, "b.gpx")]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).weeks).toHaveLength(12);
    expect(run.stderr).toMatch(
      /read 1 activity from 2 files \(1 run, 0 cross-training\), 1 duplicate\n$/,
    );
  });

  it("skips a .gz file that is not gzip and reads the rest", async () => {
    const dir = folder({ "a.gpx": gpx("11"), "b.fit.gz": "plain text" });
    const run = await runCairn(["import", join(dir, "a.gpx"), join(dir, "b.fit.gz")]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/, skipped 1 \(.*b\.fit\.gz: not a readable gzip file\), /);
  });

  it("writes the weeks into the scenario's history, keeping the rest as it was written", async () => {
    const dir = folder({ "activities.csv": csv, "season.json": scenarioText });
    const scenario = join(dir, "season.json");
    const run = await runCairn(["import", join(dir, "activities.csv"), "--into", scenario]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/; wrote 12 weeks to athlete\.history in .*season\.json\n$/);
    const text = readFileSync(scenario, "utf8");
    expect(text).toMatch(
      /^\{\n {4}\/\/ Sam's autumn\n {4}"seed": 7,\n {4}"athlete": \{\n {8}"name"/,
    );
    const written = parseJsonc(text);
    expect(written).toEqual({
      seed: 7,
      athlete: { name: "Sam", history: { weeks: JSON.parse(run.stdout).weeks } },
      goals: [{ id: "race", date: "2024-10-05", distanceKm: 50 }],
    });
    expect(parseScenario(written, "2024-04-15").ok).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["activities.csv", "season.json"]);
  });

  it("adds an athlete to a scenario that has none", async () => {
    const dir = folder({ "a.gpx": gpx("11"), "s.json": '{"goals":[]}' });
    const run = await runCairn(["import", join(dir, "a.gpx"), "--into", join(dir, "s.json")]);
    expect(run.code).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, "s.json"), "utf8"));
    expect(written.athlete.history.weeks).toHaveLength(12);
    expect(written.goals).toEqual([]);
  });

  describe("refuses, leaving the scenario byte for byte as it was", () => {
    it.each([
      [
        "a missing training file",
        ["missing.gpx"],
        "season.json",
        /missing\.gpx: cannot read the file: no such file$/m,
      ],
      [
        "a folder given as a training file",
        ["."],
        "season.json",
        /: cannot read the file: it is a directory$/m,
      ],
      [
        "files without activities",
        ["notes.txt"],
        "season.json",
        /^cairn: no activities in 1 file: skipped 1 \(.*notes\.txt: not a \.csv\/\.fit\/\.gpx\/\.tcx file\)$/m,
      ],
      ...(
        [
          ["a truncated FIT file", "cut.fit"],
          ["a CSV missing Strava's columns", "columns.csv"],
          ["a GPX track without times", "untimed.gpx"],
          ["an empty file", "empty.gpx"],
          ["a 50 MB file that is no activity", "huge.fit"],
        ] as const
      ).map(([what, file]): [string, string[], string, RegExp] => [
        what,
        [file],
        "season.json",
        new RegExp(
          `^cairn: no activities in 1 file: skipped 1 \\(.*${file.replace(".", "\\.")}: .+\\)$`,
          "m",
        ),
      ]),
      [
        "a missing scenario",
        ["a.gpx"],
        "nowhere.json",
        /nowhere\.json: cannot read the file: no such file$/m,
      ],
      [
        "a scenario that is not JSON",
        ["a.gpx"],
        "broken.json",
        /broken\.json: invalid JSON at line 2, column 11: value expected$/m,
      ],
      [
        "a scenario that is a list",
        ["a.gpx"],
        "list.json",
        /list\.json: not a scenario: expected a JSON object$/m,
      ],
      [
        "a scenario whose athlete is text",
        ["a.gpx"],
        "athlete.json",
        /athlete\.json: athlete: expected an object$/m,
      ],
      [
        "no week",
        ["a.gpx", "--weeks", "0"],
        "season.json",
        /'--weeks <n>' argument '0' is invalid\. Expected a whole number from 1 to 520\.$/m,
      ],
      [
        "weeks that are not a number",
        ["a.gpx", "--weeks", "many"],
        "season.json",
        /argument 'many' is invalid/,
      ],
    ])("%s", async (_, args, scenarioName, reason) => {
      const scenarios = {
        "season.json": scenarioText,
        "broken.json": '{\n  "seed": ,\n}',
        "list.json": "[]",
        "athlete.json": '{ "athlete": "Sam" }',
      };
      const [first = "", ...rest] = args;
      const broken: Record<string, string | Uint8Array> = {
        // A FIT header announcing 1 KB of records, then nothing.
        "cut.fit": Uint8Array.from([
          14, 0x20, 0x08, 0x52, 0, 4, 0, 0, 0x2e, 0x46, 0x49, 0x54, 0, 0, 1, 2,
        ]),
        "columns.csv": 'Activity ID,Activity Date\n1,"Apr 2, 2024, 12:00:00 PM"\n',
        "untimed.gpx": gpx("11").replace(/<time>[^<]*<\/time>/g, ""),
        "empty.gpx": "",
      };
      // 50 MB, written only for the case that reads it.
      if (first === "huge.fit") broken[first] = new Uint8Array(50 * 1024 * 1024).fill(7);
      const dir = folder({ "a.gpx": gpx("11"), "notes.txt": "hello", ...scenarios, ...broken });
      const before = fingerprint(dir);
      const run = await runCairn([
        "import",
        join(dir, first),
        ...rest,
        "--into",
        join(dir, scenarioName),
      ]);
      expectOneLineError(run, reason);
      const after = fingerprint(dir);
      expect(after).toEqual(before);
    });
  });
});
