import { parse } from "csv-parse/sync";
import { unzipSync } from "fflate";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { generatePlan } from "../generate.ts";
import type { Plan, Workout } from "../schema/plan.ts";
import { expectOk } from "../steer/plans.test-util.ts";
import { planToCsv } from "./csv.ts";
import { inDisplayUnits } from "./display-units.ts";
import { decodeWorkout, expectStepsOf } from "./fit.test-util.ts";
import { planFitFiles, planToFitZip } from "./fit-zip.ts";
import { planToHtml } from "./html.ts";
import { planToIcs } from "./ics.ts";
import { planToMarkdown } from "./markdown.ts";
import { datedWorkouts, zurichScenario } from "./plans.test-util.ts";

/**
 * One plan with every edge case at once: two goals (weeks split between them), imperial
 * units, a goal named "Zürich Trail 50K", and a run whose steps were deleted by hand.
 */
const generated = expectOk(
  generatePlan({ ...zurichScenario, units: "imperial" }, { today: "2026-11-25" }),
);
const bare = datedWorkouts(generated).find(
  ({ workout }) => workout.type === "easy" && workout.steps.length > 0,
);
if (!bare) throw new Error("no easy run with steps");
const plan: Plan = {
  ...generated,
  weeks: generated.weeks.map((week) => ({
    ...week,
    days: week.days.map((day) => ({
      ...day,
      workouts: day.workouts.map((w) => (w.id === bare.workout.id ? { ...w, steps: [] } : w)),
    })),
  })),
};
const stepless: Workout = { ...bare.workout, steps: [] };
const race = datedWorkouts(plan).find(({ workout }) => workout.title.includes("Zürich"));
const splitWeek = plan.weeks.find(
  (w) => Object.values(w.goalSplit).filter((s) => s > 0).length > 1,
);

const events = () => {
  const calendar = new ICAL.Component(ICAL.parse(planToIcs(plan)));
  return calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
};

describe("exports of an edge-case plan", () => {
  it("has what it means to test", () => {
    expect(race?.workout.type).toBe("race");
    expect(splitWeek).toBeDefined();
  });

  it("ICS: a run without steps, the non-ASCII race, the split week, miles and feet", () => {
    const all = events();
    const byId = new Map(
      datedWorkouts(plan)
        .filter(({ workout }) => workout.type !== "rest")
        .map(({ workout }, i) => [workout.id, all[i]]),
    );
    expect(all).toHaveLength(byId.size);
    const event = byId.get(stepless.id);
    expect(event?.summary.startsWith(stepless.title)).toBe(true);
    expect(event?.startDate.toString()).toBe(bare.date);
    expect(event?.description.split("\n")[0]).toBe(stepless.why ?? "");
    expect(byId.get(race?.workout.id ?? "")?.summary).toContain("Zürich Trail 50K");
    const splitDescriptions = all.filter((e) =>
      e.description.includes(`Week ${(splitWeek?.index ?? 0) + 1} ·`),
    );
    expect(splitDescriptions.length).toBeGreaterThan(0);
    for (const e of splitDescriptions)
      expect(e.description).toMatch(
        /Goal split: .*Spring Half.*Zürich Trail 50K|Goal split: .*Zürich Trail 50K.*Spring Half/,
      );
    const text = all.map((e) => e.description).join("\n");
    expect(text).toMatch(/\/mi\b/);
    expect(text).toMatch(/ ft up/);
    expect(text).not.toMatch(/\/km\b|\d km\b|\d m up/);
  });

  it("CSV: every row, miles and feet from the plan's metric numbers, shares that sum to 1", () => {
    const rows: Record<string, string>[] = parse(planToCsv(plan), { columns: true });
    const workouts = datedWorkouts(plan);
    const titles = datedWorkouts(inDisplayUnits(plan)).map(({ workout }) => workout.title);
    expect(rows).toHaveLength(workouts.length);
    workouts.forEach(({ workout }, i) => {
      const row = rows[i];
      expect(row?.title).toBe(titles[i]);
      expect(row?.title).not.toMatch(/\d km\b/);
      expect(Number(row?.mi)).toBeCloseTo(workout.distanceKm / 1.609344, 2);
      expect(Math.abs(Number(row?.vert_ft) - workout.vertM / 0.3048)).toBeLessThanOrEqual(0.5);
      const shares = Number(row?.["contribution:hm"]) + Number(row?.["contribution:ultra"]);
      if (workout.type !== "rest") expect(shares).toBeCloseTo(1, 6);
    });
    expect(rows.some((row) => row.title === race?.workout.title)).toBe(true);
    expect(Object.keys(rows[0] ?? {})).not.toContain("km");
  });

  it("FIT: the stepless run is one open step its length; the race keeps its name; metric inside", () => {
    const files = planFitFiles(plan);
    const bareFile = files.find((f) => f.workout.id === stepless.id);
    if (!bareFile) throw new Error("no FIT file for the stepless run");
    const decoded = decodeWorkout(bareFile.data);
    expect(decoded.steps).toHaveLength(1);
    expect(decoded.steps[0]).toMatchObject({ durationType: "time", targetType: "open" });
    expect(decoded.steps[0]?.durationTime).toBe(stepless.durationMin * 60);
    const raceFile = files.find((f) => f.workout.id === race?.workout.id);
    if (!raceFile) throw new Error("no FIT file for the race");
    expect(raceFile.name).toBe(`${race?.date}-race-day-zurich-trail-50k.fit`);
    const raceDecoded = decodeWorkout(raceFile.data);
    expect(raceDecoded.workout.wktName).toBe("Zurich Trail");
    expect(raceDecoded.workout.wktDescription).toBe("Race day: Zürich Trail 50K");
    for (const file of files) expectStepsOf(file.workout, decodeWorkout(file.data).steps);
    expect(Object.keys(unzipSync(planToFitZip(plan)))).toContain(raceFile.name);
  });

  it("Markdown and HTML: the race's distance and the weeks' climbing in miles and feet", () => {
    for (const text of [planToMarkdown(plan), planToHtml(plan)]) {
      expect(text).toContain("Zürich Trail 50K");
      expect(text).toMatch(/13\.1 mi/);
      expect(text).toMatch(/\d ft of climbing/);
      expect(text).not.toMatch(/\d km\b|\d m of climbing/);
    }
  });
});
