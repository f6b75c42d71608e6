import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { planToCsv } from "./csv.ts";
import { datedWorkouts, zurichPlan } from "./plans.test-util.ts";

const rows: Record<string, string>[] = parse(planToCsv(zurichPlan), { columns: true });
const workouts = datedWorkouts(zurichPlan);

describe("planToCsv", () => {
  it("has a row a workout with the columns a spreadsheet needs", () => {
    expect(rows).toHaveLength(workouts.length);
    expect(Object.keys(rows[0] ?? {})).toEqual([
      "date",
      "week",
      "phase",
      "type",
      "title",
      "minutes",
      "km",
      "vert_m",
      "z1_min",
      "z2_min",
      "z3_min",
      "z4_min",
      "z5_min",
      "contribution:hm",
      "contribution:ultra",
      "key",
      "why",
    ]);
  });

  it("reads back the values of each workout", () => {
    workouts.forEach(({ date, workout }, i) => {
      const row = rows[i];
      expect(row?.date).toBe(date);
      expect(row?.title).toBe(workout.title);
      expect(Number(row?.minutes)).toBe(workout.durationMin);
      expect(Number(row?.z2_min)).toBe(workout.zoneMinutes.z2);
      expect(Number(row?.["contribution:ultra"])).toBe(workout.contribution.ultra ?? 0);
      expect(row?.key).toBe(String(workout.key));
      expect(row?.why).toBe(workout.why ?? "");
    });
    expect(rows.at(-1)?.week).toBe(String(zurichPlan.weeks.length));
  });

  it("quotes fields with commas, quotes and newlines", () => {
    const week = zurichPlan.weeks[0];
    if (!week) throw new Error("no week");
    const day = week.days[0];
    const odd = { ...week, days: week.days.map((d) => (d !== day ? d : withTitle(d))) };
    const back: Record<string, string>[] = parse(planToCsv({ ...zurichPlan, weeks: [odd] }), {
      columns: true,
    });
    expect(back.some((row) => row.title === 'Zürich "hill", reps\nx')).toBe(true);
  });
});

function withTitle(day: (typeof zurichPlan.weeks)[number]["days"][number]) {
  const [first, ...rest] = day.workouts;
  if (!first) throw new Error("a day without a workout");
  return { ...day, workouts: [{ ...first, title: 'Zürich "hill", reps\nx' }, ...rest] };
}
