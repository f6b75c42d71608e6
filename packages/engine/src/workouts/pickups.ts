import { policy } from "../constants.ts";
import { isLastOfPhase } from "../macro/macro.ts";
import type { WeekTarget } from "../targets/week-target.ts";
import { pickupsWithin } from "./families.ts";
import { qualityOfSession } from "./fit-quality.ts";
import { isReshapeable, runMinutes, type Session } from "./session.ts";
import { cooldown, totalMinutes, toWholeMinutes, warmup } from "./steps.ts";

const wrapMin = 5;

/**
 * The session as 1-min pickups lasting `minutes` in all, between a 5-min warm-up and cool-down:
 * its day and role kept, its volume cut. A hill session stays uphill (SP-2).
 */
export function asPickups(s: Session, minutes: number, maxQualityMin = Infinity): Session {
  const room = Math.min(minutes - 2 * wrapMin, 2 * Math.floor(maxQualityMin));
  const part = pickupsWithin(room, s.type === "hills");
  // Fewer pickups than the minutes hold (IN-1's ceiling): a longer warm-up and cool-down.
  const wrap = Math.max(wrapMin, (minutes - totalMinutes(part.steps)) / 2);
  const steps = toWholeMinutes([warmup(wrap), ...part.steps, cooldown(wrap)]);
  return { ...s, title: part.title, type: part.type, steps };
}

/** The shortest pickups a week may cut its quality session to. */
export function pickupsFloorOf(t: WeekTarget): number {
  const { frame } = t;
  // A taper keeps the shortest session for its last week, which must still fall under the ones
  // before it.
  const lastTaperWeek = frame.phase === "taper" && isLastOfPhase(frame);
  if (frame.kind === "cutback" || lastTaperWeek) return policy.lighterPickupsMin;
  // Each taper week falls under the one before, its floors too (TP-2).
  return frame.phase === "taper" && frame.weekInPhase > 0
    ? policy.middleTaperPickupsMin
    : policy.shortestPickupsMin;
}

/**
 * A small week whose sessions' floors overflow its target: the biggest quality session gives
 * `byMin` back, down to short pickups (`floorMin`), so a cutback stays a cutback (PR-1) and a
 * ramp under its cap (PR-2).
 */
export function shortenQuality(
  sessions: Session[],
  byMin: number,
  floorMin: number,
  maxQualityShare = 1,
): void {
  const quality = sessions.filter(
    (s) => s.running && s.intensity !== "easy" && s.type !== "race" && isReshapeable(s),
  );
  if (byMin <= 0 || quality.length === 0) return;
  const biggest = quality.reduce((a, b) => (totalMinutes(b.steps) > totalMinutes(a.steps) ? b : a));
  const now = totalMinutes(biggest.steps);
  const minutes = Math.round(Math.max(floorMin, now - byMin));
  if (minutes >= now) return;
  // The pickups keep the week's quality under IN-1's ceiling (a lone session is all of it).
  const others = sessions.filter((s) => s.running && s.type !== "race" && s !== biggest);
  const otherQuality = others.reduce((sum, s) => sum + qualityOfSession(s), 0);
  const most = maxQualityShare * (runMinutes(others) + minutes) - otherQuality;
  sessions[sessions.indexOf(biggest)] = asPickups(biggest, minutes, most);
}

/**
 * SP-2 when no easy day was left to take a trail race's hills (a small week of a long run and
 * one session): the week's pickups run uphill, or its fartlek or short intervals on a hilly
 * loop (hill repeats).
 */
export function pickupsUphill(sessions: Session[]): void {
  const i = sessions.findIndex(
    (s) => (s.type === "fartlek" || s.type === "intervals") && isReshapeable(s),
  );
  const s = sessions[i];
  if (!s) return;
  // The structure stays: IN-1 has already read the week's share of quality.
  const pickups = s.title.startsWith("Pickups");
  const title = `${pickups ? "Uphill" : "Hill"} ${s.title.toLowerCase()}`;
  sessions[i] = { ...s, type: "hills", title, notes: pickups ? s.notes : [...s.notes, hillyLoop] };
}

const hillyLoop = "On a hilly loop: the efforts go uphill, the recoveries over the top and down.";
