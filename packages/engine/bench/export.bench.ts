/**
 * How long a long plan takes to export: the 100-mile example started one week earlier, so
 * it has 36 weeks, as an iCalendar file and as a zip of FIT workout files.
 * Run with `npm run bench:export`; BENCHMARKS.md holds the figures.
 */
import { Bench } from "tinybench";
import mountain100mi from "../../../examples/100mi-mountain-advanced.json" with { type: "json" };
import { generatePlan, planFitFiles, planToFitZip, planToIcs } from "../src/index.ts";
import { benchTiming, machineLines } from "./setup.ts";

const scenario = { ...mountain100mi, startDate: "2026-12-28" };
const generated = generatePlan(scenario, { today: "2026-11-25" });
if (!generated.ok) throw new Error("the 36-week scenario no longer plans");
const plan = generated.value;

const ics = planToIcs(plan);
const zip = planToFitZip(plan);
const events = ics.split("BEGIN:VEVENT").length - 1;
const fitFiles = planFitFiles(plan).length;

const bench = new Bench({ name: "export", ...benchTiming });
bench.add("ICS", () => planToIcs(plan));
bench.add("zip of FIT files", () => planToFitZip(plan));
await bench.run();

const targets: Record<string, number> = { ICS: 20, "zip of FIT files": 200 };
console.log(machineLines());
console.log(
  `${plan.weeks.length} weeks: ${events} events (${(ics.length / 1024).toFixed(0)} KB of ICS), ` +
    `${fitFiles} FIT workouts (${(zip.length / 1024).toFixed(0)} KB zipped)`,
);
for (const task of bench.tasks) {
  const result = task.result;
  if (result?.state !== "completed") {
    console.log(`${task.name}: not completed (${result?.state ?? "missing"})`);
    continue;
  }
  const { p50, p99, samplesCount } = result.latency;
  const target = targets[task.name] ?? Number.NaN;
  console.log(
    `${task.name}: median ${p50.toFixed(1)} ms · p99 ${p99.toFixed(1)} ms · ${samplesCount} samples · ` +
      `target ≤ ${target} ms ${p50 <= target ? "met" : "NOT met"}`,
  );
}
