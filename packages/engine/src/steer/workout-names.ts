import { dayLabel } from "../render/format.ts";
import type { Workout, WorkoutType } from "../schema/plan.ts";
import { formatMinutes } from "../workouts/steps.ts";

/** What a change list calls a workout of each type: one countable noun, so "a"/"an" fits. */
const nouns: Record<WorkoutType, string> = {
  rest: "rest day",
  easy: "easy run",
  recovery: "recovery run",
  long: "long run",
  "medium-long": "medium-long run",
  steady: "steady run",
  tempo: "tempo",
  threshold: "threshold session",
  intervals: "interval session",
  hills: "hill session",
  fartlek: "fartlek",
  progression: "progression run",
  "race-pace": "race-pace session",
  strides: "strides run",
  race: "race",
  strength: "strength session",
  mobility: "mobility session",
  cross: "cross-training session",
};

export const nounOf = (type: WorkoutType): string => nouns[type];

/** "an easy run", "a tempo" */
export function withArticle(type: WorkoutType): string {
  const noun = nouns[type];
  return `${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`;
}

/** "the tempo of Tue 9 Feb": how a change's summary names the workout it touched. */
export const theWorkoutOf = (w: Workout, date: string): string =>
  `the ${nouns[w.type]} of ${dayLabel(date)}`;

/** A plain title for a workout the runner shaped: "Easy run 45 min", "Tempo 1 h 05". */
export function plainTitle(type: WorkoutType, durationMin: number): string {
  const noun = nouns[type];
  return `${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${formatMinutes(durationMin)}`;
}
