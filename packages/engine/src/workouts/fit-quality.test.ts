import { describe, expect, it } from "vitest";
import type { PhaseKind } from "../schema/plan.ts";
import type { WeekTarget } from "../targets/week-target.ts";
import { capQuality } from "./fit-quality.ts";
import { easyRun, qualityShare } from "./sessions.test-util.ts";
import { work } from "./steps.ts";
import type { WeekContext } from "./week-sessions.ts";

const weekIn = (phase: PhaseKind, runMin: number) => ({ frame: { phase }, runMin }) as WeekTarget;
/** 6 × 1 min uphill, jogging down: an easy run's hill strides. */
const strides = { kind: "repeat" as const, times: 6, steps: [work(1, "z3"), work(2, "z1")] };

describe("capQuality (IN-1 ceiling)", () => {
  it("leaves an easy run's hill strides easy, even when they hold the week's quality", () => {
    // 6 of 24 minutes above easy: 25%, over IN-1's 20%, and no session of quality to cut.
    const hills = easyRun(3, 24, { type: "hills", steps: [work(6, "z2"), strides] });
    const sessions = [hills];
    expect(qualityShare(sessions)).toBeGreaterThan(0.2);
    // Rebuilt as a session, the run would be a moderate third session beside two anchors (IN-2).
    capQuality(sessions, 0, weekIn("specific", 24), {} as WeekContext, () => 0);
    expect(sessions).toEqual([hills]);
    expect(sessions[0]?.intensity).toBe("easy");
  });
});
