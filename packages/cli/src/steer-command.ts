import { type Plan, type RegenerateScope, type Result, regenerate, replan } from "@cairn/engine";
import { emitPlan, readPlanFile } from "./plan-file.ts";

export interface RegenerateFlags {
  day?: string;
  week?: number;
  phase?: number;
  seed: number;
  out?: string;
}

/** What the command printed: the plan (or nothing with --out) and a line for stderr. */
export interface SteerOutput {
  stdout: string;
  note: string;
}

/** `cairn regenerate`: a day, a week (1-based, as shown) or a phase (1-based) built again. */
export function regenerateCommand(
  path: string,
  flags: RegenerateFlags,
): Result<SteerOutput, string> {
  const scopes: RegenerateScope[] = [
    ...(flags.day === undefined ? [] : [{ kind: "day", date: flags.day } as const]),
    ...(flags.week === undefined ? [] : [{ kind: "week", index: flags.week - 1 } as const]),
    ...(flags.phase === undefined ? [] : [{ kind: "phase", index: flags.phase - 1 } as const]),
  ];
  const [scope] = scopes;
  if (scopes.length !== 1 || scope === undefined)
    return { ok: false, error: "regenerate: give exactly one of --day, --week or --phase" };
  const plan = readPlanFile(path);
  if (!plan.ok) return plan;
  const result = regenerate(plan.value, scope, flags.seed);
  if (!result.ok)
    return { ok: false, error: `${path}: --${result.error.field}: ${result.error.message}` };
  return output(result.value.plan, flags.out, result.value.message);
}

/** `cairn replan`: the weeks from today's Monday built again on what the log says was run. */
export function replanCommand(
  path: string,
  flags: { today: string; out?: string },
): Result<SteerOutput, string> {
  const plan = readPlanFile(path);
  if (!plan.ok) return plan;
  const result = replan(plan.value, flags.today);
  if (!result.ok)
    return { ok: false, error: `${path}: ${result.error.field}: ${result.error.message}` };
  return output(result.value, flags.out, `Re-planned from ${result.value.replannedFrom}.`);
}

function output(plan: Plan, out: string | undefined, note: string): Result<SteerOutput, string> {
  const emitted = emitPlan(plan, out);
  if (!emitted.ok) return emitted;
  return { ok: true, value: { stdout: emitted.value, note } };
}
