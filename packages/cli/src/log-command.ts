import { type LogEntry, logDay, type Result } from "@cairn/engine";
import { InvalidArgumentError } from "commander";
import { emitPlan, readPlanFile } from "./plan-file.ts";
import type { SteerOutput } from "./steer-command.ts";

export const logStatuses = ["done", "missed", "partial", "extra"] as const;

export interface LogFlags {
  min?: number;
  rpe?: number;
  out?: string;
}

/** `--min N`: minutes run; whether the status needs them, and how many a day holds, the engine says. */
export function parseLogMinutes(value: string): number {
  if (!/^\d+(\.\d+)?$/.test(value)) throw new InvalidArgumentError("Expected minutes, such as 40.");
  return Number(value);
}

/** `--rpe N`: perceived effort; its range is the engine's to check. */
export function parseRpe(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("Expected a whole number from 1 to 10.");
  return Number(value);
}

/** The engine names the log entry's fields; the command line knows them by their flags. */
const flagOf: Record<string, string> = { minutes: "--min", rpe: "--rpe" };

/**
 * `cairn log`: what the runner really did on a day, recorded in the plan's log. The plan
 * goes to stdout, or to `--out` written atomically; a date outside the plan or a status
 * without the minutes it needs is one line and no file is touched.
 */
export function logCommand(
  path: string,
  day: Pick<LogEntry, "date" | "status">,
  flags: LogFlags,
): Result<SteerOutput, string> {
  const plan = readPlanFile(path);
  if (!plan.ok) return plan;
  const entry: LogEntry = {
    ...day,
    ...(flags.min === undefined ? {} : { minutes: flags.min }),
    ...(flags.rpe === undefined ? {} : { rpe: flags.rpe }),
  };
  const result = logDay(plan.value, entry);
  if (!result.ok) {
    const { field, message } = result.error;
    return { ok: false, error: `${path}: ${flagOf[field] ?? field}: ${message}` };
  }
  const emitted = emitPlan(result.value, flags.out);
  if (!emitted.ok) return emitted;
  return {
    ok: true,
    value: { stdout: emitted.value, note: `${result.value.changes?.[0]?.summary ?? ""}.` },
  };
}
