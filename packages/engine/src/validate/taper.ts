import { recoveryNoHardDays, rules, taperWeeksRange } from "../constants.ts";
import { errorAt, type Finding } from "./finding.ts";
import { brokenBound, slack } from "./slack.ts";
import { type GoalFacts, isRunning, type PlanFacts, type WeekFacts } from "./week-facts.ts";

const isLoadingPhase = (w: WeekFacts): boolean =>
  w.week.phase === "base" ||
  w.week.phase === "build" ||
  w.week.phase === "specific" ||
  w.week.phase === "peak";

/** TP-1 and TP-2 for a goal the plan peaks for. */
function checkTaperOf(f: PlanFacts, g: GoalFacts): Finding[] {
  const out: Finding[] = [];
  const raceWeek = f.weeks[Math.floor(g.raceDay / 7)];
  const ofGoal = f.weeks.filter((w) => w.goal === g);
  const taper = ofGoal.filter((w) => w.week.phase === "taper");
  const loading = ofGoal.filter(isLoadingPhase);

  const lengthLimit = brokenBound(taper.length, ...taperWeeksRange[g.category], 0);
  if (lengthLimit !== undefined)
    out.push(
      errorAt("TP-1", `goals[${g.index}]`, {
        actual: taper.length,
        limit: lengthLimit,
        date: g.goal.date,
      }),
    );

  taper.forEach((week, i) => {
    const before = taper[i - 1];
    if (before && week.training.runMin > before.training.runMin + slack.minutes) {
      const details = {
        actual: week.training.runMin,
        limit: before.training.runMin,
        refWeekIndex: before.index,
      };
      out.push(
        errorAt("TP-2", week.path, { measure: "taperRise", ...details, weekIndex: week.index }),
      );
    }
    const keepsIntensity = week.days.some((d) =>
      d.workouts.some(
        ({ workout: w }) => isRunning(w) && w.type !== "race" && w.intensity !== "easy",
      ),
    );
    if (!keepsIntensity)
      out.push(errorAt("TP-2", week.path, { measure: "intensity", weekIndex: week.index }));
  });

  const peakRunMin = Math.max(0, ...loading.map((w) => w.training.runMin));
  if (raceWeek && peakRunMin > 0) {
    const share = raceWeek.training.runMin / peakRunMin;
    const [dropLo, dropHi] = rules.taperDropByRaceWeek;
    const limit = brokenBound(share, 1 - dropHi, 1 - dropLo, slack.share);
    if (limit !== undefined) {
      out.push(
        errorAt("TP-2", raceWeek.path, {
          measure: "raceWeekVolume",
          actual: share,
          limit,
          weekIndex: raceWeek.index,
        }),
      );
    }
  }

  const keptRunDays = Math.ceil(
    rules.taperFrequencyKept * Math.max(0, ...loading.map((w) => w.runDays)),
  );
  for (const week of raceWeek ? [...taper, raceWeek] : taper) {
    if (week.runDays < keptRunDays) {
      out.push(
        errorAt("TP-2", week.path, {
          measure: "frequency",
          actual: week.runDays,
          limit: keptRunDays,
          weekIndex: week.index,
        }),
      );
    }
  }
  return out;
}

/** TP-3: the day before a race is rest or one short easy shake-out. */
function checkRaceEve(f: PlanFacts, g: GoalFacts): Finding[] {
  const eve = f.days[g.raceDay - 1];
  if (!eve) return [];
  const runs = eve.workouts.filter((at) => isRunning(at.workout));
  const details = { weekIndex: eve.weekIndex, date: eve.date };
  const [run] = runs;
  if (!run) return [];
  if (runs.length > 1)
    return [
      errorAt("TP-3", eve.path, { measure: "runCount", actual: runs.length, limit: 1, ...details }),
    ];
  const out: Finding[] = [];
  if (run.workout.intensity !== "easy") {
    out.push(
      errorAt("TP-3", run.path, {
        measure: "shakeOutIntensity",
        actual: run.workout.intensity,
        ...details,
      }),
    );
  }
  if (run.workout.durationMin > rules.shakeOutMaxMin) {
    out.push(
      errorAt("TP-3", run.path, {
        measure: "shakeOutMin",
        actual: run.workout.durationMin,
        limit: rules.shakeOutMaxMin,
        ...details,
      }),
    );
  }
  return out;
}

/** RC-1: no hard session in the days after a race, by its distance. */
function checkRaceRecovery(f: PlanFacts, g: GoalFacts): Finding[] {
  const out: Finding[] = [];
  const noHardDays = recoveryNoHardDays[g.category];
  for (const day of f.days.slice(g.raceDay + 1, g.raceDay + 1 + noHardDays)) {
    if (!day.hard) continue;
    const details = {
      actual: day.index - g.raceDay,
      limit: noHardDays,
      weekIndex: day.weekIndex,
      date: day.date,
    };
    out.push(errorAt("RC-1", day.hard.path, details));
  }
  return out;
}

/** TP-1, TP-2 (goals the plan peaks for), TP-3 and RC-1 (every race). */
export function checkTaperAndRecovery(f: PlanFacts): Finding[] {
  // A race before the plan's start is FMT-6's finding; nothing here can be read for it.
  return f.goals
    .filter((g) => g.raceDay >= 0)
    .flatMap((g) => [
      ...(g.goal.mode === "peak" ? checkTaperOf(f, g) : []),
      ...checkRaceEve(f, g),
      ...checkRaceRecovery(f, g),
    ]);
}
