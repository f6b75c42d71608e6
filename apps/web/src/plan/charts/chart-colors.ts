import type { VolumePart } from "../../view/volume-series.ts";

/** The zone colours of base.css, for Plot, which sets SVG fill attributes rather than CSS. */
export const partColors: Record<VolumePart, string> = {
  z1: "#9cc3e4",
  z2: "#3f7fbf",
  z3: "#e2b007",
  z4: "#e06a1b",
  z5: "#b3242d",
  other: "#a6aea9",
};

export const lineColors = {
  fitness: "#1d5fd1",
  fatigue: "#b4420f",
  form: "#0c6b63",
  ink: "#18201d",
  muted: "#4a5550",
} as const;
