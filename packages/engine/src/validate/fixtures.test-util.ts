import { categoryOf } from "../constants.ts";
import { addDays } from "../dates.ts";
import type {
  AthleteProfile,
  Day,
  Phase,
  PhaseKind,
  Plan,
  PlanGoal,
  Week,
  WeekKind,
  Workout,
  WorkoutType,
} from "../schema/plan.ts";
import { defaultMode } from "../season/modes.ts";
import { isRunning, isTrainingRun } from "./amounts.ts";
import type { Finding } from "./finding.ts";
import { workoutLoad } from "./load.ts";
import { validatePlan } from "./validate.ts";

/**
 * A valid, simple single-goal plan for tests to mutate: 14 weeks to a 50 km trail race with
 * 2,400 m of climbing on the Saturday of weeks[14], then a recovery week. Rest Monday, quality
 * Wednesday (hills in build and specific), strength Friday, long run Saturday, back-to-backs
 * (medium-long Sunday) in weeks[7] and weeks[10]. It breaks no rule, warn rules included, but
 * LD-2 in the days after its race: a race's own load sinks form that low.
 */

const startDate = "2027-01-04";
const paceMinPerKm = 8;
const historyWeek = { minutes: 300, runs: 5, longestRunMin: 90, vertM: 620, distanceKm: 37.5 };

interface WeekSpec {
  phase: PhaseKind;
  kind: WeekKind;
  runMin: number;
  long: number;
  mediumLong?: number;
  vertM: number;
  qualityShare: number;
  /** Carbohydrate target of the long run's fueling note, g/h. */
  fuel?: number;
}

// biome-ignore format: one week a line reads as a table
const weekSpecs: WeekSpec[] = [
  { phase: "base", kind: "base", runMin: 300, long: 100, vertM: 760, qualityShare: 0.1 },
  { phase: "base", kind: "base", runMin: 330, long: 120, vertM: 940, qualityShare: 0.1 },
  { phase: "base", kind: "cutback", runMin: 250, long: 100, vertM: 790, qualityShare: 0.1 },
  { phase: "build", kind: "build", runMin: 360, long: 130, vertM: 985, qualityShare: 0.15 },
  { phase: "build", kind: "build", runMin: 390, long: 150, vertM: 1225, qualityShare: 0.15 },
  { phase: "build", kind: "cutback", runMin: 300, long: 120, vertM: 1525, qualityShare: 0.15 },
  { phase: "specific", kind: "build", runMin: 400, long: 150, vertM: 1880, qualityShare: 0.15, fuel: 50 },
  { phase: "specific", kind: "build", runMin: 430, long: 160, mediumLong: 85, vertM: 2350, qualityShare: 0.15, fuel: 55 },
  { phase: "specific", kind: "build", runMin: 450, long: 170, vertM: 2350, qualityShare: 0.15, fuel: 60 },
  { phase: "specific", kind: "cutback", runMin: 340, long: 140, vertM: 2000, qualityShare: 0.15, fuel: 60 },
  { phase: "peak", kind: "peak", runMin: 450, long: 170, mediumLong: 100, vertM: 2350, qualityShare: 0.15, fuel: 65 },
  { phase: "peak", kind: "peak", runMin: 450, long: 195, vertM: 2350, qualityShare: 0.15, fuel: 70 },
  { phase: "taper", kind: "taper", runMin: 360, long: 150, vertM: 1700, qualityShare: 0.15 },
  { phase: "taper", kind: "taper", runMin: 280, long: 100, vertM: 1200, qualityShare: 0.15 },
  { phase: "race", kind: "race", runMin: 120, long: 0, vertM: 600, qualityShare: 0.1 },
  { phase: "recovery", kind: "recovery", runMin: 150, long: 0, vertM: 300, qualityShare: 0 },
];

const [baseWeek] = weekSpecs as [WeekSpec];

export interface FixtureOptions {
  distanceKm?: number;
  surface?: PlanGoal["surface"];
  elevationGainM?: number;
  priority?: PlanGoal["priority"];
  /** More base weeks like the first, before the rest (for long plans; breaks PR-1). */
  extraBaseWeeks?: number;
}

const goalId = "ultra";

function workout(type: WorkoutType, durationMin: number, extra: Partial<Workout> = {}): Workout {
  const running = type !== "rest" && type !== "strength";
  return {
    id: "",
    type,
    title: type,
    durationMin,
    distanceKm: running ? durationMin / paceMinPerKm : 0,
    vertM: 0,
    intensity: "easy",
    key: false,
    zoneMinutes: { z1: 0, z2: running ? durationMin : 0, z3: 0, z4: 0, z5: 0 },
    contribution: { [goalId]: 1 },
    steps: [],
    notes: [],
    locked: false,
    ...extra,
  };
}

