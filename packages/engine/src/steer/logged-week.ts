import type { Day, Plan, Week, Workout } from "../schema/plan.ts";
import type { LogEntry } from "../schema/revision.ts";
import { isRunning } from "../validate/amounts.ts";
import { work } from "../workouts/steps.ts";
import { restWorkout } from "../workouts/to-days.ts";
import { retotalWeek } from "./retotal.ts";

const zeroZones = { z1: 0, z2: 0, z3: 0, z4: 0, z5: 0 };

/** A run as the runner logged it: its minutes easy, its distance and climbing in proportion. */
function loggedRun(w: Workout, minutes: number, title: string): Workout {
  const share = w.durationMin > 0 ? minutes / w.durationMin : 0;
  return {
    ...w,
    title,
    durationMin: minutes,
    distanceKm: Math.round(w.distanceKm * share * 10) / 10,
    vertM: Math.round(w.vertM * share),
    intensity: "easy",
    key: false,
    zoneMinutes: { ...zeroZones, z2: minutes },
    steps: minutes > 0 ? [work(minutes, "z2")] : [],
    locked: true,
  };
}

/** Unplanned running the runner logged: an easy run of its minutes. */
function extraRun(date: string, n: number, minutes: number, like: Workout): Workout {
  return {
    ...restWorkout(`${date}-x${n}`, like.contribution),
    type: "easy",
    title: `Extra run logged: ${minutes} min`,
    durationMin: minutes,
    zoneMinutes: { ...zeroZones, z2: minutes },
    steps: [work(minutes, "z2")],
    locked: true,
  };
}

/** One day as logged: done keeps it, missed empties it, partial shrinks its running, extra adds a run. */
function loggedDay(day: Day, entry: LogEntry | undefined): Day {
  if (!entry || entry.status === "done") return day;
  const runs = day.workouts.filter((w) => isRunning(w) && w.type !== "rest");
  const planned = runs.reduce((sum, w) => sum + w.durationMin, 0);
  const first = day.workouts[0] as Workout;
  if (entry.status === "missed" || (entry.status === "partial" && planned === 0)) {
    return {
      ...day,
      workouts: [
        { ...restWorkout(`${day.date}-1`, first.contribution), title: "Missed", locked: true },
      ],
    };
  }
  const minutes = entry.minutes ?? 0;
  if (entry.status === "extra") {
    const kept = day.workouts.filter((w) => w.type !== "rest");
    return { ...day, workouts: [...kept, extraRun(day.date, kept.length + 1, minutes, first)] };
  }
  // Partial: the day's runs shrink in proportion to what was run.
  return {
    ...day,
    workouts: day.workouts.map((w) => {
      if (!runs.includes(w)) return w;
      const share = Math.round((w.durationMin / planned) * minutes);
      return loggedRun(w, share, `${w.title} — logged ${share} of ${w.durationMin} min`);
    }),
  };
}

/** A past week as the log says it went, its totals read again. */
export function asLogged(week: Week, plan: Plan): Week {
  const log = new Map((plan.log ?? []).map((e) => [e.date, e]));
  if (!week.days.some((d) => log.has(d.date))) return week;
  const days = week.days.map((d) => loggedDay(d, log.get(d.date)));
  return retotalWeek(
    { ...week, days },
    plan.goals.map((g) => g.id),
  );
}
