/**
 * TP-3 for a training race: its eve rests or holds a short shake-out. A taper's last week
 * may move a run out of the next race's seven days to a free day before them; a training
 * race's eve is no free day.
 */
import { describe, expect, it } from "vitest";
import { rules } from "../src/constants.ts";
import { addDays } from "../src/dates.ts";
import { generatePlan } from "../src/generate.ts";

const weeks = ["2027-06-28", "2027-07-05", "2027-07-12", "2027-07-19"];
// A 170 km B race a week before the A half marathon: run easy, inside the half's taper.
const scenario = {
  startDate: "2027-07-26",
  seed: 762342,
  athlete: {
    birthYear: 2006,
    history: {
      weeks: weeks.map((start) => ({ start, minutes: 313, runs: 4, longestRunMin: 78, vertM: 0 })),
    },
  },
  constraints: { restDays: [], longRunDay: "thu", maxLongRunMin: 289, weekdayMaxMin: 56 },
  goals: [
    {
      id: "ultra",
      date: "2027-11-16",
      distanceKm: 170,
      surface: "trail",
      elevationGainM: 1700,
      priority: "B",
    },
    {
      id: "half",
      date: "2027-11-23",
      distanceKm: 21.1,
      surface: "trail",
      elevationGainM: 633,
      priority: "A",
    },
  ],
};

describe("a training race inside the next race's taper", () => {
  it("keeps its eve for rest or a short, easy shake-out", () => {
    const result = generatePlan(scenario, { today: "2027-07-01" });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const days = result.value.weeks.flatMap((w) => w.days);
    const eve = days.find((d) => d.date === addDays("2027-11-16", -1));
    const runs = (eve?.workouts ?? []).filter(
      (w) => !["rest", "strength", "mobility"].includes(w.type),
    );
    expect(eve).toBeDefined();
    for (const run of runs) {
      expect(run.intensity).toBe("easy");
      expect(run.durationMin).toBeLessThanOrEqual(rules.shakeOutMaxMin);
    }
  });
});
