import { recoveryNoHardDays, rules } from "../constants.ts";
import { isRunning } from "./amounts.ts";
import { errorAt, type Finding } from "./finding.ts";
import type { GoalFacts, PlanFacts } from "./week-facts.ts";

/** TP-3: the day before a race is rest or one short easy shake-out. */
function checkRaceEve(f: PlanFacts, g: GoalFacts): Finding[] {
  const eve = f.days[g.raceDay - 1];
  const runs = eve?.workouts.filter((at) => isRunning(at.workout)) ?? [];
  const [run] = runs;
  if (!eve || !run) return [];
  const where = { weekIndex: eve.weekIndex, date: eve.date };
  // Another goal's race the day before: the runner's calendar, not a run the plan chose.
  const race = runs.find((at) => at.workout.type === "race");
  if (race) return [errorAt("TP-3", race.path, { measure: "raceOnEve", actual: "race", ...where })];
  if (runs.length > 1) {
    return [
      errorAt("TP-3", eve.path, { measure: "runCount", actual: runs.length, limit: 1, ...where }),
    ];
  }
  const { intensity, durationMin } = run.workout;
  const out: Finding[] = [];
  if (intensity !== "easy") {
    out.push(
      errorAt("TP-3", run.path, { measure: "shakeOutIntensity", actual: intensity, ...where }),
    );
  }
  if (durationMin > rules.shakeOutMaxMin) {
    out.push(
      errorAt("TP-3", run.path, {
        measure: "shakeOutMin",
        actual: durationMin,
        limit: rules.shakeOutMaxMin,
        ...where,
      }),
    );
  }
  return out;
}

/**
 * RC-1: no hard session in the days after any race (a training race run easy is still a
 * race), and its first days are rest or very easy: no moderate session either.
 */
function checkRaceRecovery(f: PlanFacts, g: GoalFacts): Finding[] {
  const out: Finding[] = [];
  const noHardDays = recoveryNoHardDays[g.category];
  for (const day of f.days.slice(g.raceDay + 1, g.raceDay + 1 + noHardDays)) {
    const after = day.index - g.raceDay;
    const where = { weekIndex: day.weekIndex, date: day.date };
    if (day.hard && day.hard.workout.type !== "race") {
      out.push(errorAt("RC-1", day.hard.path, { actual: after, limit: noHardDays, ...where }));
      continue;
    }
    if (after > rules.veryEasyDaysAfterRace) continue;
    const moderate = day.workouts.find(
      (at) =>
        isRunning(at.workout) && at.workout.intensity !== "easy" && at.workout.type !== "race",
    );
    if (moderate) {
      const details = { measure: "firstDays", actual: after, limit: rules.veryEasyDaysAfterRace };
      out.push(errorAt("RC-1", moderate.path, { ...details, ...where }));
    }
  }
  return out;
}

/** TP-3 and RC-1 around every race. */
export function checkRaceDays(f: PlanFacts): Finding[] {
  // A race before the plan's start is FMT-6's finding; nothing here can be read for it.
  return f.goals
    .filter((g) => g.raceDay >= 0)
    .flatMap((g) => [...checkRaceEve(f, g), ...checkRaceRecovery(f, g)]);
}
