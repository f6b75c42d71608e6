import { rules } from "../constants.ts";
import { type Finding, warnAt } from "./finding.ts";
import type { LoadSeries } from "./load-series.ts";
import type { PlanFacts } from "./week-facts.ts";

/**
 * Which load a low day comes from. Training, when the plan's form without its races is low
 * that day too. A race, when form has only climbed back since the day after it: the race's
 * own dip, which the rest and very easy days of RC-1 follow. Else training, which sank form
 * again after the race.
 */
type Cause = "training" | "race";

const measures: Record<Cause, { floor: string; low: string }> = {
  training: { floor: "formFloor", low: "formLow" },
  race: { floor: "formFloorAfterRace", low: "formLowAfterRace" },
};

/**
 * LD-2 (warn): form never below the floor, and below the low mark at most once in any 10
 * days, over every day of the plan (the days after a race included). Each finding says, by
 * its measure, whether training or a race brought form down.
 */
export function checkFatigue(f: PlanFacts, series: LoadSeries): Finding[] {
  const out: Finding[] = [];
  const { form, trainingForm } = series;
  const raceDays = new Set(f.goals.map((g) => g.raceDay));
  let sinceRace = false; // form has only climbed since the day after the last race
  const below = (limit: number, d: number): Cause | undefined => {
    if ((form[d] ?? 0) >= limit) return undefined;
    if ((trainingForm[d] ?? 0) < limit) return "training";
    return sinceRace ? "race" : "training";
  };
  const lowDays: { day: number; cause: Cause }[] = [];
  const quietUntil: Record<Cause, number> = { training: -1, race: -1 }; // one finding a window
  let floorStretch: Cause | undefined;
  form.forEach((x, d) => {
    const day = f.days[d];
    if (!day) return;
    const where = { weekIndex: day.weekIndex, date: day.date };
    sinceRace = raceDays.has(d - 1) || (sinceRace && x >= (form[d - 1] ?? x));
    // One finding at the start of each stretch below the floor from one cause.
    const floor = below(rules.formFloor, d);
    if (floor && floor !== floorStretch) {
      const measure = measures[floor].floor;
      out.push(warnAt("LD-2", day.path, { measure, actual: x, limit: rules.formFloor, ...where }));
    }
    floorStretch = floor;
    const low = below(rules.formLow, d);
    if (!low) return;
    lowDays.push({ day: d, cause: low });
    const window = lowDays.filter((l) => l.day > d - rules.formLowWindowDays);
    const limit = rules.formLowMaxPer10Days;
    if (window.length <= limit) return;
    // Training alone breaks the window, or a race's days make the difference.
    const fromTraining = window.filter((l) => l.cause === "training").length > limit;
    const cause: Cause = fromTraining ? "training" : "race";
    if (d <= quietUntil[cause]) return;
    const measure = measures[cause].low;
    out.push(warnAt("LD-2", day.path, { measure, actual: window.length, limit, ...where }));
    quietUntil[cause] = d + rules.formLowWindowDays - 1;
  });
  return out;
}
