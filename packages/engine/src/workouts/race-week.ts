import { policy } from "../constants.ts";
import { pickupsWithin } from "./families.ts";
import { runMinutes, type Session } from "./session.ts";
import { cooldown, totalMinutes, toWholeMinutes, warmup, work } from "./steps.ts";

/** The day before a race: a short, easy run to loosen the legs. */
export function shakeOutSession(day: number): Session {
  return {
    day,
    type: "easy",
    title: `Shake-out ${policy.shakeOutMin} min`,
    steps: [work(policy.shakeOutMin, "z2", "relaxed, legs loose")],
    intensity: "easy",
    key: false,
    notes: ["Day before the race: short and easy, then rest."],
    running: true,
    vertWeight: 0.2,
  };
}

/**
 * TP-2 in race week: the seven days before the race hold 40–60% of the peak. Easy runs
 * (not the shake-out or the sharp session) stretch up to 60 min or shrink down to 15, and
 * the shortest go when even that holds too much.
 */
export function fitRaceWindow(
  sessions: Session[],
  [lo, hi]: [number, number],
  capOf: (day: number) => number,
): void {
  const easy = () => sessions.filter((s) => s.type === "easy" && !s.title.startsWith("Shake-out"));
  const resize = (s: Session, minutes: number) => {
    const m = Math.round(minutes);
    sessions[sessions.indexOf(s)] = { ...s, title: `Easy run ${m} min`, steps: [work(m, "z2")] };
  };
  for (let guard = 0; guard < 8; guard++) {
    const total = runMinutes(sessions);
    const runs = easy();
    if (total >= lo && total <= hi) return;
    if (runs.length === 0) break;
    const each = (total < lo ? lo - total : hi - total) / runs.length;
    for (const s of runs) {
      const most = Math.min(raceWeekEasyMaxMin, capOf(s.day));
      resize(s, Math.min(most, Math.max(policy.shakeOutMin, totalMinutes(s.steps) + each)));
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
    if (room < shortestSharpMin) sessions.splice(sessions.indexOf(sharp), 1);
    else {
      const part = pickupsWithin(room - 10);
      const steps = toWholeMinutes([warmup(5), ...part.steps, cooldown(5)]);
      sessions[sessions.indexOf(sharp)] = { ...sharp, title: part.title, type: part.type, steps };
    }
  }
}

/** The shortest sharp session worth its warm-up: 5 min, 3 × 1 min pickups, 5 min. */
const shortestSharpMin = 16;

/** The longest easy run of race week. */
const raceWeekEasyMaxMin = 60;
