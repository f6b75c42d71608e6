import { policy } from "../constants.ts";
import type { Zone } from "../schema/plan.ts";
import type { Session } from "./session.ts";
import { work } from "./steps.ts";

/** A race of the plan: a goal's course and the time the athlete's paces predict for it. */
export interface RaceInfo {
  goalId: string;
  name: string;
  distanceKm: number;
  vertM: number;
  timeMin: number;
  /** A training race (C goal): run hard but not tapered for. */
  training: boolean;
  /** Why a training race is run at easy effort: it sits in another race's recovery (RC-1). */
  easyBecause?: string;
}

/** Race effort by distance: a 5K is run near VO2max, a 100K mostly easy. */
function raceZone(distanceKm: number): Zone {
  if (distanceKm <= 7) return "z5";
  if (distanceKm <= 25) return "z4";
  if (distanceKm <= 45) return "z3";
  return "z2";
}

export function raceSession(day: number, race: RaceInfo): Session {
  if (race.easyBecause !== undefined) return easyRaceSession(day, race, race.easyBecause);
  const minutes = Math.round(race.timeMin);
  return {
    day,
    type: "race",
    title: `${race.training ? "Training race" : "Race day"}: ${race.name}`,
    steps: [work(minutes, raceZone(race.distanceKm), `${race.distanceKm} km`)],
    intensity: "hard",
    key: true,
    notes: race.training
      ? ["A training race: it replaces this week's key session. Race it, then easy days after."]
      : ["Start easier than you feel; eat and drink early and often on long races."],
    running: true,
    vertWeight: 0,
    course: { distanceKm: race.distanceKm, vertM: race.vertM },
  };
}

/** RC-1 outranks a training race: inside another race's recovery it is run easy, for the experience. */
function easyRaceSession(day: number, race: RaceInfo, because: string): Session {
  // Easy effort takes longer than racing: about the easy pace's share of race pace.
  const minutes = Math.round(race.timeMin * policy.easyRaceTimeFactor);
  return {
    day,
    type: "race",
    title: `Training race, run easy: ${race.name}`,
    steps: [work(minutes, "z2", `${race.distanceKm} km at easy effort`)],
    intensity: "easy",
    key: true,
    notes: [`${because}: run it at easy effort, as a supported long run, not as a race.`],
    running: true,
    vertWeight: 0,
    course: { distanceKm: race.distanceKm, vertM: race.vertM },
  };
}
