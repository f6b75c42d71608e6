/**
 * How long the engine takes to make a plan, and to make and check one, for each example
 * scenario (one goal or several). Run with `npm run bench`; BENCHMARKS.md explains the
 * figures.
 */
import { readdirSync, readFileSync } from "node:fs";
import { Bench, type Task } from "tinybench";
import { generatePlan, validatePlan } from "../src/index.ts";
import { benchTiming, machineLines } from "./setup.ts";

/** A fixed "today", so every run plans the same weeks. */
const today = "2026-11-25";

const examplesDir = new URL("../../../examples/", import.meta.url);

interface Case {
  name: string;
  scenario: unknown;
  goals: number;
  weeks: number;
  errors: number;
}

const cases: Case[] = [];
const skipped: string[] = [];

for (const file of readdirSync(examplesDir)
  .filter((f) => f.endsWith(".json"))
  .sort()) {
  const name = file.replace(/\.json$/, "");
  const scenario: unknown = JSON.parse(readFileSync(new URL(file, examplesDir), "utf8"));
  const plan = generatePlan(scenario, { today });
  if (!plan.ok) {
    skipped.push(
      `${name}: refused (${plan.error.map((i) => `${i.field}: ${i.message}`).join("; ")})`,
    );
    continue;
  }
  const errors = validatePlan(plan.value).filter((f) => f.severity === "error").length;
  const goals = plan.value.goals.length;
  cases.push({ name, scenario, goals, weeks: plan.value.weeks.length, errors });
}

const bench = new Bench({ name: "generatePlan", ...benchTiming });
for (const c of cases) {
  bench.add(`${c.name} generate`, () => {
    generatePlan(c.scenario, { today });
  });
  bench.add(`${c.name} generate+validate`, () => {
    const plan = generatePlan(c.scenario, { today });
    if (plan.ok) validatePlan(plan.value);
  });
}
await bench.run();

/** Median and p99 latency of a finished task, in ms with 3 decimals. */
function latency(task: Task | undefined): { p50: string; p99: string; samples: number } {
  const result = task?.result;
  if (result === undefined || result.state !== "completed") {
    return { p50: `(${result?.state ?? "missing"})`, p99: "", samples: 0 };
  }
  const { p50, p99, samplesCount } = result.latency;
  return { p50: p50.toFixed(3), p99: p99.toFixed(3), samples: samplesCount };
}

console.log(machineLines());
console.log(`today = ${today}; times in ms\n`);

const header = [
  "Scenario",
  "Goals",
  "Weeks",
  "Generate median",
  "Generate p99",
  "Generate + validate median",
  "Generate + validate p99",
  "Validation errors",
];
const rows = cases.map((c) => {
  const gen = latency(bench.getTask(`${c.name} generate`));
  const both = latency(bench.getTask(`${c.name} generate+validate`));
  return [
    c.name,
    String(c.goals),
    String(c.weeks),
    gen.p50,
    gen.p99,
    both.p50,
    both.p99,
    String(c.errors),
  ];
});
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
const line = (cells: string[]) =>
  `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(" | ")} |`;
console.log(line(header));
console.log(
  `| ${widths.map((w, i) => (i === 0 ? "-".repeat(w) : `${"-".repeat(w - 1)}:`)).join(" | ")} |`,
);
for (const row of rows) console.log(line(row));

if (skipped.length > 0) {
  console.log("\nSkipped:");
  for (const s of skipped) console.log(`- ${s}`);
}
