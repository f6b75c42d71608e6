import { defaultHistoryWeeks } from "@cairn/engine";
import { Argument, Command, InvalidArgumentError, Option } from "commander";
import packageJson from "../package.json" with { type: "json" };
import { type ExportFlags, exportFormats } from "./export-command.ts";
import { parseSeed, parseToday } from "./flags.ts";
import { type ImportFlags, parseWeekCount } from "./import-command.ts";
import type { LockFlags } from "./lock-command.ts";
import { type LogFlags, logStatuses, parseLogMinutes, parseRpe } from "./log-command.ts";
import { type PlanFlags, planFormats } from "./plan-command.ts";
import type { RegenerateFlags } from "./steer-command.ts";
import { type ZonesFlags, zonesFormats } from "./zones-command.ts";
import { parseBpm, parseRaceKm, parseRaceTime } from "./zones-flags.ts";

/** What the user asked for, once the command line has been read. */
export type Invocation =
  | { command: "plan"; scenarioPath: string; flags: PlanFlags }
  | { command: "check"; planPath: string }
  | { command: "import"; paths: string[]; flags: ImportFlags }
  | { command: "zones"; flags: ZonesFlags }
  | { command: "regenerate"; planPath: string; flags: RegenerateFlags }
  | { command: "replan"; planPath: string; flags: { today: string; out?: string } }
  | { command: "lock"; planPath: string; workoutId: string; flags: LockFlags }
  | { command: "export"; planPath: string; flags: ExportFlags }
  | {
      command: "log";
      planPath: string;
      day: { date: string; status: (typeof logStatuses)[number] };
      flags: LogFlags;
    };

export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * Read the command line. Help, version and bad usage end in commander's CommanderError,
 * thrown rather than exiting so the caller decides what to print and which code to exit with.
 */
export function parseCommandLine(
  argv: readonly string[],
  today: string,
  output: Output,
): Invocation {
  let invocation: Invocation | undefined;
  const program = new Command("cairn")
    .description("Training plans for runners who race ultras.")
    .version(packageJson.version)
    .exitOverride()
    .configureOutput({ writeOut: output.stdout, writeErr: output.stderr, outputError: () => {} });

  program
    .command("plan")
    .description("generate a training plan from a scenario file")
    .argument("<scenario.json>", "what the athlete asks for (see examples/)")
    .addOption(
      new Option("--format <format>", "output format").choices(planFormats).default("json"),
    )
    .option("--seed <n>", "override the scenario's seed", parseSeed)
    .option("--today <YYYY-MM-DD>", "the day the plan is made", parseToday, today)
    .action((scenarioPath: string, flags: PlanFlags) => {
      invocation = { command: "plan", scenarioPath, flags };
    });

  program
    .command("check")
    .description("check a plan file against the training rules")
    .argument("<plan.json>", "a plan written by `cairn plan` or edited by hand")
    .action((planPath: string) => {
      invocation = { command: "check", planPath };
    });

  program
    .command("import")
    .description("fold training files into weeks of history for a scenario")
    .argument("<files...>", "Strava activities.csv, .fit, .gpx or .tcx files (also .gz)")
    .option("--weeks <n>", "how many weeks to keep", parseWeekCount, defaultHistoryWeeks)
    .option("--into <scenario.json>", "write the weeks into this scenario's athlete.history")
    .action((paths: string[], flags: ImportFlags) => {
      invocation = { command: "import", paths, flags };
    });

  program
    .command("zones")
    .description("training paces and heart-rate zones from a race")
    .requiredOption("--race-km <km>", "the race's distance, 1.5 to 42.5 km", parseRaceKm)
    .requiredOption("--race-time <time>", "its time, mm:ss or h:mm:ss", parseRaceTime)
    .option("--lthr <bpm>", "lactate-threshold heart rate", parseBpm)
    .option("--max-hr <bpm>", "maximum heart rate", parseBpm)
    .addOption(
      new Option("--format <format>", "output format").choices(zonesFormats).default("text"),
    )
    .action((flags: ZonesFlags) => {
      invocation = { command: "zones", flags };
    });

  program
    .command("regenerate")
    .description("build a day, a week or a phase of a plan again, keeping locked workouts")
    .argument("<plan.json>", "a plan written by `cairn plan`")
    .option("--day <YYYY-MM-DD>", "the day to build again", parseToday)
    .option("--week <n>", "the week to build again (1 = the first)", parseOrdinal)
    .option("--phase <n>", "the phase to build again (1 = the first)", parseOrdinal)
    .option("--seed <n>", "the new seed (a new choice each)", parseSeed, 1)
    .option("--out <plan.json>", "write the new plan here instead of printing it")
    .action((planPath: string, flags: RegenerateFlags) => {
      invocation = { command: "regenerate", planPath, flags };
    });

  program
    .command("replan")
    .description("build the plan again from today on what the log says was run")
    .argument("<plan.json>", "a plan with its log (`cairn log`)")
    .requiredOption("--today <YYYY-MM-DD>", "the day to re-plan from", parseToday)
    .option("--out <plan.json>", "write the new plan here instead of printing it")
    .action((planPath: string, flags: { today: string; out?: string }) => {
      invocation = { command: "replan", planPath, flags };
    });

  program
    .command("lock")
    .description("lock a workout so that regenerate and replan keep it")
    .argument("<plan.json>", "a plan written by `cairn plan`")
    .argument("<workoutId>", "the workout's id, such as 2027-02-09-1")
    .option("--unlock", "unlock it instead")
    .option("--out <plan.json>", "write the new plan here instead of printing it")
    .action((planPath: string, workoutId: string, flags: LockFlags) => {
      invocation = { command: "lock", planPath, workoutId, flags };
    });

  program
    .command("log")
    .description("record what was really run on a day of the plan")
    .argument("<plan.json>", "a plan written by `cairn plan`")
    .argument("<YYYY-MM-DD>", "the day")
    .addArgument(new Argument("<status>", "how the day went").choices(logStatuses))
    .option("--min <n>", "minutes run (partial and extra need them)", parseLogMinutes)
    .option("--rpe <n>", "how hard it felt, 1 (very easy) to 10 (maximal)", parseRpe)
    .option("--out <plan.json>", "write the new plan here instead of printing it")
    .action(
      (planPath: string, date: string, status: (typeof logStatuses)[number], flags: LogFlags) => {
        invocation = { command: "log", planPath, day: { date, status }, flags };
      },
    );

  program
    .command("export")
    .description(
      "write a plan, or one week of it, as a calendar, watch workouts (FIT), spreadsheet or page",
    )
    .argument("<plan.json>", "a plan written by `cairn plan`")
    .addOption(
      new Option("--format <format>", "what to write").choices(exportFormats).makeOptionMandatory(),
    )
    .option("--week <n>", "only this week (1 = the first)", parseOrdinal)
    .requiredOption("--out <path>", "the file to write")
    .action((planPath: string, flags: ExportFlags) => {
      invocation = { command: "export", planPath, flags };
    });

  program.parse(argv, { from: "user" });
  // Commander runs an action or throws; reaching here without one is a bug in this file.
  if (invocation === undefined) throw new Error("the command line matched no command");
  return invocation;
}

/** `--week 3`: a week or phase counted from 1, as the plan shows them. */
function parseOrdinal(value: string): number {
  if (!/^[1-9]\d{0,3}$/.test(value))
    throw new InvalidArgumentError("Expected a whole number from 1.");
  return Number(value);
}
