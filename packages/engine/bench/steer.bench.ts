/**
 * How long steering a plan takes on the 100K example: regenerate one week, regenerate one
 * phase, and re-plan after two missed weeks — each one validated, as the functions do.
 * Run with `npm run bench:steer`; BENCHMARKS.md holds the figures.
 */
import { readFileSync } from "node:fs";
import { Bench, type Task } from "tinybench";
import { generatePlan, type Plan, regenerate, replan } from "../src/index.ts";
import { benchTiming, machineLines } from "./setup.ts";

const today = "2026-11-25";
const scenario: unknown = JSON.parse(
  readFileSync(new URL("../../../examples/100k-trail-intermediate.json", import.meta.url), "utf8"),
);
const generated = generatePlan(scenario, { today });
if (!generated.ok) throw new Error("the 100K example no longer plans");
const plan = generated.value;
const missed = [5, 6].flatMap((i) =>
  (plan.weeks[i]?.days ?? []).map((d) => ({ date: d.date, status: "missed" as const })),
);
const logged: Plan = { ...plan, log: missed };
const replanDay = plan.weeks[7]?.startDate ?? today;
const buildPhase = plan.phases.findIndex((p) => p.kind === "build");

let seed = 0;
const bench = new Bench({ name: "steer", ...benchTiming });
bench
  .add("regenerate week 11", () => {
    regenerate(plan, { kind: "week", index: 10 }, ++seed);
  })
  .add(`regenerate the build phase (${plan.phases[buildPhase]?.weekIndexes.length} weeks)`, () => {
    regenerate(plan, { kind: "phase", index: buildPhase }, ++seed);
  })
  .add("replan at week 8 after weeks 6–7 missed", () => {
    replan(logged, replanDay);
  });
await bench.run();

function latency(task: Task): string {
  const r = task.result;
  if (r?.state !== "completed") return `(${r?.state ?? "missing"})`;
  return `median ${r.latency.p50.toFixed(2)} ms · p99 ${r.latency.p99.toFixed(2)} ms · ${r.latency.samplesCount} samples`;
}

console.log(machineLines());
console.log(`100k-trail-intermediate: ${plan.weeks.length} weeks`);
for (const task of bench.tasks) console.log(`${task.name}: ${latency(task)}`);
