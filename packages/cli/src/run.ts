import type { Result } from "@cairn/engine";
import { CommanderError } from "commander";
import { checkCommand } from "./check-command.ts";
import { type Invocation, type Output, parseCommandLine } from "./command-line.ts";
import { exitCodes } from "./exit-codes.ts";
import { exportCommand } from "./export-command.ts";
import { localToday } from "./flags.ts";
import { importCommand } from "./import-command.ts";
import { lockCommand } from "./lock-command.ts";
import { logCommand } from "./log-command.ts";
import { planCommand } from "./plan-command.ts";
import { regenerateCommand, replanCommand, type SteerOutput } from "./steer-command.ts";
import { zonesCommand } from "./zones-command.ts";

export interface Io extends Output {
  now: Date;
  /** Print the stack of an internal error (CAIRN_DEBUG=1). */
  debug: boolean;
}

/** Run `cairn` with these arguments; returns the exit code. Never throws. */
export function run(argv: readonly string[], io: Io): number {
  try {
    return execute(parseCommandLine(argv, localToday(io.now), io), io);
  } catch (error) {
    if (error instanceof CommanderError) return commandLineExit(error, io);
    io.stderr(`cairn: internal error: ${firstLine(error)} (this is a bug in cairn)\n`);
    if (io.debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return exitCodes.internal;
  }
}

function execute(invocation: Invocation, io: Io): number {
  if (invocation.command === "plan") {
    const plan = planCommand(invocation.scenarioPath, invocation.flags);
    if (!plan.ok) return fail(plan.error, io);
    io.stdout(plan.value);
    return exitCodes.ok;
  }
  if (invocation.command === "import") {
    const imported = importCommand(invocation.paths, invocation.flags);
    if (!imported.ok) return fail(imported.error, io);
    io.stdout(imported.value.json);
    io.stderr(`cairn: ${imported.value.summary}\n`);
    return exitCodes.ok;
  }
  if (invocation.command === "regenerate" || invocation.command === "replan") {
    const steered =
      invocation.command === "regenerate"
        ? regenerateCommand(invocation.planPath, invocation.flags)
        : replanCommand(invocation.planPath, invocation.flags);
    if (!steered.ok) return fail(steered.error, io);
    io.stdout(steered.value.stdout);
    io.stderr(`cairn: ${steered.value.note}\n`);
    return exitCodes.ok;
  }
  if (invocation.command === "lock")
    return report(lockCommand(invocation.planPath, invocation.workoutId, invocation.flags), io);
  if (invocation.command === "log")
    return report(logCommand(invocation.planPath, invocation.day, invocation.flags), io);
  if (invocation.command === "export") {
    const exported = exportCommand(invocation.planPath, invocation.flags);
    if (!exported.ok) return fail(exported.error, io);
    io.stderr(`cairn: ${exported.value}\n`);
    return exitCodes.ok;
  }
  if (invocation.command === "zones") {
    const zones = zonesCommand(invocation.flags);
    if (!zones.ok) return fail(zones.error, io);
    io.stdout(zones.value);
    return exitCodes.ok;
  }
  const check = checkCommand(invocation.planPath);
  if (!check.ok) return fail(check.error, io);
  io.stdout(check.value.text);
  return check.value.hasErrors ? exitCodes.planHasErrors : exitCodes.ok;
}

/** A plan edited: on stdout (nothing with --out), and what changed as one line on stderr. */
function report(steered: Result<SteerOutput, string>, io: Io): number {
  if (!steered.ok) return fail(steered.error, io);
  io.stdout(steered.value.stdout);
  io.stderr(`cairn: ${steered.value.note}\n`);
  return exitCodes.ok;
}

function fail(reason: string, io: Io): number {
  io.stderr(`cairn: ${reason}\n`);
  return exitCodes.usage;
}

/** Commander has already printed help or the version; bad usage becomes one line. */
function commandLineExit(error: CommanderError, io: Io): number {
  const alreadyPrinted = ["commander.help", "commander.helpDisplayed", "commander.version"];
  if (alreadyPrinted.includes(error.code))
    return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
  // "error: unknown option '--fromat'\n(Did you mean --format?)" → one line.
  return fail(error.message.replace(/^error: /, "").replace(/\s*\n\s*/g, " "), io);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0] ?? message;
}
