import { rules } from "../constants.ts";
import { shortDate } from "../dates.ts";
import type { Finding } from "../validate/finding.ts";

/**
 * The sentences of validator findings: one template per rule id, naming the rule, the limit
 * and what the plan holds. Weeks are numbered from 1 for people; the path keeps the index.
 */

type Template = (f: Finding) => string;

const num = (x: Finding["actual"]): number => (typeof x === "number" ? x : Number(x ?? Number.NaN));
const round = (x: Finding["actual"], digits = 0): string => String(Number(num(x).toFixed(digits)));
const pct = (x: Finding["actual"]): string => `${Math.round(num(x) * 100)}%`;
const min = (x: Finding["actual"]): string => `${Math.round(num(x))} min`;
const hours = (x: Finding["actual"]): string => `${round(num(x) / 60, 1)} h`;
const metres = (x: Finding["actual"]): string => `${Math.round(num(x))} m`;
const days = (x: Finding["actual"]): string => (num(x) === 1 ? "1 day" : `${round(x)} days`);
const signed = (x: Finding["actual"]): string => (num(x) > 0 ? `+${round(x)}` : round(x));
const range = ([lo, hi]: readonly [number, number], unit: (x: number) => string): string =>
  `${unit(lo)}–${unit(hi)}`;

const week = (f: Finding): string => `week ${(f.weekIndex ?? 0) + 1}`;
const refWeek = (f: Finding): string => `week ${(f.refWeekIndex ?? 0) + 1}`;
const on = (f: Finding): string => (f.date ? shortDate(f.date) : f.path);
/** "at least" when the plan falls short of the bound, "at most" when it goes over. */
const side = (f: Finding): string => (num(f.actual) < num(f.limit) ? "at least" : "at most");
const value = (x: Finding["actual"]): string =>
  typeof x === "number" ? round(x, 2) : String(x ?? "nothing");

/** For a rule without a template of its own. */
const fallback: Template = (f) =>
  `${f.path} holds ${value(f.actual)}; the limit is ${value(f.limit)}`;

/** Rules that check several things: one sentence per measure. */
const byMeasure =
  (sentences: Record<string, Template>): Template =>
  (f) =>
    (sentences[f.measure ?? ""] ?? fallback)(f);

