import { rules } from "../constants.ts";
import { shortDate } from "../dates.ts";
import type { PlanWarning } from "../schema/plan.ts";

/** What the load model projects (LD-1, LD-2), as warning facts in and sentences out. */
export type LoadWarningFact =
  | {
      code: "RACE_FORM";
      raceDate: string;
      form: number;
      band: readonly [number, number];
      mode: "peak" | "b-race";
    }
  | {
      code: "FITNESS_PEAK_EARLY";
      peakDate: string;
      weekIndex: number;
      daysOut: number;
      /** How far fitness falls from its peak by race day, in %. */
      fadePct: number;
      /**
       * Where the most load sits: the plan's first week (the runner's recent training), its
       * base and build, an earlier race's block, or big weeks followed by a long run-in.
       */
      cause: "start" | "base" | "earlier-block" | "run-in";
      /** The earlier race whose block peaks, when that is the cause. */
      earlierRace?: string;
    }
  | {
      code: "FITNESS_PEAK_LATE";
      peakDate: string;
      weekIndex: number;
      daysOut: number;
      /** Late only when fitness counts from nothing before the plan (or the recorded weeks). */
      fromNothing: boolean;
      hasHistory: boolean;
    }
  | {
      code: "DEEP_FATIGUE";
      occasions: number;
      firstDate: string;
      weekIndex: number;
      /** The first dip comes from training inside a race's RC-1 days, adding to its fatigue. */
      afterRace: boolean;
    }
  | {
      code: "FATIGUE_AFTER_RACE";
      raceDate: string;
      /** The first day form is low after the race. */
      date: string;
      weekIndex: number;
      lowestForm: number;
      recoveryDays: number;
    };

/** Form as people read it: whole points with their sign, "+34", "−46" (tenths when asked). */
const signed = (x: number, digits = 0): string => {
  const r = Number(x.toFixed(digits));
  return r > 0 ? `+${r}` : r < 0 ? `−${-r}` : "0";
};
/** Race-day form outside its band, in tenths (or hundredths) where whole points would read as its bound. */
function formOutside(form: number, band: readonly number[]): string {
  const digits = [0, 1].find((d) => !band.includes(Number(form.toFixed(d)))) ?? 2;
  return signed(form, digits);
}
const days = (n: number): string => (n === 1 ? "1 day" : `${n} days`);
const [nearestWeeks, farthestWeeks] = rules.fitnessPeakWeeksBeforeRace;
const limits = `LD-2 keeps form above ${signed(rules.formFloor)}, and below ${signed(rules.formLow)} on at most one day in ${rules.formLowWindowDays}`;
const fitness = "Fitness (the load model's six-week average of your training load)";

const earlyCause = (fact: Extract<LoadWarningFact, { code: "FITNESS_PEAK_EARLY" }>): string => {
  switch (fact.cause) {
    case "start":
      return "you start the plan at its fittest, as your recent training holds more load than the weeks that follow";
    case "base":
      return "the base and build weeks hold more load than the race-specific weeks after them";
    case "earlier-block":
      return `the block before ${fact.earlierRace ?? "the earlier race"} holds more load than the weeks after it`;
    case "run-in":
      return `the lighter weeks and the taper after the last big week last longer than ${farthestWeeks} weeks`;
  }
};

export function loadWarningOf(fact: LoadWarningFact): PlanWarning {
  const warn = { code: fact.code, severity: "warn" as const };
  switch (fact.code) {
    case "RACE_FORM": {
      const above = fact.form > fact.band[1];
      const [lo, hi] = fact.band.map(signed);
      const taper = fact.mode === "peak" ? "taper" : "mini-taper";
      const why = above
        ? `the ${taper} sheds more load than freshness needs, and some fitness with it`
        : `you would start the race still carrying fatigue from the weeks before`;
      return {
        id: "w-race-form",
        ...warn,
        rule: "LD-1",
        date: fact.raceDate,
        message: `The load model projects race-day form of ${formOutside(fact.form, fact.band)} on ${shortDate(fact.raceDate)}, ${above ? "above" : "below"} the usual ${lo} to ${hi} for ${fact.mode === "peak" ? "a peaked race" : "a B race"}: ${why}. Projections are rough: judge by how fresh you feel in the ${taper}.`,
      };
    }
    case "FITNESS_PEAK_EARLY":
      return {
        id: "w-fitness-peak",
        ...warn,
        rule: "LD-1",
        weekIndex: fact.weekIndex,
        date: fact.peakDate,
        message: `${fitness} peaks on ${shortDate(fact.peakDate)}, ${days(fact.daysOut)} before the race, earlier than the ${nearestWeeks}–${farthestWeeks} weeks before it where a peak belongs: ${earlyCause(fact)}. A peak ${nearestWeeks}–${farthestWeeks} weeks out lets the taper shed fatigue while fitness holds; by race day yours has faded about ${fact.fadePct}% from it. If the weeks before the taper feel easy, add easy minutes there (within your weekly ramp) rather than earlier, and keep the taper as planned.`,
      };
    case "FITNESS_PEAK_LATE": {
      const until =
        fact.daysOut === 0
          ? "into race day"
          : `until ${shortDate(fact.peakDate)}, ${days(fact.daysOut)} before the race`;
      const late = `later than the ${nearestWeeks}–${farthestWeeks} weeks before it where a peak belongs`;
      const before = fact.hasHistory ? "the weeks you recorded" : "the plan";
      return {
        id: "w-fitness-peak",
        ...warn,
        rule: "LD-1",
        weekIndex: fact.weekIndex,
        date: fact.peakDate,
        message: fact.fromNothing
          ? `Counting no training before ${before}, ${fitness.toLowerCase()} still rises ${until}, ${late}: from a standing start every week of training raises it. If you trained before ${before}, you start fitter and fitness peaks earlier; either way keep the last week's runs short and easy.`
          : `${fitness} still rises ${until}, ${late}: the last days hold more load than a taper should, so you may start the race tired. Keep the last week's runs short and easy, and add nothing to them.`,
      };
    }
    case "DEEP_FATIGUE":
      return {
        id: "w-deep-fatigue",
        ...warn,
        rule: "LD-2",
        weekIndex: fact.weekIndex,
        date: fact.firstDate,
        message: `The load model projects deep fatigue from training on ${fact.occasions} occasion${fact.occasions === 1 ? "" : "s"}, the first around ${shortDate(fact.firstDate)} (${limits}): ${fact.afterRace ? "training that resumes while a race's fatigue lasts" : "the days after the biggest weeks and weekends"}. ${fact.afterRace ? "Keep the days after a race easy until your legs come back, even where the plan holds more" : "Sleep and eat well after them, and cut a weekend short if your legs stay heavy"}.`,
      };
    case "FATIGUE_AFTER_RACE":
      return {
        id: "w-fatigue-after-race",
        ...warn,
        rule: "LD-2",
        weekIndex: fact.weekIndex,
        date: fact.date,
        message: `Form falls to ${signed(fact.lowestForm)} in the days after the race on ${shortDate(fact.raceDate)} (${limits}): that is the race's own load, and it is expected after a race. The ${days(fact.recoveryDays)} after it hold no hard session and start with rest or very easy running (RC-1) while form comes back.`,
      };
  }
}
