import { recoveryNoHardDays, taperWeeks } from "../constants.ts";
import {
  type Found,
  inTaperOf,
  type Option,
  on,
  opt,
  plural,
  type Race,
  swapPeak,
  train,
} from "./conflict-kinds.ts";

/**
 * Two races too close for the first to be over (RC-1) or for the second's taper to stay a
 * taper (TP-2): a B or training race inside a later peak's taper, or any race inside the days
 * an earlier one takes to recover from. A training race the runner chose runs easy already;
 * they still hear what it costs, with the choices that change it.
 */
export function raceTooClose(a: Race, b: Race, races: readonly Race[]): Found | undefined {
  if (a.mode !== "peak" && inTaperOf(a, b))
    return a.mode === "b-race" ? bRaceInTaper(a, b) : trainingRaceInTaper(a, b);
  const days = b.day - a.day;
  if (days > recoveryNoHardDays[a.cat]) return undefined;
  if (a.mode !== "training-race" && b.mode !== "training-race") return raceInRecovery(a, b);
  // A race on the eve of another has its own warning (TP-3).
  if (days <= 1) return undefined;
  if (b.mode !== "training-race") return raceAfterTrainingRace(a, b);
  return trainingRaceInRecovery(
    a,
    b,
    races.find((p) => inTaperOf(b, p)),
  );
}

const fallsInTaper = (a: Race, b: Race) =>
  `${on(a)} falls in the ${taperWeeks[b.cat]}-week taper of ${on(b)}`;

/** Kept as a B race, its race week would take the place of a taper week (TP-1). */
function bRaceInTaper(a: Race, b: Race): Found {
  return {
    id: `w-race-in-taper-${a.id}-${b.id}`,
    code: "RACE_IN_TAPER",
    goals: [a, b],
    problem: `${fallsInTaper(a, b)}: racing it would cut into the taper.`,
    options: [train(a, `Run ${a.name} as a training race at easy effort`), swapPeak(a, b)],
    defaultChoice: `${a.id}-training`,
    planned: `Planned with ${a.name} as a training race at easy effort`,
  };
}

function trainingRaceInTaper(a: Race, b: Race): Found {
  return {
    id: `w-race-in-taper-${a.id}-${b.id}`,
    code: "RACE_IN_TAPER",
    goals: [a, b],
    problem: `${fallsInTaper(a, b)}: even at easy effort, a race there takes from the rest the taper is for.`,
    options: [opt("keep", `Run ${a.name} at easy effort inside the taper`), swapPeak(a, b)],
    defaultChoice: "keep",
    planned: `Planned with ${a.name} at easy effort inside the taper`,
  };
}

const insideRecovery = (a: Race, b: Race) =>
  `${on(b)} is ${plural(b.day - a.day, "day")} after ${on(a)}, inside its ${recoveryNoHardDays[a.cat]} days without hard sessions (RC-1)`;

function raceInRecovery(a: Race, b: Race): Found {
  return {
    id: `w-race-in-recovery-${b.id}-${a.id}`,
    code: "RACE_IN_RECOVERY",
    goals: [b, a],
    problem: `${insideRecovery(a, b)}.`,
    options: [
      ...(b.mode === "peak" ? [] : [train(b, `Run ${b.name} as a training race at easy effort`)]),
      ...(a.mode === "peak" ? [] : [train(a, `Run ${a.name} as a training race, race ${b.name}`)]),
      opt("keep", `Race both: ${b.name} on legs not yet recovered from ${a.name}`),
    ],
    // The peak keeps its race; otherwise the later race gives way.
    defaultChoice: `${b.mode === "peak" ? a.id : b.id}-training`,
    planned: `Planned with ${b.mode === "peak" ? a.name : b.name} as a training race at easy effort`,
  };
}

function trainingRaceInRecovery(a: Race, b: Race, tapering: Race | undefined): Found {
  return {
    id: `w-race-in-recovery-${b.id}-${a.id}`,
    code: "RACE_IN_RECOVERY",
    goals: [b, a],
    problem: `${insideRecovery(a, b)}: even at easy effort, ${b.name} comes on legs still recovering.`,
    options: [opt("keep", `Run ${b.name} at easy effort`), ...fullerAnswers(a, b, tapering)],
    defaultChoice: "keep",
    planned: `Planned with ${b.name} at easy effort`,
  };
}

/**
 * A training race inside an earlier race's recovery, raced in full: a B race — unless a later
 * peak tapers there (TP-1). Or the earlier race, a B race, runs easy and the training race
 * comes on fresher legs; failing both, the training race becomes the peak.
 */
function fullerAnswers(a: Race, b: Race, tapering: Race | undefined): Option[] {
  const easier = a.mode === "b-race" ? [train(a, `Run ${a.name} as a training race too`)] : [];
  const full = `Run ${b.name} as a B race, in full on legs not yet recovered`;
  if (!tapering) return [opt(`${b.id}-b-race`, full, b, "b-race"), ...easier];
  return easier.length > 0 ? easier : [swapPeak(b, tapering)];
}

/** A training race whose days to recover reach a race that counts: easy, it still takes them. */
function raceAfterTrainingRace(a: Race, b: Race): Found {
  const days = b.day - a.day;
  return {
    id: `w-race-after-training-race-${a.id}-${b.id}`,
    code: "RACE_AFTER_TRAINING_RACE",
    goals: [b, a],
    problem: `${on(b)} is ${days} days after ${a.name}, inside the ${recoveryNoHardDays[a.cat]} days a race of its distance takes to recover from (RC-1), even at easy effort: you start ${b.name} short of fresh.`,
    options: [
      opt("keep", `Run both: ${a.name} at easy effort, ${b.name} short of fresh`),
      b.mode === "peak" ? swapPeak(a, b) : train(b, `Run ${b.name} as a training race too`),
    ],
    defaultChoice: "keep",
    planned: "Planned with both",
  };
}
