import { buildWeeks } from "../build-weeks.ts";
import { policy, rules } from "../constants.ts";
import { mondayOf } from "../dates.ts";
import { planWarnings } from "../explain/plan-warnings.ts";
import { loadingKind } from "../macro/macro.ts";
import { err, ok, type Result } from "../result.ts";
import type { Plan, PlanWarning, Week } from "../schema/plan.ts";
import { conflictWarnings } from "../season/conflict-warnings.ts";
import { contextOfPlan } from "./context.ts";
import { keepLocked, lockedDaysOf } from "./locks.ts";
import { asLogged } from "./logged-week.ts";
import { retotalWeek } from "./retotal.ts";
import { revise } from "./revision.ts";
import type { SteerIssue } from "./scope.ts";

/**
 * Re-plan from `today`: the weeks before its Monday stay as the runner logged them, and every
 * week from there is built again on what was really run — after missed weeks the volume
 * restarts near it (PR-2, PR-3) instead of jumping back, after a heavy overrun a cutback comes
 * first, and a missed key session is not crammed into the days after. Locked workouts stay.
 */
export function replan(plan: Plan, today: string): Result<Plan, SteerIssue> {
  const monday = mondayOf(today);
  const from = plan.weeks.findIndex((w) => w.startDate === monday);
  if (today < plan.startDate || from < 0)
    return err({
      field: "today",
      message: `${today} is not in the plan (${plan.startDate} to ${plan.endDate})`,
    });
  const context = contextOfPlan(plan);
  if (!context.ok) return context;
  const past = plan.weeks.slice(0, from).map((w) => asLogged(w, plan));
  const ran = past.at(-1)?.totals.runMin ?? 0;
  const planned = plan.weeks[from - 1]?.totals.runMin ?? 0;
  const frame = context.value.macro.weeks[from];
  const overrun = planned > 0 && ran >= planned * policy.overrunShare;
  if (overrun && frame && ["base", "build", "peak"].includes(frame.kind)) frame.kind = "cutback";
  // Missed weeks were rest enough: the first week back loads rather than cuts back further.
  const missed = ran < planned * policy.missedWeekShare;
  if (missed && frame?.kind === "cutback") frame.kind = loadingKind[frame.phase] ?? frame.kind;
  const last = plan.weeks.length - 1;
  const built = buildWeeks(context.value, {
    from,
    to: last,
    kept: past,
    seedOf: () => plan.seed,
    // The weeks ahead are built around the runner's locked days, as a regeneration's are.
    lockedDaysOf: (i) => lockedDaysOf(plan.weeks[i]),
  });
  const goalIds = plan.goals.map((g) => g.id);
  const weeks = built.weeks.map((w, i) =>
    i < from ? w : retotalWeek(keepLocked(w, plan.weeks[i] as Week), goalIds),
  );
  const first = weeks[from];
  if (first) first.why = `${restartWhy(past, plan.weeks, monday, overrun)} ${first.why}`;
  const stale = (w: PlanWarning) =>
    w.code === "KEY_SESSIONS_CLOSE" && w.weekIndex !== undefined && w.weekIndex >= from;
  const replanned: Plan = { ...plan, weeks, replannedFrom: monday, warnings: [] };
  // What the new weeks can reach is told again (a peak or vert now short of the usual).
  const { macro, profileResult, season } = context.value;
  replanned.warnings = [
    ...conflictWarnings(season.conflicts),
    ...plan.warnings.filter((w) => w.code === "KEY_SESSIONS_CLOSE" && !stale(w)),
    ...built.keyWarnings,
    ...planWarnings(replanned, macro, profileResult),
  ];
  return ok(
    revise(replanned, [
      {
        kind: "replan",
        summary: `Re-planned from ${monday} on the training logged before it`,
        weekIndexes: Array.from({ length: last - from + 1 }, (_, i) => from + i),
      },
    ]),
  );
}

/** The first re-planned week says what it was built on: the logged weeks against the plan. */
function restartWhy(
  logged: readonly Week[],
  plannedWeeks: readonly Week[],
  monday: string,
  overrun: boolean,
): string {
  // The weeks PR-3 reads: what the restart is measured against.
  const recent = logged.slice(-rules.loadSpikeWindowWeeks);
  if (recent.length === 0) return `Re-planned from ${monday}.`;
  const mean = (ws: readonly Week[]) =>
    Math.round(ws.reduce((s, w) => s + w.totals.runMin, 0) / ws.length);
  const plannedMean = mean(plannedWeeks.slice(logged.length - recent.length, logged.length));
  const base = `Re-planned from ${monday} on what you logged: the last ${recent.length} weeks ran ${mean(recent)} min a week against ${plannedMean} planned, and this week restarts from there (PR-2, PR-3).`;
  return overrun
    ? `${base} Last week ran well over its plan, so a cutback comes first (PR-1).`
    : base;
}
