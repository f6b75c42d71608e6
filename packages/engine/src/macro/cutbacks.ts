import { rules } from "../constants.ts";

/** PR-1: a cutback follows at least two loading weeks. */
const [minLoadingRun] = rules.loadingWeeksBeforeCutback;

/**
 * PR-1: split the loading weeks into runs of 2–3 build weeks (2 for a 2:1 rhythm), each
 * followed by a cutback week; the last run leads into what follows the weeks. Fewest
 * cutbacks that fit. Returns, for each week, whether it is a cutback.
 */
export function cutbackPattern(
  weeks: number,
  cutbackEvery: number,
  fullLastRun = false,
): boolean[] {
  if (weeks <= 0) return [];
  const maxRun = cutbackEvery - 1;
  let cutbacks = 0;
  while (weeks - cutbacks > maxRun * (cutbacks + 1)) cutbacks += 1;
  const loading = weeks - cutbacks;
  const runs = (fullLastRun ? runsToFullLast : evenRuns)(loading, cutbacks, maxRun);
  const pattern: boolean[] = [];
  for (const [i, run] of runs.entries()) {
    pattern.push(...Array<boolean>(run).fill(false));
    if (i < cutbacks) pattern.push(true);
  }
  return pattern;
}

/**
 * Runs as even as they fit; the last one takes what the others leave, shorter or none (the
 * weeks end on a cutback).
 */
function evenRuns(loading: number, cutbacks: number, maxRun: number): number[] {
  const even = Math.min(maxRun, Math.max(2, Math.round(loading / (cutbacks + 1))));
  const runs = Array.from({ length: cutbacks }, () => even);
  let last = loading - even * cutbacks;
  // Keep the final run within the cap by lengthening earlier runs, or shorten them when short.
  for (let i = 0; last > maxRun && i < runs.length; i++) {
    const add = Math.min(maxRun - (runs[i] ?? 0), last - maxRun);
    runs[i] = (runs[i] ?? 0) + add;
    last -= add;
  }
  for (let i = runs.length - 1; last < 0 && i >= 0; i--) {
    const take = Math.min((runs[i] ?? 0) - 1, -last);
    runs[i] = (runs[i] ?? 0) - take;
    last += take;
  }
  return [...runs, last];
}

/**
 * Before a taper: the last run as long as the earlier runs' minimum of 2 allows, so the
 * block's biggest weeks come together right before it (LD-1: fitness peaks 1–3 weeks before
 * the race, not a cutback and a lone big week earlier); the earlier runs share the rest, the
 * longer ones first.
 */
function runsToFullLast(loading: number, cutbacks: number, maxRun: number): number[] {
  const last = Math.max(0, Math.min(maxRun, loading - 2 * cutbacks));
  const earlier = loading - last;
  const runs = Array.from(
    { length: cutbacks },
    (_, i) => Math.floor(earlier / cutbacks) + (i < earlier % cutbacks ? 1 : 0),
  );
  return [...runs, last];
}

/**
 * PR-1 around training races: a race's week is a lighter week of its own, so the rhythm
 * starts again after it. `raceWeeks` are positions within the loading weeks, `awayWeeks`
 * those of them mostly away. The weeks end on a taper or a race's week, lighter too. No
 * cutback right before a lighter week where the rhythm can move it (`offLighterWeek`): two
 * light weeks and a taper leave fitness topping out early (LD-1).
 */
export function cutbackPatternAround(
  weeks: number,
  raceWeeks: ReadonlySet<number>,
  cutbackEvery: number,
  beforeTaper = false,
  awayWeeks: ReadonlySet<number> = new Set(),
): boolean[] {
  const pattern: boolean[] = [];
  let from = 0;
  for (let i = 0; i <= weeks; i++) {
    if (i < weeks && !raceWeeks.has(i)) continue;
    const run = cutbackPattern(i - from, cutbackEvery, beforeTaper && i === weeks);
    if (i < weeks) {
      offLighterWeek(run, cutbackEvery, awayWeeks.has(i));
      run.push(false);
    } else if (run.lastIndexOf(true, run.length - 2) >= 0) {
      // Before the taper only from the second cutback on: a block's first run stays whole.
      offLighterWeek(run, cutbackEvery, false);
    }
    pattern.push(...run);
    from = i + 1;
  }
  return pattern;
}

/**
 * A cutback right before a lighter week makes two light weeks: fold it into the run before,
 * or move it a week earlier. Not where moving leaves one loading week between two cutbacks,
 * where PR-1 asks for 2–3: the two light weeks then stay together. Days away still move it:
 * labelled a cutback themselves, they would follow one with no loading week between, and
 * PR-2 would read the week after them as climbing from two light weeks.
 */
function offLighterWeek(run: boolean[], cutbackEvery: number, away: boolean): void {
  if (run.at(-1) !== true) return;
  const previous = run.lastIndexOf(true, run.length - 2);
  const loadingBefore = run.length - 2 - previous;
  if (loadingBefore + 1 <= cutbackEvery - 1) run[run.length - 1] = false;
  else if (away || loadingBefore - 1 >= minLoadingRun) {
    run[run.length - 1] = false;
    run[run.length - 2] = true;
  }
}

/**
 * MG-1 before a B race early in the week: its race week holds no days before the race, so
 * its mini-taper falls in the week before, which becomes the block's last cutback (taking
 * the place of one right before it). Kept only when no streak of loading weeks then runs
 * longer than PR-1 allows; `lighter` are the positions of weeks already lighter (a training
 * race, days away).
 */
export function endOnCutback(
  pattern: boolean[],
  lighter: ReadonlySet<number>,
  cutbackEvery: number,
): boolean[] {
  const last = pattern.length - 1;
  if (last < 1 || pattern[last] || lighter.has(last)) return pattern;
  const trial = [...pattern];
  trial[last] = true;
  if (trial[last - 1]) trial[last - 1] = false;
  let streak = 0;
  for (const [i, cutback] of trial.entries()) {
    streak = cutback || lighter.has(i) ? 0 : streak + 1;
    if (streak > cutbackEvery - 1) return pattern;
  }
  return trial;
}
