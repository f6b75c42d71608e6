import { policy } from "../constants.ts";
import type { Slot } from "../microcycle/layout.ts";
import type { Session } from "./session.ts";
import { work } from "./steps.ts";

/** The race week's recovery runs after a short race: its minutes shared, each 20–40 min, on the flat. */
export function afterRaceRuns(
  slots: readonly Slot[],
  totalMin: number,
  capOf: (day: number) => number,
): Session[] {
  if (slots.length === 0) return [];
  const [lo, hi] = policy.afterRaceRunMin;
  const each = Math.round(totalMin / slots.length / 5) * 5;
  return slots.map((slot) => {
    const minutes = Math.max(lo, Math.min(hi, capOf(slot.day), each));
    return {
      day: slot.day,
      type: "recovery",
      title: `Recovery run ${minutes} min`,
      steps: [work(minutes, "z1")],
      intensity: "easy",
      key: false,
      notes: ["After the race: relaxed and conversational; the legs come back over a few days."],
      running: true,
      // Flat, the legs just raced: a week that climbs nothing is no level for SP-1's rise,
      // so the next week climbs on from the taper's.
      vertWeight: 0,
    } satisfies Session;
  });
}
