import type { SimpleStep, Step } from "../schema/plan.ts";
import { distance, stepDuration, type Units } from "./format.ts";

/** A workout's structure on one line: "15′ z2 · 3 × (10′ z4 / 3′ z1) · 6′ z2". */
export function describeSteps(steps: readonly Step[], units: Units): string {
  return steps.map((step) => describeStep(step, units)).join(" · ");
}

function describeStep(step: Step, units: Units): string {
  if (step.kind !== "repeat") return describeSimpleStep(step, units);
  const inner = step.steps.map((s) => describeSimpleStep(s, units));
  return `${step.times} × ${inner.length === 1 ? inner[0] : `(${inner.join(" / ")})`}`;
}

/** A distance, when the step has one, is the prescription ("1 mi z4"); else its time. */
function describeSimpleStep(step: SimpleStep, units: Units): string {
  const length =
    step.distanceKm === undefined
      ? stepDuration(step.durationMin)
      : distance(step.distanceKm, units);
  return [length, step.zone, step.label].filter((part) => part !== undefined).join(" ");
}
