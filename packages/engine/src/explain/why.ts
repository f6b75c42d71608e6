import { policy, rules } from "../constants.ts";
import { sharedGoals } from "../contribution/contribution.ts";
import { holdsTrainingRace, isLighterWeek } from "../macro/macro.ts";
import type { Day, Workout } from "../schema/plan.ts";
import { isLoading } from "../targets/block.ts";
import type { WeekTarget } from "../targets/week-target.ts";
import { isTrainingRun } from "../validate/amounts.ts";
import { formatMinutes } from "../workouts/steps.ts";

/** What a week's explanation needs besides its own targets. */
export interface WeekStory {
  target: WeekTarget;
  /** What the week before ran (training minutes, as built), and its long run. */
  previousRunMin?: number;
  previousLongRunMin?: number;
  /** What the last full loading week ran: a loading week's rise is read from it (PR-2). */
  loadingRunBefore: number;
  /** The block's biggest loading week; 0 when the plan opens in the taper. */
  peakRunMin: number;
  rampCap: number;
  loadSpikeCap: number;
  goalName: string;
  raceGainM: number;
  chronicWeeklyMin: number;
  /** The race whose recovery the week follows: a block's first week returns after it (PR-2). */
  returnsAfter?: string;
  /** The week as built: a base week names its key session. */
  days: readonly Day[];
  /**
   * What the week runs as built, its races aside, and its long run: days away or sessions'
   * floors may leave it off its target.
   */
  built: { runMin: number; longRunMin: number };
}

/** A recovery week's running: very easy in the race's first days, easy after them. */
function recoveryRunning(days: readonly Day[]): string {
  const types = new Set(days.flatMap((d) => d.workouts).map((w) => w.type));
  const veryEasy = `recovery runs of at most ${policy.recoveryRunMaxMin} min`;
  const long = types.has("long") ? ", and an easy long run shorter than the block's longest" : "";
  if (!types.has("recovery")) return types.has("easy") ? `easy running only${long}` : "rest";
  return types.has("easy")
    ? `${veryEasy} in the race's first days, easy running after them${long}`
    : `only ${veryEasy} in the race's first days${long}`;
}

const weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/**
 * A peaked race's week as it runs: its sharp session and its eve when the week holds them (a
 * Monday race has them in the taper's last week), and the recovery runs after a short race.
 */
function raceWeekDays(days: readonly Day[], raceDay: number): string {
  const runsOf = (from: number, to: number) =>
    days.slice(from, to).flatMap((d) => d.workouts.filter(isTrainingRun));
  const before = runsOf(0, raceDay);
  const eve = raceDay > 0 ? runsOf(raceDay - 1, raceDay) : undefined;
  const lead = [
    before.some((w) => w.intensity === "hard") ? "one short sharp session early" : "",
    eve === undefined ? "" : eve.length > 0 ? "a shake-out the day before" : "rest the day before",
  ].filter(Boolean);
  const race =
    lead.length > 0 ? `${lead.join(", ")}, then race` : `race on ${weekdayNames[raceDay]}`;
  return runsOf(raceDay + 1, 7).length > 0
    ? `${race}; short recovery runs after it (TP-3, RC-1)`
    : `${race} (TP-3)`;
}

/** The week's first session above easy that is no race nor long run, by its title. */
function keySessionOf(days: readonly Day[]): string | undefined {
  const quality = (w: Workout) =>
    w.intensity !== "easy" && isTrainingRun(w) && w.type !== "long" && w.type !== "medium-long";
  return days.flatMap((d) => d.workouts).find(quality)?.title;
}

/** What a base week holds beside easy running: strides and its light key session, by title. */
function baseExtras(days: readonly Day[]): string {
  const key = keySessionOf(days);
  // Only what the week holds: a small week's runs may be too short for strides.
  const strides = days.some((d) => d.workouts.some((w) => w.title.includes("strides")));
  const extras = [strides ? "strides" : "", key ? `one light key session (${key})` : ""];
  return extras.filter(Boolean).join(" and ");
}

