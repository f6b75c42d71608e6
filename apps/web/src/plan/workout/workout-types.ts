import type { Workout } from "@cairn/engine";

const names: Record<Workout["type"], string> = {
  rest: "Rest",
  easy: "Easy",
  recovery: "Recovery",
  long: "Long run",
  "medium-long": "Medium-long",
  steady: "Steady",
  tempo: "Tempo",
  threshold: "Threshold",
  intervals: "Intervals",
  hills: "Hills",
  fartlek: "Fartlek",
  progression: "Progression",
  "race-pace": "Race pace",
  strides: "Strides",
  race: "Race",
  strength: "Strength",
  mobility: "Mobility",
  cross: "Cross-training",
};

export const typeName = (type: Workout["type"]): string => names[type];
