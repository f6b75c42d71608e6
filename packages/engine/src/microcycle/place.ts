import type { WeekTarget } from "../targets/week-target.ts";
import type { CarryOver, WeekLayout } from "./layout.ts";
import { placeNonRunning } from "./non-running.ts";
import { placeLockedDays, placeRaceOrLongRun, placeTrainingRaces } from "./place-anchors.ts";
import { placeEasyRuns } from "./place-easy.ts";
import { placeKeySessions } from "./place-key-sessions.ts";
import { carryOf, hardBarredDays, type PlaceContext, startPlacement } from "./placement.ts";

/**
 * microcycle — place one week's sessions: key sessions first (race, long run and its
 * back-to-back, hard sessions, a moderate third), then easy runs, then strength and mobility,
 * under IN-2..IN-5, LR-5, RC-1 and the athlete's days.
 */
export function placeWeek(
  t: WeekTarget,
  ctx: PlaceContext,
): { layout: WeekLayout; carry: CarryOver } {
  const p = startPlacement(t, ctx);
  placeLockedDays(p);
  placeTrainingRaces(p);
  const closeKeys = placeKeySessions(p, placeRaceOrLongRun(p));
  placeEasyRuns(p);
  placeNonRunning(p);
  return {
    layout: {
      slots: p.week.slots.sort((a, b) => a.day - b.day),
      ...(closeKeys ? { closeKeys } : {}),
      hardBarredDays: hardBarredDays(p),
    },
    carry: carryOf(p),
  };
}
