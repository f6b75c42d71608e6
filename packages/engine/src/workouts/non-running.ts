import type { Slot } from "../microcycle/layout.ts";
import type { WeekTarget } from "../targets/week-target.ts";
import type { Session } from "./session.ts";
import type { WeekContext } from "./week-sessions.ts";

const strengthRoutine = "Squats, lunges, step-ups, calf raises, single-leg deadlifts, core.";
const downhillStrength = "Add slow eccentric step-downs and split squats for the descents.";
const mobilityRoutine = "Hips, ankles and hamstrings: easy mobility work.";

/** Strength and mobility sessions on the days the microcycle chose (SP-2). */
export function nonRunningSessions(t: WeekTarget, slots: Slot[], ctx: WeekContext): Session[] {
  const sessions: Session[] = [];
  for (const slot of slots) {
    if (slot.role === "strength") {
      const light = t.frame.phase === "taper";
      sessions.push({
        day: slot.day,
        type: "strength",
        title: `Strength ${t.nonRun.strengthMin} min${light ? " (light)" : ""}`,
        steps: [],
        intensity: "moderate",
        key: false,
        notes: ctx.surface === "road" ? [strengthRoutine] : [strengthRoutine, downhillStrength],
        running: false,
        vertWeight: 0,
        fixedMin: t.nonRun.strengthMin,
      });
    } else if (slot.role === "mobility") {
      sessions.push({
        day: slot.day,
        type: "mobility",
        title: `Mobility ${t.nonRun.mobilityMin} min`,
        steps: [],
        intensity: "easy",
        key: false,
        notes: [mobilityRoutine],
        running: false,
        vertWeight: 0,
        fixedMin: t.nonRun.mobilityMin,
      });
    }
  }
  return sessions;
}
