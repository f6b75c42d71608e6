import type { SimpleStep, Step, Zone, ZoneMinutes } from "../schema/plan.ts";

/** Step durations snap to 5 seconds so that sums stay exact enough to print. */
export const snap = (min: number): number => Math.round(min * 12) / 12;

export const warmup = (min: number): SimpleStep => ({
  kind: "warmup",
  durationMin: snap(min),
  zone: "z2",
});
export const cooldown = (min: number): SimpleStep => ({
  kind: "cooldown",
  durationMin: snap(min),
  zone: "z2",
});
export const work = (min: number, zone: Zone, label?: string): SimpleStep =>
  label === undefined
    ? { kind: "work", durationMin: snap(min), zone }
    : { kind: "work", durationMin: snap(min), zone, label };
export const recover = (min: number, zone: Zone = "z1", label?: string): SimpleStep =>
  label === undefined
    ? { kind: "recover", durationMin: snap(min), zone }
    : { kind: "recover", durationMin: snap(min), zone, label };

export function repeat(times: number, ...steps: SimpleStep[]): Step {
  return { kind: "repeat", times, steps };
}

/**
 * Lengthen the last step so the session lasts a whole number of minutes — or shorten it,
 * when lengthening would pass `maxMin` (a day's cap). Durations are multiples of 5 s, so the
 * sum is counted in twelfths of a minute to stay exact.
 */
export function toWholeMinutes(steps: Step[], maxMin = Number.POSITIVE_INFINITY): Step[] {
  let twelfths = 0;
  for (const s of runSteps(steps)) twelfths += Math.round(s.durationMin * 12);
  const over = twelfths % 12;
  const last = steps.at(-1);
  if (over === 0 || !last || last.kind === "repeat") return steps;
  const roundsUp = Math.ceil(twelfths / 12) <= maxMin;
  const change = roundsUp ? (12 - over) / 12 : -over / 12;
  return [...steps.slice(0, -1), { ...last, durationMin: snap(last.durationMin + change) }];
}

/** Flatten repeats into the steps as run, in order. */
export function runSteps(steps: readonly Step[]): SimpleStep[] {
  const flat: SimpleStep[] = [];
  for (const s of steps) {
    if (s.kind === "repeat") for (let i = 0; i < s.times; i++) flat.push(...s.steps);
    else flat.push(s);
  }
  return flat;
}

// Plain loops over the steps, not a visitor: these two run for every session built.
export function zoneMinutesOf(steps: readonly Step[]): ZoneMinutes {
  const z: ZoneMinutes = { z1: 0, z2: 0, z3: 0, z4: 0, z5: 0 };
  for (const s of steps) {
    if (s.kind !== "repeat") z[s.zone ?? "z2"] += s.durationMin;
    else for (const inner of s.steps) z[inner.zone ?? "z2"] += inner.durationMin * s.times;
  }
  z.z1 = round2(z.z1);
  z.z2 = round2(z.z2);
  z.z3 = round2(z.z3);
  z.z4 = round2(z.z4);
  z.z5 = round2(z.z5);
  return z;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

export function totalMinutes(steps: readonly Step[]): number {
  let sum = 0;
  for (const s of steps) {
    if (s.kind !== "repeat") sum += s.durationMin;
    else for (const inner of s.steps) sum += inner.durationMin * s.times;
  }
  return sum;
}

export const qualityOf = (z: ZoneMinutes): number => z.z3 + z.z4 + z.z5;

/** "1 h 05" / "45 min" */
export function formatMinutes(min: number): string {
  const m = Math.round(min);
  if (m < 60) return `${m} min`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, "0")}`;
}
