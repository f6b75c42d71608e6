import { categoryOf, peakHours } from "../src/constants.ts";
import { daysBetween } from "../src/dates.ts";
import type { Plan, PlanGoal, Workout } from "../src/schema/plan.ts";

/**
 * LD-1, LD-2 and PR-5 read from TRAINING-RULES.md straight off a plan's JSON, without the
 * validator's code: what an outside checker would compute. Each break names the warning that
 * must explain it. Where the text leaves a choice, every reading is taken: fitness starting at
 * the history's level or from nothing, a day's fitness after its load or going into the next,
 * volume as running or as every workout.
 */

export interface RuleBreak {
  rule: "LD-1" | "LD-2" | "PR-5";
  what: string;
  /** The warning codes, any one of which explains it. */
  codes: string[];
  /** The goals the warning may name (one of them), in a plan for several. */
  goals?: PlanGoal[];
}

const perHour = { z1: 40, z2: 55, z3: 75, z4: 100, z5: 120 };
const running = (w: Workout) => !["rest", "strength", "mobility", "cross"].includes(w.type);

/** Section 6b: a session's load, and a history week's (its minutes at 60/h, no zones). */
function load(w: Workout): number {
  if (w.type === "strength") return (w.durationMin / 60) * 40;
  if (w.type === "cross") return (w.durationMin / 60) * perHour.z2 * 0.7;
  if (!running(w)) return 0;
  const z = w.zoneMinutes;
  const zones = z.z1 * 40 + z.z2 * 55 + z.z3 * 75 + z.z4 * 100 + z.z5 * 120;
  return zones / 60 + w.vertM * 0.05;
}

/** CTL and ATL after each day, from a starting level. */
function ewma(loads: number[], start: number) {
  const ctl: number[] = [];
  const atl: number[] = [];
  let [c, a] = [start, start];
  for (const x of loads) {
    c += (x - c) / 42;
    a += (x - a) / 7;
    ctl.push(c);
    atl.push(a);
  }
  return { ctl, atl };
}

export function ruleBreaks(plan: Plan): RuleBreak[] {
  const out: RuleBreak[] = [];
  const days = plan.weeks.flatMap((w) => w.days);
  const byDate = [...plan.goals].sort((a, b) => (a.date < b.date ? -1 : 1));
  const dayLoads = (keep: (w: Workout) => boolean) =>
    days.map((d) => d.workouts.filter(keep).reduce((s, w) => s + load(w), 0));
  const history = (plan.scenario.athlete.history?.weeks ?? [])
    .filter((w) => w.start < plan.startDate)
    .sort((a, b) => (a.start < b.start ? -1 : 1))
    .slice(-12);
  const historyDays = history.flatMap((w) =>
    Array<number>(7).fill(((w.minutes / 60) * 60 + (w.vertM ?? 0) * 0.05) / 7),
  );
  const all = dayLoads(() => true);
  const mean = historyDays.length
    ? historyDays.reduce((s, x) => s + x, 0) / historyDays.length
    : all.slice(0, 7).reduce((s, x) => s + x, 0) / 7;
  const h = historyDays.length;
  const series = (start: number) => ewma([...historyDays, ...all], start);
  const usual = series(mean);
  // Form going into a plan day: the day before's CTL − ATL (the history's last day for day 0).
  const form = all.map((_, d) => (usual.ctl[h + d - 1] ?? mean) - (usual.atl[h + d - 1] ?? mean));

  for (const goal of plan.goals) {
    const raceDay = daysBetween(plan.startDate, goal.date);
    if (goal.mode === "peak" && raceDay > 0) {
      for (const start of [mean, 0]) {
        const ctl = series(start).ctl.slice(h);
        let p = 0;
        for (let d = 1; d < raceDay; d++) if ((ctl[d] ?? 0) > (ctl[p] ?? 0)) p = d;
        if (raceDay - p > 21 || raceDay - p - 1 < 7) {
          const what = `fitness peaks ${raceDay - p} days before ${goal.id} (start ${start})`;
          out.push({
            rule: "LD-1",
            what,
            codes: ["FITNESS_PEAK_EARLY", "FITNESS_PEAK_LATE"],
            goals: [goal],
          });
        }
      }
    }
    const band = goal.mode === "peak" ? [5, 25] : goal.mode === "b-race" ? [-10, 10] : undefined;
    const raceForm = form[raceDay];
    if (band && raceForm !== undefined && (raceForm < (band[0] ?? 0) || raceForm > (band[1] ?? 0)))
      out.push({
        rule: "LD-1",
        what: `race-day form ${raceForm}`,
        codes: ["RACE_FORM"],
        goals: [goal],
      });
  }

  const lowDays: number[] = [];
  form.forEach((x, d) => {
    if (x < -20) lowDays.push(d);
    const inTen = lowDays.filter((l) => l > d - 10).length;
    if (x >= -30 && !(x < -20 && inTen > 1)) return;
    // After a race either warning may say it: a race's dip (any race before, as dips add
    // up), or training deepening it.
    const races = byDate.filter((g) => daysBetween(plan.startDate, g.date) < d);
    out.push({
      rule: "LD-2",
      what: `form ${x.toFixed(1)} on ${days[d]?.date}`,
      codes: races.length > 0 ? ["FATIGUE_AFTER_RACE", "DEEP_FATIGUE"] : ["DEEP_FATIGUE"],
      goals: races,
    });
  });

  // PR-5 per peak: the biggest week of the weeks that lead to it (its block, up to its race).
  const peaks = plan.goals.filter((g) => g.mode === "peak");
  const longest = plan.goals.reduce((a, b) => (b.distanceKm > a.distanceKm ? b : a));
  for (const goal of peaks.length > 0 ? peaks : [longest]) {
    const block = plan.weeks.filter((w) => w.goalId === goal.id && w.startDate <= goal.date);
    if (block.length === 0) continue;
    const [lo, hi] = peakHours[categoryOf(goal.distanceKm)][plan.athleteProfile.level];
    for (const reading of ["running", "every workout"] as const) {
      const keep = (w: Workout) => w.type !== "race" && (reading !== "running" || running(w));
      const peak = Math.max(
        ...block.map((w) =>
          w.days.flatMap((d) => d.workouts.filter(keep)).reduce((s, x) => s + x.durationMin, 0),
        ),
      );
      const what = `${goal.id} peak ${reading} ${peak}`;
      if (peak < lo * 60)
        out.push({ rule: "PR-5", what, codes: ["PEAK_BELOW_RANGE"], goals: [goal] });
      if (peak > hi * 60)
        out.push({ rule: "PR-5", what, codes: ["PEAK_ABOVE_RANGE"], goals: [goal] });
    }
  }
  return out;
}
