import { pickupsWithin } from "./families.ts";
import type { Session } from "./session.ts";
import { cooldown, totalMinutes, toWholeMinutes, warmup } from "./steps.ts";

/** The shortest quality session worth its warm-up: 5 min, 3 × 1 min pickups, 5 min. */
export const shortestPickupsMin = 16;

const wrapMin = 5;

/**
 * The session as 1-min pickups lasting `minutes` in all, between a 5-min warm-up and cool-down:
 * its day and role kept, its volume cut. A hill session stays uphill (SP-2).
 */
export function asPickups(s: Session, minutes: number): Session {
  const part = pickupsWithin(minutes - 2 * wrapMin, s.type === "hills");
  const steps = toWholeMinutes([warmup(wrapMin), ...part.steps, cooldown(wrapMin)]);
  return { ...s, title: part.title, type: part.type, steps };
}

/**
 * A small week whose sessions' floors overflow its target: the biggest quality session gives
 * `byMin` back, down to short pickups, so a cutback stays a cutback (PR-1) and a ramp under
 * its cap (PR-2).
 */
export function shortenQuality(sessions: Session[], byMin: number): void {
  const quality = sessions.filter((s) => s.running && s.intensity !== "easy" && s.type !== "race");
  if (byMin <= 0 || quality.length === 0) return;
  const biggest = quality.reduce((a, b) => (totalMinutes(b.steps) > totalMinutes(a.steps) ? b : a));
  const now = totalMinutes(biggest.steps);
  const minutes = Math.round(Math.max(shortestPickupsMin, now - byMin));
  if (minutes < now) sessions[sessions.indexOf(biggest)] = asPickups(biggest, minutes);
}

/**
 * The reverse: a small loading week whose easy minutes were too few for a run of their own
 * keeps them, as a longer cool-down of its biggest quality session (within the day's cap),
 * so the week holds what PR-1's cutback or PR-2's ramp set instead of falling further.
 */
export function lengthenCooldown(
  sessions: Session[],
  byMin: number,
  capOf: (day: number) => number,
): void {
  const hosts = sessions.filter((s) => s.running && s.steps.at(-1)?.kind === "cooldown");
  if (byMin <= 0 || hosts.length === 0) return;
  const host = hosts.reduce((a, b) => (totalMinutes(b.steps) > totalMinutes(a.steps) ? b : a));
  const now = totalMinutes(host.steps);
  const add = Math.floor(Math.min(byMin, capOf(host.day) - now));
  const last = host.steps.at(-1);
  if (add < 1 || last?.kind !== "cooldown") return;
  const steps = [...host.steps.slice(0, -1), cooldown(last.durationMin + add)];
  sessions[sessions.indexOf(host)] = { ...host, steps };
}

/**
 * SP-2 when no easy day was left to take a trail race's hills (a small week of a long run and
 * one session): the week's pickups run uphill.
 */
export function pickupsUphill(sessions: Session[]): void {
  const i = sessions.findIndex((s) => s.type === "fartlek" && s.title.startsWith("Pickups"));
  const s = sessions[i];
  if (!s) return;
  sessions[i] = asPickups({ ...s, type: "hills" }, Math.round(totalMinutes(s.steps)));
}