const templates: Record<string, Template> = {
  "FMT-1": (f) =>
    `${f.path} is ${value(f.actual)}; the calendar needs ${value(f.limit)} (Monday weeks of 7 days, contiguous from the start date)`,
  "FMT-2": (f) =>
    `${f.path} is ${value(f.actual)}; the phases need ${value(f.limit)} (in order, each week in exactly one phase and of its kind)`,
  "FMT-3": (f) =>
    `the zone minutes of ${f.path} add up to ${round(f.actual, 2)} min; the workout lasts ${min(f.limit)}`,
  "FMT-4": byMeasure({
    keys: (f) =>
      `${f.path} is keyed by ${value(f.actual) || "nothing"}; it needs the plan's goals: ${value(f.limit)}`,
    sum: (f) => `${f.path} sums to ${round(f.actual, 3)}; shares sum to 1`,
  }),
  "FMT-5": (f) =>
    `${f.path} says ${value(f.actual)}; the week's workouts add up to ${value(f.limit)}`,
  "FMT-6": byMeasure({
    outside: (f) => `the race on ${on(f)} falls outside the plan's weeks`,
    missing: (f) => `${on(f)} holds no race; the goal's ${round(f.limit, 1)} km race is that day`,
    distance: (f) =>
      `the race on ${on(f)} is ${round(f.actual, 1)} km; the goal is ${round(f.limit, 1)} km`,
  }),
  "PH-1": byMeasure({
    order: (f) =>
      `${f.path} is a ${f.actual} phase after the goal's ${f.limit} phase; phases run base → build → specific → peak → taper → race → recovery, each once`,
    empty: (f) => `${f.path} (${f.actual}) holds no weeks; no phase is empty`,
  }),
  "PH-2": (f) =>
    `the plan leaves ${f.actual} weeks before the race on ${on(f)} where the phases need ${f.limit}; it should warn that ${num(f.limit) - num(f.actual)} weeks are missing`,
  "PR-1": byMeasure({
    streak: (f) =>
      `${week(f)} makes ${f.actual} weeks in a row without a cutback; a cutback comes after at most ${f.limit}`,
    cutbackDrop: (f) =>
      `cutback ${week(f)} drops ${pct(f.actual)} from the week before; a cutback drops ${range([rules.cutbackMinDrop, rules.cutbackMaxDrop], pct)}`,
    cutbackLongRun: (f) =>
      `the long run of cutback ${week(f)} lasts ${min(f.actual)}, not shorter than the ${min(f.limit)} of the week before`,
  }),
  "PR-2": (f) =>
    `${week(f)} rises ${pct(f.actual)} over ${refWeek(f)}; the athlete's ramp cap is ${pct(f.limit)}`,
  "PR-3": (f) =>
    `${week(f)}'s load is ${round(f.actual, 2)}× the mean of the ${rules.loadSpikeWindowWeeks} weeks before it; the spike cap is ${round(f.limit, 2)}×`,
  "PR-4": byMeasure({
    weeklyMax: (f) =>
      `${week(f)} holds ${min(f.actual)}; the athlete's maximum is ${min(f.limit)} a week`,
    firstWeek: (f) =>
      `week 1 runs ${min(f.actual)}; it should start near the athlete's usual week: ${side(f)} ${min(f.limit)} (${range(rules.firstWeekBand, pct)} of it)`,
  }),
  "PR-5": byMeasure({
    runMin: (f) =>
      `the biggest week (${week(f)}) runs ${hours(f.actual)}; for this goal and level the peak is ${side(f)} ${hours(f.limit)}`,
    volumeMin: (f) =>
      `the biggest week (${week(f)}) holds ${hours(f.actual)} with strength and mobility; for this goal and level the peak is ${side(f)} ${hours(f.limit)}`,
  }),
  "LR-1": byMeasure({
    step: (f) =>
      `the long run of ${week(f)} lasts ${min(f.actual)}; one step up from ${refWeek(f)}'s allows at most ${min(f.limit)} (+${rules.longRunStepUltraMin} min for ultra and trail goals, +${pct(rules.longRunStepRoad)} on the road)`,
    recent: (f) =>
      `the run on ${on(f)} lasts ${min(f.actual)}, above ${min(f.limit)} (${pct(rules.longRunVsRecentMax)} of the longest run in the ${rules.recentRunWindowDays} days before)`,
  }),
  "LR-2": (f) =>
    `the ${f.measure ?? "long"} run on ${on(f)} lasts ${min(f.actual)}; the cap is ${min(f.limit)}`,
  "LR-3": byMeasure({
    longShare: (f) =>
      `the long run of ${week(f)} is ${pct(f.actual)} of the week's running; the most is ${pct(f.limit)}`,
    backToBackShare: (f) =>
      `the back-to-back of ${week(f)} is ${pct(f.actual)} of the week's running; the most is ${pct(f.limit)}`,
  }),
  "LR-4": byMeasure({
    mediumLongRatio: (f) =>
      `the medium-long of ${week(f)} is ${pct(f.actual)} of the long run before it; it is ${range(rules.mediumLongOfLong, pct)}`,
    restingWeek: (f) =>
      `${week(f)} is a ${f.actual} week but holds a back-to-back; cutback, taper, race and recovery weeks hold none`,
    gap: (f) =>
      `${f.actual} specific and peak weeks in a row up to ${week(f)} hold no back-to-back; an ultra gets one at least every ${num(f.limit) + 1} weeks`,
  }),
  "LR-5": (f) =>
    `the hard session on ${on(f)} comes ${days(f.actual)} after a long run of ${hours(rules.protectAfterLongRunMin)} or more or a back-to-back; the ${f.limit} days after stay easy`,
  "IN-1": (f) =>
    `easy running is ${pct(f.actual)} of ${week(f)}; its phase needs ${side(f)} ${pct(f.limit)}`,
  "IN-2": byMeasure({
    anchors: (f) =>
      `${week(f)} holds ${f.actual} stress anchors (hard sessions, a long run of ${hours(rules.anchorLongRunMin)} or more or a back-to-back, races); the most is ${f.limit}`,
    moderateCount: (f) =>
      `${week(f)} adds ${f.actual} moderate sessions to its anchors; a third session is one moderate run`,
    moderatePhase: (f) =>
      `${week(f)} (${f.actual}) adds a moderate third session; only build and specific weeks may`,
    moderateLevel: (f) =>
      `${week(f)} adds a moderate third session for a ${f.actual} athlete; only intermediate and advanced athletes get one`,
    moderateRunDays: (f) =>
      `${week(f)} adds a moderate third session with ${f.actual} run days; it needs at least ${f.limit}`,
    moderateNextToAnchor: (f) =>
      `the moderate session on ${on(f)} sits next to a stress anchor; it needs an easy day between`,
  }),
  "IN-3": (f) => `${on(f)} is a hard day right after another; no two hard days in a row`,
  "IN-4": (f) =>
    `two key sessions too close: ${on(f)} is hard two days after another hard day. Choose which to keep hard`,
  "IN-5": (f) =>
    `${on(f)} holds a hard session the day before a long run; the eve of the long run stays easy`,
  "SP-1": byMeasure({
    vertHigh: (f) =>
      `${week(f)} climbs ${metres(f.actual)}; for its phase and distance, at the race's climbing per km, the most is ${metres(f.limit)}`,
    vertLow: (f) =>
      `${week(f)} climbs ${metres(f.actual)}; for its distance, at the race's climbing per km, a specific or peak week climbs at least ${metres(f.limit)}`,
    vertRise: (f) =>
      `${week(f)} climbs ${metres(f.actual)}, more than the ${metres(f.limit)} a ${pct(rules.vertRiseMax)} rise allows`,
    peakVert: (f) =>
      `the biggest vert week (${week(f)}) climbs ${metres(f.actual)}; it should climb ${side(f)} ${metres(f.limit)} (${range(rules.peakVertOfRace, pct)} of the race's gain)`,
  }),
  "SP-2": byMeasure({
    hills: (f) =>
      `${week(f)} has no hills session; trail and mountain goals get hill or downhill work every build and specific week`,
    strengthCount: (f) =>
      `${week(f)} holds ${f.actual} strength sessions; its phase holds ${side(f)} ${f.limit}`,
    strengthBeforeRace: (f) =>
      `strength on ${on(f)} is ${days(f.actual)} before the race; none within ${f.limit} days of it`,
  }),
  "SP-3": byMeasure({
    fuelingMissing: (f) =>
      `the long run of ${week(f)} states no fueling target (g carbohydrate per hour); every specific and peak long run practises fueling`,
    fuelingRange: (f) =>
      `${week(f)}'s fueling target of ${f.actual} g/h is outside ${range(rules.fuelingGramsPerHour, String)} g/h`,
    fuelingDrop: (f) =>
      `${week(f)}'s fueling target falls to ${f.actual} g/h from ${f.limit} g/h; it rises or holds`,
  }),
  "TP-1": (f) =>
    `the taper before the race on ${on(f)} lasts ${f.actual} weeks; for this distance it lasts ${side(f)} ${f.limit}`,
  "TP-2": byMeasure({
    taperRise: (f) =>
      `taper ${week(f)} runs ${min(f.actual)}, more than the ${min(f.limit)} of ${refWeek(f)}; taper volume only falls`,
    raceWeekVolume: (f) =>
      `race ${week(f)} runs ${pct(f.actual)} of the peak week's training; it keeps ${range([1 - rules.taperDropByRaceWeek[1], 1 - rules.taperDropByRaceWeek[0]], pct)}`,
    frequency: (f) =>
      `${week(f)} has ${f.actual} run days; the taper keeps at least ${f.limit} (${pct(rules.taperFrequencyKept)} of the peak weeks' run days)`,
    intensity: (f) =>
      `taper ${week(f)} holds no hard or moderate run; the taper keeps intensity with short sharp sessions`,
  }),
  "TP-3": byMeasure({
    runCount: (f) =>
      `the day before the race (${on(f)}) holds ${f.actual} runs; at most one short shake-out`,
    shakeOutIntensity: (f) =>
      `the run on ${on(f)}, the day before the race, is ${f.actual}; a shake-out is easy`,
    shakeOutMin: (f) => `the shake-out on ${on(f)} lasts ${min(f.actual)}; at most ${min(f.limit)}`,
    raceOnEve: (f) =>
      `the day before the race (${on(f)}) holds another race; a race's eve is rest or a short shake-out`,
  }),
  "RC-1": (f) =>
    `${on(f)} holds a hard session ${days(f.actual)} after the race; none for ${f.limit} days after a race of this distance`,
  "LD-1": byMeasure({
    raceForm: (f) =>
      `projected form on race day (${on(f)}) is ${signed(f.actual)}; it should be ${side(f)} ${signed(f.limit)}`,
    fitnessPeak: (f) =>
      `fitness peaks ${days(f.actual)} before the race on ${on(f)}; it should peak ${range(rules.fitnessPeakWeeksBeforeRace, String)} weeks before`,
  }),
  "LD-2": byMeasure({
    formFloor: (f) =>
      `form falls to ${signed(f.actual)} on ${on(f)}, below ${f.limit}: too much fatigue at once`,
    formLow: (f) =>
      `by ${on(f)} form has been below ${rules.formLow} on ${f.actual} days within ${rules.formLowWindowDays}; at most ${f.limit}`,
    formFloorAfterRace: (f) =>
      `form falls to ${signed(f.actual)} on ${on(f)}, below ${f.limit}, from a race's own load: expected after a race, whose next days are rest or very easy (RC-1)`,
    formLowAfterRace: (f) =>
      `by ${on(f)} form has been below ${rules.formLow} on ${f.actual} days within ${rules.formLowWindowDays}, at most ${f.limit}, from a race's own load: expected after a race, whose next days are rest or very easy (RC-1)`,
  }),
  "CON-1": (f) => `${on(f)} is a rest day (${f.actual}) but holds a run`,
  "CON-2": (f) =>
    `${week(f)} runs on ${f.actual} days; the athlete runs at most ${f.limit} days a week`,
  "CON-3": (f) =>
    `${on(f)} holds ${min(f.actual)} of training; weekdays hold at most ${min(f.limit)}`,
  "CON-4": (f) => `${on(f)} is marked unavailable but holds a workout`,
};

/** One sentence for a finding: "PR-2: week 7 rises 19% over week 6; the athlete's ramp cap is 12%." */
export function describeFinding(f: Finding): string {
  return `${f.rule}: ${(templates[f.rule] ?? fallback)(f)}.`;
}
