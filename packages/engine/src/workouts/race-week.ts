import { policy } from "../constants.ts";
import type { RaceWindow } from "../targets/week-target.ts";
import { easyRunOf, inFreshLegsDays, shortestEasyMin } from "./easy-runs.ts";
import { asPickups } from "./pickups.ts";
import { hillStridesSession } from "./quality-session.ts";
import { runMinutes, type Session, trainingRuns } from "./session.ts";
import { qualityOf, totalMinutes, work, zoneMinutesOf } from "./steps.ts";
import { lengthenWraps } from "./wraps.ts";

/** The day before a race: a short, easy run to loosen the legs. */
export function shakeOutSession(day: number, minutes: number = policy.shakeOutMin): Session {
  return {
    day,
    type: "easy",
    title: `Shake-out ${minutes} min`,
    steps: [work(minutes, "z2", "relaxed, legs loose")],
    intensity: "easy",
    key: false,
    notes: ["Day before the race: short and easy, then rest."],
    running: true,
    vertWeight: 0.2,
  };
}

const isShakeOut = (s: Session): boolean => s.title.startsWith("Shake-out");

/**
 * TP-2 in race week: the seven days before the race hold 40–60% of the peak. Easy runs
 * (not the shake-out or the sharp session) stretch up to an hour and a half (never past the
 * day's cap) or shrink down to 15, and the shortest go when even that holds too much. Two
 * days out an easy run keeps to an hour, the minutes going to the days before. A window
 * left under its floor so first lengthens the sharp session's easy wraps, then the earlier
 * runs up to just under IN-2's two-hour long run, then the run two days out.
 */
export function fitRaceWindow(
  sessions: Session[],
  { band, floorMin }: RaceWindow,
  capOf: (day: number) => number,
): void {
  const raceDay = sessions.find((s) => s.type === "race")?.day;
  const mostOf = (easyMaxMin: number, freshLegs: boolean) => (day: number) => {
    // The race's eve holds a shake-out, sized apart; runs after the race are its recovery.
    const twoDaysOut = freshLegs && raceDay !== undefined && inFreshLegsDays(raceDay, day);
    return Math.min(capOf(day), twoDaysOut ? policy.twoDaysOutEasyMaxMin : easyMaxMin);
  };
  // Fresh legs two days out before shorter runs earlier: each easy run no longer than it must.
  const [usual, most] = policy.raceWeekEasyMaxMin;
  const ladder = [
    mostOf(usual, true),
    mostOf(most, true),
    mostOf(usual, false),
    mostOf(most, false),
  ];
  // Easy runs at their longest and the window still short: the sharp session's easy wraps
  // take the rest, up to a race week's session length (its work stays as cut).
  const sessionCapOf = (day: number) => Math.min(capOf(day), policy.raceWeekSessionMaxMin);
  const fitted = (mostOfDay: (day: number) => number, aimMin: number): Session[] => {
    const trial = [...sessions];
    fitWithin(trial, band, mostOfDay);
    lengthenWraps(trial, Math.ceil(aimMin) - runMinutes(trial), sessionCapOf, 0);
    return trial;
  };
  // The first rung that holds the seven days' floor, else the most they can hold.
  const floor = Math.min(band[0], floorMin);
  for (const rung of ladder) {
    const trial = fitted(rung, floor);
    if (runMinutes(trial) >= floor) {
      sessions.splice(0, sessions.length, ...trial);
      return;
    }
  }
  sessions.splice(0, sessions.length, ...fitted(mostOf(most, false), band[0]));
}

/** The race week's runs fitted to `[lo, hi]`, each easy run within `mostOf` its day. */
function fitWithin(
  sessions: Session[],
  [lo, hi]: [number, number],
  mostOf: (day: number) => number,
): void {
  const easy = () => sessions.filter((s) => s.type === "easy" && !isShakeOut(s));
  // Strides stay: race week keeps its legs quick.
  const resize = (s: Session, minutes: number) => {
    sessions[sessions.indexOf(s)] = easyRunOf(s, Math.round(minutes));
  };
  for (const s of easy()) if (totalMinutes(s.steps) > mostOf(s.day)) resize(s, mostOf(s.day));
  for (let guard = 0; guard < 8; guard++) {
    const total = runMinutes(sessions);
    const runs = easy();
    if (total >= lo && total <= hi) return;
    if (runs.length === 0) break;
    const each = (total < lo ? lo - total : hi - total) / runs.length;
    for (const s of runs) {
      resize(
        s,
        Math.min(mostOf(s.day), Math.max(policy.shakeOutMin, totalMinutes(s.steps) + each)),
      );
    }
    if (
      runMinutes(sessions) > hi &&
      runs.every((s) => totalMinutes(s.steps) <= policy.shakeOutMin)
    ) {
      const shortest = runs.at(-1);
      if (shortest) sessions.splice(sessions.indexOf(shortest), 1);
    }
  }
  // Still too much: the sharp session shrinks to short pickups, or goes.
  const sharp = sessions.find((s) => s.intensity === "hard" && s.type !== "race");
  const over = runMinutes(sessions) - hi;
  if (sharp && over > 0) {
    const room = totalMinutes(sharp.steps) - over;
    if (room < policy.shortestPickupsMin) sessions.splice(sessions.indexOf(sharp), 1);
    else sessions[sessions.indexOf(sharp)] = asPickups(sharp, room);
  }
  // A small week's window may hold less than a whole shake-out: it runs shorter.
  const shakeOut = sessions.find(isShakeOut);
  const left = runMinutes(sessions) - hi;
  if (shakeOut && left > 0) {
    const minutes = Math.max(
      policy.shakeOutShortestMin,
      Math.floor(totalMinutes(shakeOut.steps) - left),
    );
    sessions[sessions.indexOf(shakeOut)] = shakeOutSession(shakeOut.day, minutes);
  }
}

