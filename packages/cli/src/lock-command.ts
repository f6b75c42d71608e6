import { lockWorkout, type Result } from "@cairn/engine";
import { emitPlan, readPlanFile } from "./plan-file.ts";
import type { SteerOutput } from "./steer-command.ts";

export interface LockFlags {
  unlock?: boolean;
  out?: string;
}

/**
 * `cairn lock`: a workout locked (or unlocked) so that regenerate and replan keep it. The
 * plan goes to stdout, or to `--out` written atomically; a bad id is one line and no file
 * is touched.
 */
export function lockCommand(
  path: string,
  workoutId: string,
  flags: LockFlags,
): Result<SteerOutput, string> {
  const plan = readPlanFile(path);
  if (!plan.ok) return plan;
  const locked = !flags.unlock;
  const result = lockWorkout(plan.value, workoutId, locked);
  if (!result.ok)
    return { ok: false, error: `${path}: ${result.error.field}: ${result.error.message}` };
  const emitted = emitPlan(result.value, flags.out);
  if (!emitted.ok) return emitted;
  // An already locked workout leaves the plan as it was: no new revision to report.
  const note =
    result.value === plan.value
      ? `${workoutId} is already ${locked ? "locked" : "unlocked"}; the plan is unchanged.`
      : `${result.value.changes?.[0]?.summary ?? ""}.`;
  return { ok: true, value: { stdout: emitted.value, note } };
}
