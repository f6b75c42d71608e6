import type { Zone } from "../schema/plan.ts";
import type { Session } from "./session.ts";
import { work } from "./steps.ts";
import type { WeekContext } from "./week-sessions.ts";

/** Race effort by distance: a 5K is run near VO2max, a 100K mostly easy. */
function raceZone(distanceKm: number): Zone {
  if (distanceKm <= 7) return "z5";
  if (distanceKm <= 25) return "z4";
  if (distanceKm <= 45) return "z3";
  return "z2";
}

export function raceSession(day: number, ctx: WeekContext): Session {
  const minutes = Math.round(ctx.raceTimeMin);
  return {
    day,
    type: "race",
    title: `Race day: ${ctx.goalName}`,
    steps: [work(minutes, raceZone(ctx.goalDistanceKm), `${ctx.goalDistanceKm} km`)],
    intensity: "hard",
    key: true,
    notes: ["Start easier than you feel; eat and drink early and often on long races."],
    running: true,
    vertWeight: 0,
  };
}
