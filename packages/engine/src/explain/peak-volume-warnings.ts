import type { PlanWarning } from "../schema/plan.ts";
import { blockWeeks, raceBeforeBlock } from "../validate/block-weeks.ts";
import { type PeakVolumeBreak, peakVolumeBreaks } from "../validate/peak-volume.ts";
import type { GoalFacts, PlanFacts } from "../validate/week-facts.ts";
import { aboutGoal, warningOf } from "./warnings.ts";

const nameOf = (g: GoalFacts) => g.goal.name ?? g.goal.id;

/**
 * PR-5 as the validator reads it (each peak's block; running, or every workout): one warning
 * for a peak below its range and one above, naming the readings that break it and, in a
 * season, the goal, the race its block follows and the longer race it also builds for.
 */
export function peakVolumeWarnings(f: PlanFacts): PlanWarning[] {
  const breaks = peakVolumeBreaks(f);
  const several = f.goals.length > 1;
  const goals = [...new Set(breaks.map((b) => b.goal))];
  return goals.flatMap((goal) =>
    (["below", "above"] as const).flatMap((side) => {
      const found = breaks.filter((b) => b.goal === goal && b.side === side);
      const warning = found.length > 0 ? sideWarning(f, goal, found) : undefined;
      if (!warning) return [];
      return [aboutGoal(warning, several ? { id: goal.goal.id, name: nameOf(goal) } : undefined)];
    }),
  );
}

function sideWarning(f: PlanFacts, goal: GoalFacts, found: PeakVolumeBreak[]): PlanWarning {
  const [first] = found as [PeakVolumeBreak];
  const weeks = blockWeeks(f, goal);
  const peak = (reading: "runMin" | "volumeMin") =>
    Math.max(...weeks.map((w) => w.training[reading]));
  const max = f.constraints.maxWeeklyMin;
  const capped = first.side === "below" && max !== undefined && max < first.rangeMin[0];
  const before = raceBeforeBlock(f, goal);
  const longer = first.week.endurance;
  const facts = {
    runMin: peak("runMin"),
    volumeMin: peak("volumeMin"),
    rangeMin: first.rangeMin,
    breaks: found.map((b) => b.reading),
    weekIndex: first.week.index,
    ...(capped ? { maxWeeklyMin: max } : {}),
  };
  return first.side === "below"
    ? warningOf({ code: "PEAK_BELOW_RANGE", ...facts, ...(before && { after: nameOf(before) }) })
    : warningOf({
        code: "PEAK_ABOVE_RANGE",
        ...facts,
        ...(longer !== goal && facts.breaks.includes("runMin") && { buildsFor: nameOf(longer) }),
      });
}
