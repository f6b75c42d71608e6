import { recoveryNoHardDays, rules } from "../constants.ts";
import { type Finding, warnAt } from "./finding.ts";
import { dailyForm, startingDailyLoad } from "./load.ts";
import { brokenBound } from "./slack.ts";
import type { GoalFacts, PlanFacts } from "./week-facts.ts";

/** LD-1 (warn): race-day form in its band (A: peaked, B race); for a peaked race, fitness peaks 1–3 weeks out. */
function checkRaceForm(
  f: PlanFacts,
  g: GoalFacts,
  ctl: readonly number[],
  form: readonly number[],
): Finding[] {
  const { mode } = g.goal;
  const raceForm = form[g.raceDay];
  const day = f.days[g.raceDay];
  if (mode === "training-race" || raceForm === undefined || !day) return [];
  const out: Finding[] = [];
  const fail = (measure: string, actual: number, limit: number) =>
    out.push(
      warnAt("LD-1", day.path, {
        measure,
        actual,
        limit,
        weekIndex: day.weekIndex,
        date: day.date,
      }),
    );
  const limit = brokenBound(raceForm, ...(mode === "peak" ? rules.raceFormA : rules.raceFormB), 0);
  if (limit !== undefined) fail("raceForm", raceForm, limit);
  if (mode !== "peak") return out;
  // Fitness going into a day is the CTL of the day before: the race's own load never counts.
  const fitnessOn = (d: number) => ctl[d - 1] ?? ctl[0] ?? 0;
  const [nearestWeeks, farthestWeeks] = rules.fitnessPeakWeeksBeforeRace;
  let peakDay = Math.max(0, g.raceDay - farthestWeeks * 7);
  for (let d = peakDay; d <= g.raceDay; d++) if (fitnessOn(d) > fitnessOn(peakDay)) peakDay = d;
  const daysOut = g.raceDay - peakDay;
  if (daysOut < nearestWeeks * 7) fail("fitnessPeak", daysOut, nearestWeeks * 7);
  return out;
}

/** Days after a race inside RC-1's window: their fatigue is the race's own, and RC-1 guards them. */
function raceRecoveryDays(f: PlanFacts): Set<number> {
  const days = new Set<number>();
  for (const g of f.goals) {
    for (let d = 1; d <= recoveryNoHardDays[g.category]; d++) days.add(g.raceDay + d);
  }
  return days;
}

/** LD-2 (warn): form never below the floor, and below the low mark at most once in any 10 days. */
function checkFatigue(f: PlanFacts, form: readonly number[]): Finding[] {
  const out: Finding[] = [];
  const afterRace = raceRecoveryDays(f);
  const lowDays: number[] = [];
  let quietUntil = -1; // one low-form finding per window
  let belowFloor = false;
  form.forEach((x, d) => {
    const day = f.days[d];
    if (!day || afterRace.has(d)) return;
    const where = { weekIndex: day.weekIndex, date: day.date };
    // One finding at the start of each stretch below the floor.
    if (x < rules.formFloor && !belowFloor) {
      out.push(
        warnAt("LD-2", day.path, {
          measure: "formFloor",
          actual: x,
          limit: rules.formFloor,
          ...where,
        }),
      );
    }
    belowFloor = x < rules.formFloor;
    if (x >= rules.formLow) return;
    lowDays.push(d);
    const inWindow = lowDays.filter((low) => low > d - rules.formLowWindowDays).length;
    if (inWindow > rules.formLowMaxPer10Days && d > quietUntil) {
      const limit = rules.formLowMaxPer10Days;
      out.push(warnAt("LD-2", day.path, { measure: "formLow", actual: inWindow, limit, ...where }));
      quietUntil = d + rules.formLowWindowDays - 1;
    }
  });
  return out;
}

/** LD-1, LD-2: fitness, fatigue and form day by day from the plan's loads (TRAINING-RULES 6b). */
export function checkForm(f: PlanFacts): Finding[] {
  const start = startingDailyLoad(f.historyLoads, f.weeks[0]?.all.load ?? 0);
  const { ctl, form } = dailyForm(
    f.days.map((d) => d.all.load),
    start,
  );
  return [...f.goals.flatMap((g) => checkRaceForm(f, g, ctl, form)), ...checkFatigue(f, form)];
}
