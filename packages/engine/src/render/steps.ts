import type { SimpleStep, Step } from "../schema/plan.ts";
import { distance, formatPace, stepDuration, type Units } from "./format.ts";

/** A workout's structure on one line: "15′ z2 · 3 × (10′ z4 / 3′ z1) · 6′ z2", with any targets. */
export function describeSteps(steps: readonly Step[], units: Units): string {
  return steps.map((step) => describeStep(step, units)).join(" · ");
}

function describeStep(step: Step, units: Units): string {
  if (step.kind !== "repeat") return describeSimpleStep(step, units);
  const inner = step.steps.map((s) => describeSimpleStep(s, units));
  return `${step.times} × ${inner.length === 1 ? inner[0] : `(${inner.join(" / ")})`}`;
}

/**
 * A distance, when the step has one, is the prescription ("1 mi z4"); else its time. Its
 * pace and heart-rate bands follow: "10′ z4 @ 4:11–4:20/km, 160–167 bpm".
 */
function describeSimpleStep(step: SimpleStep, units: Units): string {
  const length =
    step.distanceKm === undefined
      ? stepDuration(step.durationMin)
      : distance(step.distanceKm, units);
  const what = [length, step.zone, step.label].filter((part) => part !== undefined).join(" ");
  const targets = [
    step.paceSecPerKm && formatPace(step.paceSecPerKm, units),
    step.hrBpm && `${step.hrBpm.join("–")} bpm`,
  ].filter((part) => part !== undefined);
  return targets.length === 0 ? what : `${what} @ ${targets.join(", ")}`;
}
