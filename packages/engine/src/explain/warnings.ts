import { shortDate } from "../dates.ts";
import type { PlanGoal, PlanWarning } from "../schema/plan.ts";
import type { VolumeReading } from "../validate/peak-volume.ts";
import { formatMinutes } from "../workouts/steps.ts";

/** PR-5's peak: the biggest week's running and every workout's minutes, and which reading is out of range. */
interface PeakVolume {
  runMin: number;
  volumeMin: number;
  rangeMin: [number, number];
  breaks: VolumeReading[];
  weekIndex: number;
  /** PR-4: the athlete's weekly maximum, when it is under the range and caps the peak. */
  maxWeeklyMin?: number;
  /** The race before the block: its climb starts after that race's recovery. */
  after?: string;
  /** A longer race the block's weeks also build for, bigger than this race's range. */
  buildsFor?: string;
}

/**
 * The warnings the generator can raise, as data in and sentences out (section 8); what the
 * load model projects (LD-1, LD-2) is in `load-warnings.ts`.
 */
export type WarningFact =
  | { code: "START_ON_MONDAY"; askedDate: string; startDate: string }
  | { code: "NO_HISTORY"; weeklyMin: number }
  | { code: "LITTLE_RECENT_RUNNING"; weeklyMin: number }
  | { code: "RUNWAY_SHORT"; weeksMissing: number }
  | { code: "RUNWAY_LONG"; weeksExtra: number }
  | ({ code: "PEAK_BELOW_RANGE" } & PeakVolume)
  | ({ code: "PEAK_ABOVE_RANGE" } & PeakVolume)
  | {
      code: "VERT_SHORT";
      raceGainM: number;
      peakVertM: number;
      /** The race before the block, when only the block's own weeks climb too little. */
      after?: string;
    }
  | {
      code: "FIRST_WEEK_BELOW_USUAL";
      weekMin: number;
      usualMin: number;
      /** PR-4: the athlete's weekly maximum, when it is what keeps week 1 under the usual. */
      maxWeeklyMin?: number;
      /** The race is so close that week 1 is its taper or race week (TP-2). */
      tapering?: boolean;
    }
  | { code: "FEW_BACK_TO_BACKS" }
  | { code: "RACE_WEEK_LIGHT"; sharePct: number; runDays: number }
  | { code: "VERT_RAMPING"; weekIndex: number }
  | { code: "RACES_BACK_TO_BACK"; first: RaceNamed; second: RaceNamed };

/** A goal as a warning names it. */
type RaceNamed = Pick<PlanGoal, "id" | "name" | "date">;

/** In a plan for several goals, a warning about one of them names it (and its id is its own). */
export function aboutGoal(
  w: PlanWarning,
  goal: { id: string; name: string } | undefined,
): PlanWarning {
  if (!goal) return w;
  return { ...w, id: `${w.id}-${goal.id}`, message: `${goal.name}: ${w.message}` };
}

const rangeText = (r: [number, number]) => `${formatMinutes(r[0])}–${formatMinutes(r[1])}`;
/** The rest of the week beside its running: " (7 h 20 with strength and mobility)". */
const withStrength = (p: PeakVolume) =>
  p.volumeMin > p.runMin ? ` (${formatMinutes(p.volumeMin)} with strength and mobility)` : "";
/** When only running is below the range, the whole week is inside it: say so. */
const insideText = (p: PeakVolume) =>
  p.breaks.includes("volumeMin") ? "" : ", though the whole week is inside it";

/** What held the peak under PR-5's range: the athlete's weekly maximum, or the ramp and the runway. */
const peakCause = (p: PeakVolume) =>
  p.maxWeeklyMin === undefined
    ? `your ramp cap and the time ${p.after ? `from ${p.after} ` : ""}to the race don't allow more safely`
    : `your weekly maximum of ${formatMinutes(p.maxWeeklyMin)} (strength and mobility included) caps them`;

