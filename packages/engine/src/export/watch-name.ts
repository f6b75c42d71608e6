import type { Workout, WorkoutType } from "../schema/plan.ts";
import { asciiFold } from "./ascii.ts";

/**
 * The FIT profile sets no length for a workout's name, but a watch shows it in a narrow
 * field: 15 ASCII characters keep it whole. The name is the kind of run and its main set or
 * length.
 */
export const watchNameLength = 15;

const labels: Record<WorkoutType, string> = {
  rest: "Rest",
  easy: "Easy",
  recovery: "Recovery",
  long: "Long run",
  "medium-long": "Med-long",
  steady: "Steady",
  tempo: "Tempo",
  threshold: "Threshold",
  intervals: "Intervals",
  hills: "Hills",
  fartlek: "Fartlek",
  progression: "Progression",
  "race-pace": "Race pace",
  strides: "Strides",
  race: "Race",
  strength: "Strength",
  mobility: "Mobility",
  cross: "Cross",
};

/** "Threshold 3x10m", "Long run 2h30", "Easy 45m"; a race by its name ("Zurich Trail"). */
export function watchName(workout: Workout): string {
  if (workout.type === "race") return raceName(workout.title);
  const label = labels[workout.type];
  const named = `${label} ${mainSet(workout)}`;
  return named.length <= watchNameLength ? named : label;
}

/** The first repeat's count and work length, else the whole workout's length. */
function mainSet(workout: Workout): string {
  for (const step of workout.steps)
    if (step.kind === "repeat") {
      const work = step.steps.find((s) => s.kind === "work") ?? step.steps[0];
      if (work) return `${step.times}x${shortDuration(work.durationMin)}`;
    }
  return shortDuration(workout.durationMin);
}

/** 0.5 → "30s", 10 → "10m", 2.5 → "2m30", 150 → "2h30" */
export function shortDuration(minutes: number): string {
  const seconds = Math.round(minutes * 60);
  if (seconds < 60) return `${seconds}s`;
  if (seconds >= 3600) {
    const wholeMinutes = Math.round(seconds / 60);
    return `${Math.floor(wholeMinutes / 60)}h${String(wholeMinutes % 60).padStart(2, "0")}`;
  }
  const rest = seconds % 60;
  const whole = Math.floor(seconds / 60);
  return rest === 0 ? `${whole}m` : `${whole}m${String(rest).padStart(2, "0")}`;
}

/** "Race day: Zürich Trail 50K" → "Zurich Trail": the race's name, cut at a word. */
function raceName(title: string): string {
  const name = asciiFold(title.replace(/^Race day:\s*/, "")).trim() || "Race";
  if (name.length <= watchNameLength) return name;
  const cut = name.slice(0, watchNameLength + 1);
  const lastSpace = cut.lastIndexOf(" ");
  return (lastSpace > 0 ? cut.slice(0, lastSpace) : cut.slice(0, watchNameLength)).trim();
}
