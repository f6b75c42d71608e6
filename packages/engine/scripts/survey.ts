/**
 * How often plans break a rule, over random scenarios: the property tests' arbitraries,
 * sampled without shrinking (`--realistic`: seasons a runner would plan, from
 * `test/realistic-season-arbitrary.ts`; `--varied`: those runners' seasons in any arrangement,
 * from `test/varied-season-arbitrary.ts`).
 * `--ceiling` and `--modes` lay over them what they never draw (`survey-twists.ts`).
 * `npm run survey -- [--runs N] [--seed S] [--multi | --realistic | --varied] [--ceiling]
 * [--modes] [--show RULE]` prints the
 * share of plans with an error, per rule, inside and outside the single-goal envelope, and
 * one example scenario per rule (to reproduce with `cairn plan`).
 */
import fc from "fast-check";
import { generatePlan, validatePlan } from "../src/index.ts";
import type { Plan } from "../src/schema/plan.ts";
import type { ScenarioInput } from "../src/schema/scenario.ts";
import { seasonArbitrary } from "../test/multi-goal-arbitrary.ts";
import { realisticSeasonArbitrary } from "../test/realistic-season-arbitrary.ts";
import { propertyToday, scenarioArbitrary } from "../test/scenario-arbitrary.ts";
import { variedSeasonArbitrary } from "../test/varied-season-arbitrary.ts";
import { twisted } from "./survey-twists.ts";

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const runs = Number(flag("runs") ?? 1000);
const seed = Number(flag("seed") ?? 20261203);
const realistic = args.includes("--realistic");
const varied = args.includes("--varied");
const multi = realistic || varied || args.includes("--multi");
const show = flag("show");

const weekdayOf = (iso: string) => (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7;

/** The envelope of the single-goal property tests: no days away, ≥ 150 min a week. */
function inEnvelope(s: ScenarioInput, usualMin: number): boolean {
  return (s.constraints?.unavailable ?? []).length === 0 && usualMin >= 150;
}

const arbitrary = realistic
  ? realisticSeasonArbitrary
  : varied
    ? variedSeasonArbitrary
    : multi
      ? seasonArbitrary
      : scenarioArbitrary;
const twists = { ceiling: args.includes("--ceiling"), modes: args.includes("--modes") };
const scenarios = fc.sample(twisted(arbitrary, twists), { numRuns: runs, seed });
const tally = { all: 0, broken: 0, envelope: 0, envelopeBroken: 0, refused: 0, sagging: 0 };

/**
 * No rule, a coach's check: a full loading week (no cutback, no race, no day away) running
 * under 40% of the athlete's usual week, the mark of a plan that never rebuilt after a race
 * or a holiday.
 */
function sags(plan: Plan, s: ScenarioInput): boolean {
  const away = s.constraints?.unavailable ?? [];
  const usual = plan.athleteProfile.chronicWeeklyMin;
  return plan.weeks.some(
    (w) =>
      ["base", "build", "specific", "peak"].includes(w.phase) &&
      w.kind !== "cutback" &&
      w.kind !== "race" &&
      !away.some((a) => a.from <= (w.days.at(-1)?.date ?? w.startDate) && a.to >= w.startDate) &&
      w.totals.runMin < 0.4 * usual,
  );
}
/** Plans and broken plans by the one hard feature a scenario has (several counted together). */
const byFeature = new Map<string, { plans: number; broken: number }>();
function hardFeaturesOf(s: ScenarioInput, usualMin: number): string[] {
  const c = s.constraints ?? {};
  const reasons: string[] = [];
  if ((c.unavailable ?? []).length > 0) reasons.push("days away");
  if ((c.maxRunDaysPerWeek ?? 7) < 4) reasons.push("3 run days");
  if (s.goals.some((g) => weekdayOf(g.date) < 3)) reasons.push("Mon–Wed race");
  if (usualMin < 150) reasons.push("under 150 min a week");
  return reasons;
}
const byRule = new Map<string, { plans: number; envelope: number; example: ScenarioInput }>();
for (const scenario of scenarios) {
  const result = generatePlan(scenario, { today: propertyToday });
  if (!result.ok) {
    tally.refused++;
    continue;
  }
  const plan = result.value;
  const inside = inEnvelope(scenario, plan.athleteProfile.chronicWeeklyMin);
  const errors = validatePlan(plan).filter((f) => f.severity === "error");
  tally.all++;
  if (sags(plan, scenario)) tally.sagging++;
  if (inside) tally.envelope++;
  const reasons = hardFeaturesOf(scenario, plan.athleteProfile.chronicWeeklyMin);
  for (const reason of reasons.length === 1 ? reasons : reasons.length > 1 ? ["several"] : []) {
    const entry = byFeature.get(reason) ?? { plans: 0, broken: 0 };
    entry.plans++;
    if (errors.length > 0) entry.broken++;
    byFeature.set(reason, entry);
  }
  if (errors.length === 0) continue;
  tally.broken++;
  if (inside) tally.envelopeBroken++;
  const rules = new Set(errors.map((f) => `${f.rule}${f.measure ? `/${f.measure}` : ""}`));
  for (const rule of rules) {
    const entry = byRule.get(rule) ?? { plans: 0, envelope: 0, example: scenario };
    entry.plans++;
    if (inside) entry.envelope++;
    byRule.set(rule, entry);
    if (show === rule)
      console.log(
        JSON.stringify({
          rule,
          errors: errors
            .filter((f) => `${f.rule}${f.measure ? `/${f.measure}` : ""}` === rule)
            .slice(0, 3),
          scenario,
        }),
      );
  }
}
const pct = (n: number, of: number) =>
  `${n} of ${of} (${((100 * n) / Math.max(1, of)).toFixed(1)}%)`;
console.log(
  `${realistic ? "realistic seasons" : multi ? "seasons" : "single-goal scenarios"}, seed ${seed}: ${tally.all} planned, ${tally.refused} refused`,
);
console.log(
  `plans with an error: ${pct(tally.broken, tally.all)}; inside the envelope ${pct(tally.envelopeBroken, tally.envelope)}`,
);
console.log(
  `plans with a full loading week under 40% of the usual week: ${pct(tally.sagging, tally.all)}`,
);
for (const [reason, e] of byFeature) console.log(`  only ${reason}: ${pct(e.broken, e.plans)}`);
for (const [rule, e] of [...byRule].sort((a, b) => b[1].plans - a[1].plans))
  console.log(
    `  ${rule.padEnd(28)} ${String(e.plans).padStart(5)} plans, ${e.envelope} inside the envelope`,
  );
