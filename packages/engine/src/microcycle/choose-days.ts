import { policy } from "../constants.ts";
import type { Random } from "../random.ts";

/** What the day chooser needs to know about the week being placed. */
export interface DayRules {
  /** Epoch day of the week's Monday. */
  start: number;
  runnable: boolean[];
  /** Days that already hold a run. */
  used: Set<number>;
  /** Epoch days with hard sessions (this week and the end of the last). */
  hardEpochs: number[];
  /** Epoch days with stress anchors. */
  anchorEpochs: number[];
  /** No hard session on or before this epoch day. */
  noHardThrough: number;
  /** Days of this week where a hard session must not go (IN-5, LR-5, race week). */
  noHardDays: Set<number>;
  /** No moderate session on or before this epoch day. */
  noModerateThrough: number;
  /**
   * Days late in a race's RC-1 window: hard sessions wait, a moderate one may come back
   * (only the first days after a race are rest or very easy).
   */
  lateRecoveryDays: Set<number>;
  /**
   * Days where an easy run is a short recovery run: the day after the long run, and RC-1's
   * first days after a race.
   */
  recoveryRunDays: Set<number>;
  /** The longest run each day can hold (Mon–Fri under `weekdayMaxMin`, beside strength). */
  runRoomMin: readonly number[];
  /** How long the week's easy runs would be if its days could hold them (choosing easy days). */
  easyRunWantMin?: number;
  random: Random;
}

/** Midweek is where quality belongs: recovered from one weekend, fresh for the next. */
const hardPreference = [1, 3, 3, 2.5, 1, 1, 1];
const moderatePreference = [1, 2, 2, 2.5, 1.5, 1, 1];
/** How much an easy day holding only a recovery run yields to the others (in days of spread). */
const recoveryRunPenalty = 1.5;
/**
 * How much an easy day too short for the run the week wants yields (in days of spread, at no
 * room): a run a fifth over a weekday's cap goes to a roomier day (a cutback cut that short
 * fell past PR-1's 35%).
 */
const shortDayPenalty = 10;
/** IN-3 and IN-4: hard days at least two easy days apart. */
const minHardGap = 3;

type Kind = "hard" | "moderate" | "easy";

/** Choose `count` days for one kind of session, best first; fewer when the rules leave fewer. */
export function chooseDays(
  r: DayRules,
  kind: Kind,
  count: number,
  blocked: Set<number> = new Set(),
): number[] {
  const open = [0, 1, 2, 3, 4, 5, 6].filter(
    (d) => r.runnable[d] && !r.used.has(d) && !blocked.has(d),
  );
  if (count <= 0) return [];
  if (kind === "easy") return chooseEasy(r, open, count);
  const allowed = open.filter((d) => (kind === "hard" ? hardAllowed(r, d) : moderateAllowed(r, d)));
  const preference = kind === "hard" ? hardPreference : moderatePreference;
  const scored = allowed.map((d) => ({ d, score: (preference[d] ?? 1) + r.random() }));
  if (kind === "moderate") return best(scored, 1);
  for (let n = Math.min(count, scored.length); n > 0; n--) {
    const combo = bestSpacedCombo(scored, n);
    if (combo) return combo;
  }
  return [];
}

/**
 * IN-4: a second hard day only one easy day from `first`, when every other rule allows it
 * (the user then chooses which to keep hard).
 */
export function closeSecondHard(r: DayRules, first: number): number | undefined {
  const others = { ...r, hardEpochs: r.hardEpochs.filter((e) => e !== r.start + first) };
  return [first + 2, first - 2].find(
    (d) => d >= 0 && d <= 6 && r.runnable[d] && !r.used.has(d) && hardAllowed(others, d),
  );
}

/** Whether the hard session on `hard` and the moderate one on `moderate` may swap days. */
export function canTradeDays(r: DayRules, hard: number, moderate: number): boolean {
  const hardEpoch = r.start + hard;
  const without = {
    ...r,
    hardEpochs: r.hardEpochs.filter((e) => e !== hardEpoch),
    anchorEpochs: r.anchorEpochs.filter((e) => e !== hardEpoch),
  };
  if (!hardAllowed(without, moderate)) return false;
  return moderateAllowed(
    { ...without, anchorEpochs: [...without.anchorEpochs, r.start + moderate] },
    hard,
  );
}

