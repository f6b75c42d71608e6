import { type DistanceCategory, policy, rules } from "../constants.ts";
import type { PhaseKind } from "../schema/plan.ts";
import { longRunShareCap } from "../targets/long-run.ts";
import type { WeekTarget } from "../targets/week-target.ts";
import { easyRunOf } from "./easy-runs.ts";
import { qualityOfSession, topUpWithStrides } from "./fit-quality.ts";
import { qualityBand } from "./quality-plan.ts";
import { resizedEasyRun, shortenEasyRuns } from "./race-week.ts";
import { isReshapeable, runMinutes, type Session, trainingRuns } from "./session.ts";
import { totalMinutes } from "./steps.ts";

/**
 * MG-1: a B race's mini-taper keeps one sharp session, as a taper keeps its intensity
 * (TP-2): of the sessions in its days from `fromDay` on, the hill session (SP-2 asks for one
 * every build week) or else the first hard one stays; the others run easy for their minutes,
 * which the window's fit then shortens, the nearest the race first, as long as the week
 * keeps IN-1's least quality.
 */
function easeMiniTaperDays(
  sessions: Session[],
  fromDay: number,
  phase: PhaseKind,
  roomOf: (day: number) => number,
): void {
  const running = trainingRuns(sessions);
  const quality = running.filter(
    (s) => s.day >= fromDay && s.intensity !== "easy" && isReshapeable(s),
  );
  const kept =
    quality.find((s) => s.type === "hills") ?? quality.find((s) => s.intensity === "hard");
  const [least] = qualityBand(phase);
  let weekQuality = running.reduce((sum, s) => sum + qualityOfSession(s), 0);
  for (const s of quality.filter((q) => q !== kept).reverse()) {
    const left = weekQuality - qualityOfSession(s);
    if (left >= least * runMinutes(running)) {
      const minutes = Math.min(Math.round(totalMinutes(s.steps)), policy.easyRunMin[1]);
      sessions[sessions.indexOf(s)] = easyRunOf(s, minutes);
      weekQuality = left;
    } else if (s.intensity === "moderate") {
      swapBefore(sessions, s, fromDay, roomOf);
    }
  }
}

/**
 * A moderate session the week's quality can't spare trades days with an easy run before the
 * mini-taper that can hold it, away from the week's anchors (IN-2): the session stays, the
 * easy run comes into the mini-taper's days to be shortened.
 */
function swapBefore(
  sessions: Session[],
  moved: Session,
  fromDay: number,
  roomOf: (day: number) => number,
): void {
  const anchorOn = (day: number) =>
    sessions.some(
      (s) => s.day === day && s !== moved && (s.intensity === "hard" || s.type === "long"),
    );
  const easy = sessions.filter(
    (s) =>
      s.day < fromDay &&
      s.type === "easy" &&
      isReshapeable(s) &&
      roomOf(s.day) >= totalMinutes(moved.steps) &&
      !anchorOn(s.day - 1) &&
      !anchorOn(s.day + 1),
  );
  const swap = easy.at(-1);
  if (!swap) return;
  sessions[sessions.indexOf(swap)] = { ...swap, day: moved.day };
  sessions[sessions.indexOf(moved)] = { ...moved, day: swap.day };
}

/**
 * The most the mini-taper's days may run: their share of the peak, or more when less would
 * leave the week more quality than IN-1 lets its running carry, or a long run before them
 * over LR-3's share of it.
 */
function miniTaperMaxMin(
  sessions: readonly Session[],
  tail: { fromDay: number; maxMin: number },
  phase: PhaseKind,
  category: DistanceCategory,
): number {
  const running = trainingRuns(sessions);
  const before = runMinutes(running.filter((s) => s.day < tail.fromDay));
  const quality = running.reduce((sum, s) => sum + qualityOfSession(s), 0);
  const [, most] = qualityBand(phase);
  const long = running.find((s) => s.type === "long");
  const mediumLong = running.find((s) => s.type === "medium-long");
  const longMin = long ? totalMinutes(long.steps) : 0;
  const pairMin = longMin + (mediumLong ? totalMinutes(mediumLong.steps) : 0);
  // LR-3 counts a race's day among the week's run days.
  const runDays = new Set(sessions.filter((s) => s.running).map((s) => s.day)).size;
  const weekFloor = Math.max(
    quality / most,
    longMin / (longRunShareCap(category, runDays) * policy.miniTaperShareMargin),
    pairMin / (rules.backToBackShare * policy.miniTaperShareMargin),
  );
  return Math.max(tail.maxMin, Math.ceil(weekFloor - before));
}

/**
 * The week before a B race, its days in the race's mini-taper (MG-1): one sharp session kept,
 * the other sessions easy, the easy runs shortened to the mini-taper's minutes. What those
 * days give up goes to the easy runs before them, within `roomOf` their day; the week runs no
 * less than `leastWeekRunMin` (a loading week: most of what it ran) and keeps IN-1's and
 * LR-3's shares: only its end is lighter.
 */
export function fitMiniTaper(
  sessions: Session[],
  tail: NonNullable<WeekTarget["raceWindowTail"]>,
  week: { phase: PhaseKind; category: DistanceCategory; roomOf: (day: number) => number },
): void {
  const { phase, category } = week;
  const { fromDay } = tail;
  const runMin = runMinutes(sessions);
  easeMiniTaperDays(sessions, fromDay, phase, week.roomOf);
  const inTail = runMinutes(trainingRuns(sessions, fromDay));
  const room = easyRunsBefore(sessions, fromDay, week.roomOf).reduce((sum, r) => sum + r.room, 0);
  const least = tail.leastWeekRunMin ?? policy.miniTaperLoadingWeekKeeps * runMin;
  const mayShed = Math.max(0, runMinutes(sessions) - least) + room;
  const maxMin = Math.max(miniTaperMaxMin(sessions, tail, phase, category), inTail - mayShed);
  shortenEasyRuns(sessions, fromDay, maxMin);
  lengthenEasyRunsBefore(sessions, fromDay, runMin - runMinutes(sessions), week.roomOf);
  // The sessions that ran easy took their quality along: strides give IN-1's back.
  topUpWithStrides(sessions, phase, { minutes: 0, finishMin: 0 });
}

/** The easy runs before `day` that can run longer, and by how much: their day's room, an easy run's longest. */
function easyRunsBefore(
  sessions: readonly Session[],
  day: number,
  roomOf: (day: number) => number,
): { run: Session; room: number }[] {
  return sessions
    .filter(
      (s) =>
        s.day < day &&
        (s.type === "easy" || s.type === "hills") &&
        s.intensity === "easy" &&
        isReshapeable(s),
    )
    .map((run) => ({
      run,
      room: Math.min(roomOf(run.day), policy.easyRunMin[1]) - totalMinutes(run.steps),
    }))
    .filter((r) => r.room >= 1);
}

/** The easy runs before `day` take `minutes` more, evenly, each within its room. */
function lengthenEasyRunsBefore(
  sessions: Session[],
  day: number,
  minutes: number,
  roomOf: (day: number) => number,
): void {
  let left = minutes;
  for (let guard = 0; guard < 4 && left >= 1; guard++) {
    const open = easyRunsBefore(sessions, day, roomOf);
    if (open.length === 0) return;
    const each = left / open.length;
    for (const { run, room } of open) {
      const add = Math.floor(Math.min(room, each));
      sessions[sessions.indexOf(run)] = resizedEasyRun(run, totalMinutes(run.steps) + add);
      left -= add;
    }
  }
}
