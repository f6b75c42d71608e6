import type { Phase, Plan, PlanGoal, PlanWarning } from "../schema/plan.ts";
import { distance, hoursMinutes, longDate, percent, type Units, vert } from "./format.ts";
import { describeHrZones, describePaces } from "./zones.ts";

/** The plan at a glance: title, goals, dates, athlete profile, warnings, phase timeline. */
export function renderOverview(plan: Plan): string {
  const units = plan.scenario.units;
  const lines = [`# Training plan: ${plan.goals.map(goalName).join(" + ")}`, ""];
  lines.push(...plan.goals.map((goal) => `- **Goal:** ${describeGoal(goal, units)}`));
  lines.push(
    `- **Dates:** ${plan.startDate} to ${plan.endDate} · ${plural(plan.weeks.length, "week")} · seed ${plan.seed}`,
  );
  lines.push(`- **Athlete:** ${describeAthlete(plan)}`);
  const paces = describePaces(plan.athleteProfile, units);
  if (paces) lines.push(`- **Paces:** ${paces}`);
  const hr = describeHrZones(plan.athleteProfile);
  if (hr) lines.push(`- **Heart-rate zones:** ${hr}`);
  lines.push("");
  if (plan.warnings.length > 0)
    lines.push("## Warnings", "", ...plan.warnings.map(describeWarning), "");
  lines.push("## Phases", "", ...phaseTable(plan.phases));
  return lines.join("\n");
}

const goalName = (goal: PlanGoal): string => goal.name ?? goal.id;

/** "Mountain Lakes 100K — 100 km trail, 3,500 m climbing, 26 Jun 2027 · priority A, peak" */
function describeGoal(goal: PlanGoal, units: Units): string {
  const climbing = goal.elevationGainM > 0 ? `, ${vert(goal.elevationGainM, units)} climbing` : "";
  const course = `${distance(goal.distanceKm, units)} ${goal.surface}${climbing}`;
  return `${goalName(goal)} — ${course}, ${longDate(goal.date)} · priority ${goal.priority}, ${goal.mode}`;
}

/** What the engine derived from the history, in a coach's words. */
function describeAthlete(plan: Plan): string {
  const profile = plan.athleteProfile;
  const parts = [
    plan.scenario.athlete.name,
    profile.level,
    `${hoursMinutes(profile.chronicWeeklyMin)} a week lately`,
    `consistency ${percent(profile.consistency)}`,
    `longest recent run ${hoursMinutes(profile.longestRecentRunMin)}`,
    `ramp cap ${percent(profile.rampCap)} a week`,
    `cutback every ${profile.cutbackEvery} weeks`,
  ];
  if (!profile.hasHistory) parts.push("no training history given: volumes start conservative");
  return parts.filter((part) => part !== undefined).join(" · ");
}

function describeWarning(warning: PlanWarning): string {
  const where = [
    warning.weekIndex === undefined ? undefined : `week ${warning.weekIndex + 1}`,
    warning.date,
  ]
    .filter((part) => part !== undefined)
    .join(", ");
  const choices = (warning.choices ?? []).map((choice) => `\`${choice.id}\`: ${choice.label}`);
  const choiceText = choices.length > 0 ? ` Choices: ${choices.join("; ")}.` : "";
  return `- **${warning.severity}** ${warning.message}${where ? ` (${where})` : ""}${choiceText}`;
}

function phaseTable(phases: readonly Phase[]): string[] {
  return [
    "| Phase | Goal | Weeks | Dates |",
    "|---|---|---|---|",
    ...phases.map((phase) => {
      const first = Math.min(...phase.weekIndexes) + 1;
      const last = Math.max(...phase.weekIndexes) + 1;
      const weeks = first === last ? `${first}` : `${first}–${last}`;
      return `| ${phase.kind} | ${phase.goalId ?? "—"} | ${weeks} | ${phase.startDate} to ${phase.endDate} |`;
    }),
  ];
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