export function warningOf(fact: WarningFact): PlanWarning {
  switch (fact.code) {
    case "START_ON_MONDAY":
      return {
        id: "w-start-on-monday",
        code: fact.code,
        severity: "info",
        date: fact.startDate,
        message: `Weeks run Monday to Sunday, so the plan starts on Monday ${shortDate(fact.startDate)}, the first Monday after the start date you gave (${shortDate(fact.askedDate)}). Keep the days before it easy.`,
      };
    case "NO_HISTORY":
      return {
        id: "w-no-history",
        code: fact.code,
        rule: "PR-2",
        severity: "warn",
        message: `No training history: the plan starts from a cautious ${formatMinutes(fact.weeklyMin)} a week and ramps slowly. Add your recent weeks (or import activities) for a plan fitted to you.`,
      };
    case "LITTLE_RECENT_RUNNING":
      return {
        id: "w-little-recent-running",
        code: fact.code,
        rule: "PR-4",
        severity: "warn",
        message: `Your last four weeks hold little running; the plan restarts from ${formatMinutes(fact.weeklyMin)} a week rather than from zero. Ease in if that feels like a lot.`,
      };
    case "RUNWAY_SHORT":
      return {
        id: "w-runway-short",
        code: fact.code,
        rule: "PH-2",
        severity: "warn",
        message: `The race is ${fact.weeksMissing} week${fact.weeksMissing === 1 ? "" : "s"} closer than a full build needs: base, then build, then specific work were shortened; the taper was kept. A later race or an earlier start would give a fuller build.`,
      };
    case "RUNWAY_LONG":
      return {
        id: "w-runway-long",
        code: fact.code,
        rule: "PH-3",
        severity: "info",
        message: `There are ${fact.weeksExtra} more weeks than a full build needs: base is longer, a maintenance block before the real build.`,
      };
    case "PEAK_BELOW_RANGE":
      return {
        id: "w-peak-below-range",
        code: fact.code,
        rule: "PR-5",
        severity: "warn",
        weekIndex: fact.weekIndex,
        message: `Peak weeks reach ${formatMinutes(fact.runMin)} of running${withStrength(fact)}, below the usual ${rangeText(fact.rangeMin)} for this race${insideText(fact)}: ${peakCause(fact)}. Expect to race conservatively.`,
      };
    case "PEAK_ABOVE_RANGE":
      return {
        id: "w-peak-above-range",
        code: fact.code,
        rule: "PR-5",
        severity: "warn",
        weekIndex: fact.weekIndex,
        message: fact.buildsFor
          ? `Peak weeks reach ${formatMinutes(fact.runMin)} of running${withStrength(fact)}, above the usual ${rangeText(fact.rangeMin)} for this race: they also build for ${fact.buildsFor}, the longer race ahead, so you reach this race on more training than it needs. A weekly maximum would hold these weeks down, and ${fact.buildsFor}'s with them.`
          : fact.breaks.includes("runMin")
            ? `You already run ${formatMinutes(fact.runMin)} a week${withStrength(fact)}, above the usual ${rangeText(fact.rangeMin)} for this race; the plan keeps your volume rather than cutting it.`
            : `With strength and mobility your biggest week holds ${formatMinutes(fact.volumeMin)}, above the usual ${rangeText(fact.rangeMin)} for this race (its ${formatMinutes(fact.runMin)} of running is inside it): those sessions come on top of your running. Drop one in the biggest weeks if the load feels like too much.`,
      };
    case "VERT_SHORT":
      return {
        id: "w-vert-short",
        code: fact.code,
        rule: "SP-1",
        severity: "warn",
        message: fact.after
          ? `The race climbs ${fact.raceGainM} m; after ${fact.after}, the weeks that lead to it climb at most ${fact.peakVertM} m, under the 60% a race this steep asks for: the climbing built before ${fact.after} fades by race day, and the weeks since are too few to climb back. More weeks between the two races would close the gap.`
          : `The race climbs ${fact.raceGainM} m; your biggest planned week climbs ${fact.peakVertM} m, under the 60% a race this steep asks for. More hilly running time or a longer build would close the gap.`,
      };
    case "FIRST_WEEK_BELOW_USUAL":
      return {
        id: "w-first-week-below-usual",
        code: fact.code,
        rule: "PR-4",
        severity: "warn",
        message: fact.tapering
          ? `The race is so close that the plan opens with its taper: week 1 runs ${formatMinutes(fact.weekMin)} against your usual ${formatMinutes(fact.usualMin)}, falling toward race day as a taper does (TP-2). Your fitness stays; keep the runs easy and sharp.`
          : fact.maxWeeklyMin === undefined
            ? `Your days hold less than you usually run: week 1 has ${formatMinutes(fact.weekMin)} against your usual ${formatMinutes(fact.usualMin)}. Allow longer weekday runs or more run days to keep your volume.`
            : `Your weekly maximum of ${formatMinutes(fact.maxWeeklyMin)} (strength and mobility included) is under what you usually run: week 1 has ${formatMinutes(fact.weekMin)} of running against your usual ${formatMinutes(fact.usualMin)}. Raise the maximum to keep your volume.`,
      };
    case "VERT_RAMPING":
      return {
        id: "w-vert-ramping",
        code: fact.code,
        rule: "SP-1",
        severity: "warn",
        weekIndex: fact.weekIndex,
        message: `Your recent training holds less climbing than this race asks for. Vert rises at most 25% a week, so from week ${fact.weekIndex + 1} the race-specific weeks climb less than the race's steepness calls for; hilly long runs close the gap safely.`,
      };
    case "RACE_WEEK_LIGHT":
      return {
        id: "w-race-week-light",
        code: fact.code,
        rule: "TP-2",
        severity: "info",
        message: `The seven days before the race hold ${fact.sharePct}% of your peak week on ${fact.runDays} run days, a little under the usual taper: your rest days or an early-week race leave few days to run. A lighter race week is the safe side; keep the short sharp session.`,
      };
    case "FEW_BACK_TO_BACKS":
      return {
        id: "w-few-back-to-backs",
        code: fact.code,
        rule: "LR-4",
        severity: "warn",
        message:
          "The race-specific weeks hold fewer back-to-back weekends than one every 2–3 weeks: your run days, or a block too short for long runs worth pairing, leave no room for them. They train running on tired legs; free the day next to your long run if you can.",
      };
    case "RACES_BACK_TO_BACK":
      return {
        ...aboutTwoRaces("races-back-to-back", fact, "TP-3"),
        message: `${nameOf(fact.first)} on ${shortDate(fact.first.date)} is the day before ${nameOf(fact.second)}: its eve holds a race where it would hold rest or a short shake-out, so you start ${nameOf(fact.second)} on tired legs. Drop one of the two if you can; if you keep both, run the first at easy effort.`,
      };
  }
}

const nameOf = (r: RaceNamed): string => r.name ?? r.id;

/** A warning about two races, dated on the second. */
function aboutTwoRaces(
  kind: string,
  fact: { code: WarningFact["code"]; first: RaceNamed; second: RaceNamed },
  rule: string,
): Omit<PlanWarning, "message"> {
  return {
    id: `w-${kind}-${fact.first.id}-${fact.second.id}`,
    code: fact.code,
    rule,
    severity: "warn",
    date: fact.second.date,
  };
}