/**
 * TP-2 seen from the last taper week: its days from the race's weekday on already fall in the
 * race's seven days, so their runs hold at most `maxMin`. Small weeks reach it only below the
 * sessions' usual floors: easy runs and the long run shrink to a shake-out's length, then the
 * sharp session to short pickups (the taper keeps its intensity), and only then do the
 * shortest easy runs move to a free day before the window (`canRunOn`) or, with none, go
 * (the taper keeps its run days as long as it can); a sharp session left alone in the window
 * moves before it too.
 */
export function fitWindowTail(
  sessions: Session[],
  fromDay: number,
  maxMin: number,
  canRunOn: (day: number, moved: Session) => boolean = () => false,
): void {
  const inWindow = () => trainingRuns(sessions, fromDay);
  const over = () => runMinutes(inWindow()) - maxMin;
  shortenEasyRuns(sessions, fromDay, maxMin);
  // The sharp session becomes pickups: intensity kept (TP-2), sized for IN-1's share.
  const sharp = inWindow().find((s) => s.intensity !== "easy");
  let pickups: Session | undefined;
  if (sharp && over() > 0) {
    // Never longer than the session it replaces: that one fitted the day (CON-3).
    const now = totalMinutes(sharp.steps);
    const minutes = Math.min(now, Math.max(pickupsForTaperShare(sessions, sharp), now - over()));
    pickups = asPickups(sharp, minutes);
    sessions[sessions.indexOf(sharp)] = pickups;
  }
  let dropped = false;
  while (over() > 0) {
    const easy = inWindow().filter((s) => s.intensity === "easy");
    const plain = easy.filter((s) => s.type !== "hills");
    // Easy runs move or go first, hill strides last; a sharp session alone in the window
    // moves before it.
    const movable = plain.length > 0 ? plain : easy.length > 0 ? easy : inWindow();
    if (movable.length === 0) break;
    const shortest = movable.reduce((a, b) =>
      totalMinutes(b.steps) < totalMinutes(a.steps) ? b : a,
    );
    const free = [...Array(fromDay).keys()]
      .reverse()
      .find(
        (d) =>
          canRunOn(d, shortest) &&
          !sessions.some((s) => s.running && s.day === d) &&
          (shortest.intensity === "easy" || !besideStress(sessions, shortest, d)),
      );
    if (free !== undefined) {
      sessions[sessions.indexOf(shortest)] = { ...shortest, day: free };
      continue;
    }
    if (easy.length === 0 || inWindow().length <= 1) break;
    sessions.splice(sessions.indexOf(shortest), 1);
    dropped = true;
  }
  // With runs gone, the pickups are sized again for the week that is left.
  if (dropped && pickups) {
    const minutes = Math.min(totalMinutes(pickups.steps), pickupsForTaperShare(sessions, pickups));
    sessions[sessions.indexOf(pickups)] = asPickups(pickups, minutes);
  }
}

/**
 * The easy runs from `fromDay` on shorten evenly, none under its floor, until those days run
 * no more than `maxMin` or every easy run is at its floor.
 */
export function shortenEasyRuns(sessions: Session[], fromDay: number, maxMin: number): void {
  const over = () => runMinutes(trainingRuns(sessions, fromDay)) - maxMin;
  for (let guard = 0; guard < 4 && over() > 0; guard++) {
    const easy = trainingRuns(sessions, fromDay).filter(
      (s) => s.intensity === "easy" && totalMinutes(s.steps) > shortestEasyMin(s),
    );
    if (easy.length === 0) break;
    const each = over() / easy.length;
    for (const s of easy) {
      // Down to the whole minute: rounding back up would leave a fraction over, and a whole
      // run would go for it below.
      const m = Math.floor(Math.max(shortestEasyMin(s), totalMinutes(s.steps) - each));
      sessions[sessions.indexOf(s)] = resizedEasyRun(s, m);
    }
  }
}

/** An easy run at `minutes`; one with hill strides keeps them (SP-2's hill work of a build week). */
export const resizedEasyRun = (s: Session, minutes: number): Session =>
  s.type === "hills" ? hillStridesSession(s.day, minutes) : easyRunOf(s, minutes);

/** No hard days in a row (IN-3), nor one beside the long run (IN-5, and its easy day after). */
const besideStress = (sessions: readonly Session[], moved: Session, day: number): boolean =>
  sessions.some(
    (s) =>
      s !== moved && (s.intensity === "hard" || s.type === "long") && Math.abs(s.day - day) === 1,
  );

/**
 * The length of a pickups session (5 + 2 min a pickup + 5) in place of `sharp` that gives the
 * week the taper's share of quality (IN-1), counting the quality its other runs hold (strides).
 */
function pickupsForTaperShare(sessions: Session[], sharp: Session): number {
  const others = sessions.filter((s) => s !== sharp && s.running && s.type !== "race");
  const otherMin = runMinutes(others);
  const otherQuality = others.reduce((sum, s) => sum + qualityOf(zoneMinutesOf(s.steps)), 0);
  const share = policy.qualityShare.taper;
  // n pickups in a week of otherMin + 2n + 10 minutes: n = share × week − other quality.
  const n = Math.ceil((share * (otherMin + 10) - otherQuality) / (1 - 2 * share));
  return Math.max(policy.shortestPickupsMin, n * 2 + 10);
}
