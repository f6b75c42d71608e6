import type { Plan } from "../src/schema/plan.ts";

type Week = Plan["weeks"][number];

const loadingPhases = new Set(["base", "build", "specific", "peak"]);
const holdsRace = (week: Week): boolean =>
  week.days.some((d) => d.workouts.some((w) => w.type === "race"));

/**
 * PR-1's rhythm read from the weeks' labels alone, as a checker reading PLAN-FORMAT.md's
 * `kind` would: the loading weeks since the last week labelled `cutback` or `taper` (a B
 * race's mini-taper; a week holding a race, or outside the loading phases, starts the count
 * again). Our validator also reads a week that fell by a cutback's drop as the stretch's
 * lighter week; a plan must hold under both. The weeks where the count passes
 * `cutbackEvery − 1`.
 */
export function labelStreakBreaks(plan: Plan): number[] {
  const most = plan.athleteProfile.cutbackEvery - 1;
  const breaks: number[] = [];
  let streak = 0;
  for (const week of plan.weeks) {
    const lighter = week.kind === "cutback" || week.kind === "taper";
    const resets = lighter || holdsRace(week) || !loadingPhases.has(week.phase);
    streak = resets ? 0 : streak + 1;
    if (streak > most) breaks.push(week.index);
  }
  return breaks;
}

export type Away = readonly { from: string; to: string }[];

/** A week holding some of the athlete's days away. */
export const isAway = (w: Week, away: Away): boolean =>
  away.some((a) => a.from <= (w.days.at(-1)?.date ?? "") && a.to >= w.startDate);

/**
 * PR-1's "2–3 build weeks, then 1 cutback week" read from the labels: the weeks labelled
 * `cutback` with fewer than two loading weeks since the last one in the same stretch of
 * loading weeks (a race's week or a phase outside them ends a stretch). Days away fall where
 * the runner's calendar puts them: the runs they touch are left out, and so is a cutback
 * moved a week earlier off the week before them (a 2:1 rhythm can't always fit around them).
 */
export function cutbacksTooClose(plan: Plan, away: Away): number[] {
  const close: number[] = [];
  let since: number | undefined;
  for (const week of plan.weeks) {
    if (holdsRace(week) || !loadingPhases.has(week.phase)) since = undefined;
    else if (week.kind === "cutback") {
      // The two cutbacks and the loading weeks between them.
      const run = since === undefined ? [] : plan.weeks.slice(since, week.index + 1);
      const loadingBetween = run.length - 2;
      const twoAfter = plan.weeks[week.index + 2];
      const movedOffAway = twoAfter !== undefined && isAway(twoAfter, away);
      const aside = run.some((w) => isAway(w, away)) || movedOffAway;
      if (since !== undefined && loadingBetween < 2 && !aside) close.push(week.index);
      since = week.index;
    }
  }
  return close;
}