/** A run with `z3`/`z4` minutes of quality and the rest at z1 (easy, and light on the load model). */
function run(
  type: WorkoutType,
  durationMin: number,
  quality: { z3?: number; z4?: number },
  extra: Partial<Workout> = {},
): Workout {
  const [z3, z4] = [quality.z3 ?? 0, quality.z4 ?? 0];
  return workout(type, durationMin, {
    zoneMinutes: { z1: durationMin - z3 - z4, z2: 0, z3, z4, z5: 0 },
    ...extra,
  });
}

const rest = (): Workout[] => [workout("rest", 0)];
const strength = (): Workout => workout("strength", 30, { intensity: "moderate" });

/** The seven days of one week, Monday first, before vert is spread over the runs. */
function daysOf(spec: WeekSpec, raceKm: number, raceGainM: number): Workout[][] {
  const quality = Math.round(spec.runMin * spec.qualityShare);
  if (spec.phase === "race") {
    const race = workout("race", 420, {
      intensity: "hard",
      distanceKm: raceKm,
      vertM: raceGainM,
      key: true,
    });
    const sharp = run("intervals", 40, { z4: quality }, { intensity: "hard" });
    // The seven days before Saturday's race hold last Saturday's long run too (TP-2).
    return [
      rest(),
      [run("easy", 30, {})],
      [sharp],
      [run("easy", 30, {})],
      [run("easy", 20, {})],
      [race],
      rest(),
    ];
  }
  if (spec.phase === "recovery") {
    return [
      rest(),
      [run("easy", 30, {})],
      rest(),
      [run("easy", 40, {})],
      rest(),
      [run("easy", 50, {})],
      [run("easy", 30, {})],
    ];
  }
  const qualityType: WorkoutType =
    spec.phase === "base"
      ? "fartlek"
      : spec.phase === "build" || spec.phase === "specific"
        ? "hills"
        : "threshold";
  const sessionMin = spec.phase === "base" ? 60 : 75;
  const sessionZ4 = Math.min(quality, 40);
  const session = run(qualityType, sessionMin, { z4: sessionZ4 }, { intensity: "hard", key: true });
  const notes =
    spec.fuel === undefined ? [] : [`Fueling practice: ${spec.fuel} g carbohydrate per hour`];
  const long = run("long", spec.long, { z3: quality - sessionZ4 }, { notes, key: true });
  const easyMin = spec.runMin - spec.long - (spec.mediumLong ?? 0) - sessionMin;
  const easyCount = spec.mediumLong === undefined ? 3 : 2;
  const easyEach = Math.floor(easyMin / easyCount);
  const easy = (i: number) => [
    run("easy", i === easyCount - 1 ? easyMin - easyEach * (easyCount - 1) : easyEach, {}),
  ];
  const sunday =
    spec.mediumLong === undefined ? easy(2) : [run("medium-long", spec.mediumLong, {})];
  return [rest(), easy(0), [session], easy(1), [strength()], [long], sunday];
}

/** Spreads the week's vert over its training runs by duration; the last run takes the rounding. */
function spreadVert(days: Workout[][], vertM: number): void {
  const runs = days.flat().filter(isTrainingRun);
  const runMin = runs.reduce((s, w) => s + w.durationMin, 0);
  let left = vertM;
  runs.forEach((w, i) => {
    w.vertM = i === runs.length - 1 ? left : Math.round((vertM * w.durationMin) / runMin);
    left -= w.vertM;
  });
}

/** Totals as PLAN-FORMAT defines them, the race included. */
function totalsOf(days: Day[]): Week["totals"] {
  const all = days.flatMap((d) => d.workouts);
  const runs = all.filter(isRunning);
  const sum = (ws: Workout[], f: (w: Workout) => number) => ws.reduce((s, w) => s + f(w), 0);
  const runMin = sum(runs, (w) => w.durationMin);
  return {
    volumeMin: sum(all, (w) => w.durationMin),
    runMin,
    longRunMin: Math.max(0, ...all.filter((w) => w.type === "long").map((w) => w.durationMin)),
    vertM: sum(all, (w) => w.vertM),
    qualityMin: sum(runs, (w) => w.zoneMinutes.z3 + w.zoneMinutes.z4 + w.zoneMinutes.z5),
    easyShare: runMin === 0 ? 1 : sum(runs, (w) => w.zoneMinutes.z1 + w.zoneMinutes.z2) / runMin,
    distanceKm: sum(runs, (w) => w.distanceKm),
    load: sum(all, workoutLoad),
  };
}

/** Recomputes every week's totals after a test changed its workouts. */
export function retotal(plan: Plan): Plan {
  for (const week of plan.weeks) week.totals = totalsOf(week.days);
  return plan;
}