/** TP-2's intensity as the taper week holds it: a short sharp session, or a training race. */
function taperIntensity(days: readonly Day[]): string {
  if (keySessionOf(days) !== undefined) return ", intensity kept in a short sharp session (TP-2)";
  const race = days.some((d) => d.workouts.some((w) => w.type === "race"));
  return race ? ", intensity kept in the training race (TP-2, MG-1)" : "";
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const ordinal = (t: WeekTarget) => `${t.frame.weekInPhase + 1} of ${t.frame.phaseLength}`;

const loadingRoles = { base: "Base week", build: "Build week", specific: "Race-specific week" };
/** A loading week's place in its phase: "Build week 2 of 4". */
const loadingRole = (t: WeekTarget) =>
  `${loadingRoles[t.frame.phase as keyof typeof loadingRoles] ?? "Peak week"} ${ordinal(t)}`;

/** explain — the week's role and the rule that shaped it, in one or two sentences (section 8). */
export function weekWhy(s: WeekStory): string {
  const t = s.target;
  const f = t.frame;
  const { runMin: running, longRunMin } = s.built;
  const volume = formatMinutes(running);
  const long = longRunMin > 0 ? `, long run ${formatMinutes(longRunMin)}` : "";
  // A lighter week's fall from the week before (none to tell after a week that ran nothing).
  const drop = s.previousRunMin ? 1 - running / s.previousRunMin : 0;
  const fall = drop > 0 ? `−${pct(drop)} to ${volume}` : volume;
  const away = t.availability.unavailable.filter(Boolean).length;
  let text: string;
  if (f.index === 0 && isLoading(f) && running < rules.firstWeekBand[0] * s.chronicWeeklyMin) {
    // Under PR-4's band: what capped it (the athlete's maximum, their days, PR-3) follows.
    text = `First week at ${volume} of running, under the ${formatMinutes(s.chronicWeeklyMin)} a week you have run lately (PR-4).`;
  } else if (f.index === 0 && isLoading(f)) {
    text = `First week close to what you have run lately (${formatMinutes(s.chronicWeeklyMin)} a week): the plan starts where you are, never with a jump (PR-4).`;
  } else if (holdsTrainingRace(f)) {
    const races = f.trainingRaces.map((r) => r.goal.name).join(" and ");
    text = `Training race week (${races}): the race is the week's key session and its stress, so the rest of the week runs lighter (${volume}), easy around the race (MG-1, RC-1).`;
  } else if (f.miniTaper) {
    const lr = longRunMin === 0 ? " and no long run" : "";
    text = `Mini-taper for ${s.goalName}, a B race early next week (MG-1): running ${fall}${lr}, so you race it fresh, without a peak.`;
  } else if (f.away) {
    text = `Lighter week around ${away} days away (PR-1): running ${fall}; it stands in for a cutback, and the rhythm starts again after it.`;
  } else if (f.kind === "cutback") {
    // A small week's cutback may hold no long run at all: it says so rather than "shorter".
    const shorter = longRunMin > 0 && longRunMin < (s.previousLongRunMin ?? 0);
    const lr = longRunMin === 0 ? " and no long run" : shorter ? " and a shorter long run" : "";
    text = `Cutback week (PR-1): running ${fall}${lr}, so the body absorbs the last block before the next.`;
  } else if (
    s.returnsAfter !== undefined &&
    isLoading(f) &&
    s.loadingRunBefore > 0 &&
    running <= s.loadingRunBefore * (1 + s.rampCap)
  ) {
    const level = pct(running / s.loadingRunBefore);
    const held = f.phase === "base" ? baseExtras(s.days) : "";
    text = `${loadingRole(t)}: back to training after ${s.returnsAfter}'s recovery at ${level} of the last full week before the race (PR-2 lets the week after lighter ones return to that level): running ${volume}${long}${held ? `, with ${held}` : ""}.`;
  } else if (f.phase === "base") {
    const held = baseExtras(s.days);
    text = `Base week ${ordinal(t)}: easy aerobic volume (${volume}${long})${held ? ` with ${held}` : ""}; up to 95% easy (IN-1).`;
  } else if (f.phase === "build" || f.phase === "specific" || f.phase === "peak") {
    const rise = s.loadingRunBefore > 0 ? running / s.loadingRunBefore - 1 : 0;
    const role = loadingRole(t);
    // A loading week held under the last full one (PR-3, its days) tells its fall, not a hold.
    const growth =
      rise > 0.005
        ? `running +${pct(rise)} (ramp cap ${pct(s.rampCap)}, PR-2)`
        : rise < -policy.heldWeekFallMax
          ? `running −${pct(-rise)} to ${volume}`
          : `running held at ${volume} (PR-2)`;
    const b2b = t.backToBack ? "; a back-to-back weekend to train durability (LR-4)" : "";
    const vert =
      s.raceGainM > 0 && f.phase !== "build"
        ? `; ${t.vertM} m of climbing for a race with ${s.raceGainM} m (SP-1)`
        : "";
    text = `${role}: ${growth}${long}${b2b}${vert}.`;
  } else if (f.phase === "taper") {
    // A plan opening in the taper has no peak of its own: it falls from the usual week.
    const share =
      s.peakRunMin > 0
        ? `${pct(running / s.peakRunMin)} of the peak`
        : `${pct(running / s.chronicWeeklyMin)} of your usual week`;
    text = `Taper week ${ordinal(t)} (TP-1): running down to ${share}${taperIntensity(s.days)}.`;
  } else if (f.phase === "race" && f.focus.mode === "training-race") {
    text = `Race week for ${s.goalName}, a training race: no taper before it and no peak, a lighter week with easy days after the race (MG-1, TP-3).`;
  } else if (f.phase === "race" && f.focus.mode !== "peak") {
    text = `Race week for ${s.goalName}, a B race: a mini-taper of a few lighter days and no peak; the main goal's training resumes after a short recovery (MG-1, TP-3).`;
  } else if (f.phase === "race") {
    text = `Race week for ${s.goalName}: ${raceWeekDays(s.days, f.raceDay ?? 6)}.`;
  } else {
    const around = away > 0 ? ` around ${away} days away` : "";
    text = `Recovery week ${ordinal(t)}${around}: ${recoveryRunning(s.days)}; no hard sessions while the body repairs (RC-1).`;
  }
  // A midweek B race's mini-taper starts in the days before its week (MG-1).
  if (t.raceWindowTail?.miniTaper && !f.miniTaper) {
    text = `${text.replace(/\.$/, "")}; its last days ease into ${s.goalName}'s mini-taper (MG-1).`;
  }
  // What held the volume back joins the role's sentence: a why is one or two sentences (§8),
  // the second telling whom the week trains for (MG-3).
  const limit = t.limitedBy
    ? {
        "load-spike": `volume held back to keep the load within ${s.loadSpikeCap}× the last four weeks (PR-3)`,
        "load-hold": `volume held to what next week can keep within ${s.loadSpikeCap}× its four weeks before, as the race and the weeks around it leave them (PR-3)`,
        "max-weekly": "capped by your weekly maximum (PR-4)",
        capacity: "capped by the time your days allow",
      }[t.limitedBy]
    : undefined;
  const told = limit ? `${text.replace(/\.$/, "")}; ${limit}.` : text;
  // A loading week that fell for its days alone still names the rule its volume answers to.
  return namesRule.test(told) ? told : told.replace(/^([^:]+):/, "$1 (PR-2):");
}

const namesRule = /\b[A-Z]{2}-\d\b/;

/** The why of a key workout, naming its rule; a session that serves several goals says so (MG-4). */
export function workoutWhy(
  w: Workout,
  t: WeekTarget,
  names: ReadonlyMap<string, string>,
): string | undefined {
  const why = ownWhy(w, t, names);
  const shared = sharedGoals(w.contribution, policy.sharedSessionShare).map(
    (id) => names.get(id) ?? id,
  );
  if (why === undefined || shared.length < 2 || w.type === "race") return why;
  return `${why} Serves ${shared.slice(0, -1).join(", ")} and ${shared.at(-1)} alike (MG-4).`;
}

function raceWhy(w: Workout, t: WeekTarget, names: ReadonlyMap<string, string>): string {
  const goalId = Object.keys(w.contribution).find((id) => w.contribution[id] === 1);
  const name = names.get(goalId ?? "") ?? t.frame.focus.name;
  if (w.intensity === "easy")
    return `Training race: ${name}, run at easy effort. Racing it hard would cut into a race's recovery, where no hard session belongs (RC-1).`;
  const insideAnotherBlock = goalId !== t.frame.focus.id || t.frame.phase !== "race";
  if (insideAnotherBlock || t.frame.focus.mode === "training-race")
    return `Training race: ${name}. It stands in for this week's key session, with easy days after it (MG-1, RC-1).`;
  if (t.frame.focus.mode === "b-race")
    return `B race: ${name}. A mini-taper of a few lighter days, no peak; the season's main goal comes later (MG-1).`;
  return `Goal race: ${name}. The taper was built to arrive fresh (TP-2, TP-3).`;
}

function ownWhy(w: Workout, t: WeekTarget, names: ReadonlyMap<string, string>): string | undefined {
  switch (w.type) {
    case "race":
      return raceWhy(w, t, names);
    case "long": {
      const b2b = t.backToBack
        ? " Day 1 of a back-to-back: tomorrow's run on tired legs trains durability (LR-4)."
        : "";
      const fuel = w.notes.some((n) => n.startsWith("Fueling"))
        ? " Fueling practice trains the gut for race day (SP-3)."
        : "";
      return `The week's long run, ${formatMinutes(w.durationMin)}: ${longRunRole(t)}.${b2b}${fuel}`;
    }
    case "medium-long":
      return "Day 2 of the back-to-back: easy, on tired legs, like the second half of a race (LR-4).";
    default:
      break;
  }
  if (w.intensity === "hard") {
    return `${purpose(w)} One of at most two stress anchors this week, with easy days around it (IN-2, IN-3).`;
  }
  if (w.intensity === "moderate" && w.type !== "strength") {
    return `${purpose(w)} A moderate session away from the hard days (IN-2).`;
  }
  return undefined;
}

/** What shaped the long run: LR-1's steps in a loading week; a lighter week or a taper keeps it short. */
function longRunRole(t: WeekTarget): string {
  if (t.frame.phase === "taper") return "kept short as the taper's volume falls (TP-2)";
  if (t.frame.kind === "cutback" && !t.frame.away) return "cut back with the week's volume (PR-1)";
  if (t.frame.phase === "recovery")
    return "easy and shorter than the block's longest, as legs come back from a race this short in days (RC-1)";
  if (isLighterWeek(t.frame) || t.frame.phase === "race")
    return `kept short in a lighter week (${t.frame.away ? "PR-1" : "MG-1"})`;
  return `grown by small steps, never over ${pct(rules.longRunVsRecentMax - 1)} beyond the last 30 days' longest (LR-1)`;
}

function purpose(w: Workout): string {
  switch (w.type) {
    case "hills":
      return "Climbing strength and descending skill for the race's terrain (SP-2).";
    case "intervals":
      return "VO2max work: raises the ceiling that race pace sits under.";
    case "threshold":
    case "tempo":
      return "Threshold work: the pace you can hold for an hour moves up.";
    case "race-pace":
      return "Race pace practice: the goal pace becomes familiar.";
    case "fartlek":
      return "Fartlek: relaxed speed play, the first step to harder quality.";
    case "steady":
    case "progression":
      return "Steady running at marathon effort: aerobic strength for long races.";
    default:
      return "Quality session.";
  }
}
