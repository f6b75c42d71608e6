import { dayLabel } from "../render/format.ts";
import { err, ok, type Result } from "../result.ts";
import { zodIssues } from "../schema/issues.ts";
import type { Plan } from "../schema/plan.ts";
import { type LogEntry, logEntry } from "../schema/revision.ts";
import { findDay, workoutsOn } from "./locate.ts";
import { revise } from "./revision.ts";
import type { SteerIssue } from "./scope.ts";

/** The status's own demands on minutes and effort: nothing given is silently dropped. */
function checkStatus(entry: LogEntry): SteerIssue | undefined {
  const { status, minutes, rpe } = entry;
  if (status === "partial" && !minutes)
    return { field: "minutes", message: "a partial day needs its minutes (none at all is missed)" };
  if (status === "extra" && !minutes)
    return { field: "minutes", message: "extra running needs its minutes" };
  if (status === "missed" && minutes !== undefined)
    return { field: "minutes", message: "a missed day has no minutes: log it as partial" };
  if (status === "missed" && rpe !== undefined)
    return { field: "rpe", message: "a missed day has no effort to rate" };
  return undefined;
}

/**
 * Record what the runner really did on a day of the plan: done (the planned minutes unless
 * told otherwise), partial or extra (with minutes), missed; optionally how hard it felt (RPE
 * 1–10). One entry a date: a new one replaces the old. The log stays in date order, and the
 * plan itself is left as it is: re-planning reads the log.
 */
export function logDay(plan: Plan, entry: LogEntry): Result<Plan, SteerIssue> {
  const day = findDay(plan, entry.date, "date");
  if (!day.ok) return day;
  // Callers from JSON may send anything: the schema's own checks name the field.
  const parsed = logEntry.safeParse(entry, { reportInput: true });
  if (!parsed.success)
    return err(zodIssues(parsed.error)[0] ?? { field: "", message: "is not a log entry" });
  const issue = checkStatus(parsed.data);
  if (issue) return err(issue);
  const workouts = workoutsOn(plan, day.value);
  const planned = workouts.reduce((sum, w) => sum + w.durationMin, 0);
  const logged: LogEntry =
    parsed.data.status === "done" && parsed.data.minutes === undefined
      ? { ...parsed.data, minutes: planned }
      : parsed.data;
  const earlier = (plan.log ?? []).filter((e) => e.date !== logged.date);
  const replaced = earlier.length < (plan.log ?? []).length;
  const log = [...earlier, logged].sort((a, b) => (a.date < b.date ? -1 : 1));
  const summary = `Logged ${dayLabel(logged.date)}: ${describe(logged)}${replaced ? " (replacing the earlier entry)" : ""}`;
  return ok(
    revise({ ...plan, log }, [
      {
        kind: "log",
        summary,
        weekIndexes: [day.value.weekIndex],
        workoutIds: workouts.map((w) => w.id),
      },
    ]),
  );
}

/** "partial, 40 min, RPE 6" */
function describe(e: LogEntry): string {
  const parts: string[] = [e.status];
  if (e.minutes !== undefined) parts.push(`${e.minutes} min`);
  if (e.rpe !== undefined) parts.push(`RPE ${e.rpe}`);
  return parts.join(", ");
}
