import type { Step } from "@cairn/engine";
import {
  formatDistance,
  formatPaceBand,
  formatStepDuration,
  type Units,
} from "../../format/units.ts";
import { usePlanView } from "../plan-view.tsx";

type SimpleStep = Exclude<Step, { kind: "repeat" }>;

const kindNames: Record<SimpleStep["kind"], string> = {
  warmup: "warm-up",
  work: "work",
  recover: "recover",
  cooldown: "cool-down",
};

/** "15′ warm-up · Z2 · 5:25–6:14/km · 140–152 bpm" */
export function stepText(step: SimpleStep, units: Units): string {
  return [
    `${formatStepDuration(step.durationMin)} ${kindNames[step.kind]}`,
    step.distanceKm ? formatDistance(step.distanceKm, units) : "",
    step.zone ? step.zone.toUpperCase() : "",
    step.paceSecPerKm ? formatPaceBand(step.paceSecPerKm, units) : "",
    step.hrBpm ? `${step.hrBpm[0]}–${step.hrBpm[1]} bpm` : "",
    step.label ?? "",
  ]
    .filter(Boolean)
    .join(" · ");
}

/** A workout's structure, repeats nested under their count. */
export function WorkoutSteps({ steps }: { steps: readonly Step[] }) {
  const { units } = usePlanView();
  return (
    <ol className="workout-steps">
      {steps.map((step, i) =>
        step.kind === "repeat" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: steps have no ids and never reorder
          <li key={i} className="repeat">
            {step.times} ×
            <ol>
              {step.steps.map((inner, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: as above
                <li key={j} data-zone={inner.zone}>
                  {stepText(inner, units)}
                </li>
              ))}
            </ol>
          </li>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <li key={i} data-zone={step.zone}>
            {stepText(step, units)}
          </li>
        ),
      )}
    </ol>
  );
}