function weekOf(spec: WeekSpec, index: number, goal: PlanGoal): Week {
  const weekStart = addDays(startDate, index * 7);
  const workouts = daysOf(spec, goal.distanceKm, goal.elevationGainM);
  spreadVert(workouts, spec.vertM);
  const days = workouts.map((ws, d) => {
    const date = addDays(weekStart, d);
    return { date, workouts: ws.map((w, i) => ({ ...w, id: `${date}-${i + 1}` })) };
  });
  const totals = totalsOf(days);
  return {
    index,
    startDate: weekStart,
    phase: spec.phase,
    kind: spec.kind,
    targets: {
      volumeMin: totals.volumeMin,
      longRunMin: totals.longRunMin,
      vertM: totals.vertM,
      qualityMin: totals.qualityMin,
    },
    totals,
    goalSplit: { [goalId]: 1 },
    why: `${spec.kind} week`,
    days,
  };
}

function phasesOf(weeks: Week[]): Phase[] {
  const phases: Phase[] = [];
  for (const week of weeks) {
    const last = phases.at(-1);
    if (last?.kind === week.phase) {
      last.weekIndexes.push(week.index);
      last.endDate = addDays(week.startDate, 6);
    } else {
      const endDate = addDays(week.startDate, 6);
      phases.push({
        index: phases.length,
        kind: week.phase,
        goalId,
        startDate: week.startDate,
        endDate,
        weekIndexes: [week.index],
      });
    }
  }
  return phases;
}

const profile: AthleteProfile = {
  level: "intermediate",
  chronicWeeklyMin: 300,
  consistency: 0.9,
  longestRecentRunMin: 90,
  peakRecentWeekMin: 300,
  rampCap: 0.12,
  loadSpikeCap: 1.3,
  cutbackEvery: 4,
  hasHistory: true,
  easyPaceSecPerKm: paceMinPerKm * 60,
};

export function makePlan(overrides: FixtureOptions = {}): Plan {
  const specs = [...Array<WeekSpec>(overrides.extraBaseWeeks ?? 0).fill(baseWeek), ...weekSpecs];
  const raceDate = addDays(startDate, (specs.length - 2) * 7 + 5);
  const distanceKm = overrides.distanceKm ?? 50;
  const goal: PlanGoal = {
    id: goalId,
    name: "Mountain 50K",
    date: raceDate,
    distanceKm,
    surface: overrides.surface ?? "trail",
    elevationGainM: overrides.elevationGainM ?? 2400,
    priority: overrides.priority ?? "A",
    mode: overrides.priority ? defaultMode(overrides.priority) : "peak",
    category: categoryOf(distanceKm),
  };
  const weeks = specs.map((spec, i) => weekOf(spec, i, goal));
  const history = Array.from({ length: 12 }, (_, i) => ({
    start: addDays(startDate, (i - 12) * 7),
    ...historyWeek,
  }));
  return {
    formatVersion: 1,
    seed: 1,
    scenario: {
      startDate,
      seed: 1,
      units: "metric",
      athlete: { level: "intermediate", history: { weeks: history } },
      constraints: {
        maxRunDaysPerWeek: 5,
        restDays: ["mon"],
        longRunDay: "sat",
        weekdayMaxMin: 90,
        strength: true,
        unavailable: [],
      },
      goals: [
        {
          id: goalId,
          date: raceDate,
          distanceKm,
          surface: goal.surface,
          elevationGainM: goal.elevationGainM,
          priority: goal.priority,
        },
      ],
      choices: {},
    },
    startDate,
    endDate: addDays(startDate, weeks.length * 7 - 1),
    athleteProfile: { ...profile },
    goals: [goal],
    warnings: [],
    phases: phasesOf(weeks),
    weeks,
  };
}

export function weekAt(plan: Plan, week: number): Week {
  const found = plan.weeks[week];
  if (!found) throw new Error(`no week ${week}`);
  return found;
}

export function phaseAt(plan: Plan, phase: number): Phase {
  const found = plan.phases[phase];
  if (!found) throw new Error(`no phase ${phase}`);
  return found;
}

/** The plan's only goal. */
export function goalOf(plan: Plan): PlanGoal {
  const [goal] = plan.goals;
  if (!goal) throw new Error("no goal");
  return goal;
}

export function dayAt(plan: Plan, week: number, day: number): Day {
  const found = plan.weeks[week]?.days[day];
  if (!found) throw new Error(`no day ${day} in week ${week}`);
  return found;
}

export function workoutAt(plan: Plan, week: number, day: number, index = 0): Workout {
  const found = dayAt(plan, week, day).workouts[index];
  if (!found) throw new Error(`no workout ${index} on day ${day} of week ${week}`);
  return found;
}

/** Changes a run's duration, taking or giving the difference at z1 so its zones still add up. */
export function resize(w: Workout, durationMin: number): Workout {
  w.zoneMinutes.z1 += durationMin - w.durationMin;
  w.distanceKm = durationMin / paceMinPerKm;
  w.durationMin = durationMin;
  return w;
}

/** The plan's findings of one rule (and one measure, when given). */
export function findingsOf(plan: Plan, rule: string, measure?: string): Finding[] {
  return validatePlan(plan).filter(
    (f) => f.rule === rule && (measure === undefined || f.measure === measure),
  );
}
