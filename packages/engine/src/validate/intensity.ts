import { rules } from "../constants.ts";
import type { PhaseKind } from "../schema/plan.ts";
import { errorAt, type Finding, warnAt } from "./finding.ts";
import { brokenBound } from "./slack.ts";
import type { PlanFacts } from "./week-facts.ts";

/** IN-1's easy-share band by phase: base may run easier; weeks with a race (a training race too) and recovery weeks only keep the floor. */
function easyShareBand(phase: PhaseKind, holdsRace: boolean): [number, number] {
  const { min, max, baseMax, floor } = rules.easyShare;
  if (phase === "race" || phase === "recovery" || holdsRace) return [floor, 1];
  if (phase === "base") return [min, baseMax];
  return [min, max];
}

/** IN-1: easy (z1+z2) share of the week's training time inside its phase's band. */
function checkEasyShare(f: PlanFacts): Finding[] {
  const out: Finding[] = [];
  for (const week of f.focus.weeks) {
    const { runMin, easyMin } = week.training;
    if (runMin <= 0) continue;
    const share = easyMin / runMin;
    const limit = brokenBound(share, ...easyShareBand(week.week.phase, week.isRaceWeek), 0);
    if (limit !== undefined) {
      out.push(errorAt("IN-1", week.path, { actual: share, limit, weekIndex: week.index }));
    }
  }
  return out;
}

/** IN-3: no hard days in a row; IN-4 (warn): no two hard days with a single day between. */
function checkHardDaySpacing(f: PlanFacts): Finding[] {
  const out: Finding[] = [];
  for (const day of f.focus.days) {
    if (!day.hard) continue;
    const details = { weekIndex: day.weekIndex, date: day.date };
    if (f.days[day.index - 1]?.hard) {
      out.push(errorAt("IN-3", day.hard.path, { ...details, actual: 1 }));
    }
    if (f.days[day.index - 2]?.hard) {
      out.push(warnAt("IN-4", day.hard.path, { ...details, actual: 2 }));
    }
  }
  return out;
}

/** IN-5: the day before a long run or a medium-long run (a back-to-back's) holds no hard session. */
function checkEveOfLongRun(f: PlanFacts): Finding[] {
  const starts = new Set(f.focus.days.filter((d) => d.long || d.mediumLong).map((d) => d.index));
  const out: Finding[] = [];
  for (const start of [...starts].sort((a, b) => a - b)) {
    const eve = f.days[start - 1];
    if (eve?.hard) {
      out.push(errorAt("IN-5", eve.hard.path, { weekIndex: eve.weekIndex, date: eve.date }));
    }
  }
  return out;
}

export function checkIntensity(f: PlanFacts): Finding[] {
  return [...checkEasyShare(f), ...checkHardDaySpacing(f), ...checkEveOfLongRun(f)];
}