/** The most preferred day for a single hard session that still leaves a day for a moderate one. */
export function hardDayLeavingModerate(r: DayRules): number | undefined {
  const open = [0, 1, 2, 3, 4, 5, 6].filter((d) => r.runnable[d] && !r.used.has(d));
  const byPreference = open
    .filter((d) => hardAllowed(r, d))
    .sort((a, b) => (hardPreference[b] ?? 1) - (hardPreference[a] ?? 1) || a - b);
  return byPreference.find((h) => {
    const withHard = { ...r, anchorEpochs: [...r.anchorEpochs, r.start + h] };
    return open.some((d) => d !== h && moderateAllowed(withHard, d));
  });
}

/** A day inside a window no hard session may enter (RC-1, LR-5, a race's two days before). */
export const inNoHardWindow = (r: DayRules, d: number): boolean =>
  r.start + d <= r.noHardThrough || r.noHardDays.has(d);

function hardAllowed(r: DayRules, d: number): boolean {
  const e = r.start + d;
  return !inNoHardWindow(r, d) && r.hardEpochs.every((h) => Math.abs(h - e) >= minHardGap);
}

/**
 * IN-2: a third, moderate session never sits next to an anchor. Not on Sunday either: next
 * week's Monday may hold a hard session this week can't see.
 */
function moderateAllowed(r: DayRules, d: number): boolean {
  const e = r.start + d;
  const apart = r.anchorEpochs.every((a) => Math.abs(a - e) >= 2);
  const barred = r.noHardDays.has(d) && !r.lateRecoveryDays.has(d);
  return d < 6 && e > r.noModerateThrough && !barred && apart;
}

function best(scored: { d: number; score: number }[], n: number): number[] {
  return [...scored]
    .sort((a, b) => b.score - a.score)
    .slice(0, n)
    .map((s) => s.d);
}

/** The highest-scoring set of n days that keeps every pair minHardGap apart. */
function bestSpacedCombo(scored: { d: number; score: number }[], n: number): number[] | undefined {
  let bestSet: number[] | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  const walk = (from: number, picked: { d: number; score: number }[]) => {
    if (picked.length === n) {
      const total = picked.reduce((s, p) => s + p.score, 0);
      if (total > bestScore) {
        bestScore = total;
        bestSet = picked.map((p) => p.d);
      }
      return;
    }
    for (let i = from; i < scored.length; i++) {
      const c = scored[i];
      if (c && picked.every((p) => Math.abs(p.d - c.d) >= minHardGap)) walk(i + 1, [...picked, c]);
    }
  };
  walk(0, []);
  return bestSet;
}

/** Easy runs spread through the week: each pick goes where the gap without running is longest. */
function chooseEasy(r: DayRules, open: number[], count: number): number[] {
  // A week's only easy run carries its volume: not as a short recovery run.
  const shunned =
    count === 1 && open.some((d) => !r.recoveryRunDays.has(d))
      ? r.recoveryRunDays
      : new Set<number>();
  const running = new Set(r.used);
  const picks: number[] = [];
  for (let i = 0; i < count; i++) {
    let bestDay: number | undefined;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const d of open) {
      if (running.has(d)) continue;
      let gap = 7;
      for (const u of running) gap = Math.min(gap, Math.abs(u - d));
      // A recovery run is capped at 40 min: other days first, so the week holds its volume
      // (PR-4's first week, PR-1's cutbacks; a long run kept to LR-3's share of the rest).
      const spread = r.recoveryRunDays.has(d) ? gap - recoveryRunPenalty : gap;
      // A capped weekday can't hold a long easy run: the week's volume needs a roomier day
      // (a 45-minute Thursday beside an open Saturday shrank a 5-hour week to 2).
      const dayRoom = r.runRoomMin[d] ?? Number.POSITIVE_INFINITY;
      const runRoom = r.recoveryRunDays.has(d)
        ? Math.min(dayRoom, policy.recoveryRunMaxMin)
        : dayRoom;
      const want = r.easyRunWantMin ?? 0;
      const short = want > 0 ? shortDayPenalty * (1 - Math.min(1, runRoom / want)) : 0;
      const score = (shunned.has(d) ? -7 : spread - short) + r.random() * 0.9;
      if (score > bestScore) {
        bestScore = score;
        bestDay = d;
      }
    }
    if (bestDay === undefined) break;
    picks.push(bestDay);
    running.add(bestDay);
  }
  return picks;
}
