/** The race distances a runner picks from; anything else is typed. */
export const racePresets = [
  { id: "5k", label: "5K", km: 5 },
  { id: "10k", label: "10K", km: 10 },
  { id: "hm", label: "Half marathon", km: 21.0975 },
  { id: "m", label: "Marathon", km: 42.195 },
  { id: "50k", label: "50K", km: 50 },
  { id: "50mi", label: "50 mi", km: 80.4672 },
  { id: "100k", label: "100K", km: 100 },
  { id: "100mi", label: "100 mi", km: 160.9344 },
] as const;

/** The preset a distance in km is, if any (within 1%: 21.1 is the half). */
export function presetOf(km: number): (typeof racePresets)[number] | undefined {
  return racePresets.find((p) => Math.abs(p.km - km) / p.km < 0.01);
}
