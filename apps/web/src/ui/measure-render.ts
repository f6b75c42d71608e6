import type { ProfilerOnRenderCallback } from "react";

/**
 * For <Profiler>: each render of a measured part becomes a User Timing entry ("render:timeline:
 * mount"). React calls it only in its profiling build, which the bench builds; in the app's
 * own build the Profiler is a pass-through and this never runs.
 */
export const measureRender: ProfilerOnRenderCallback = (
  id,
  phase,
  actualDuration,
  _base,
  startTime,
) => {
  performance.measure(`render:${id}:${phase}`, { start: startTime, duration: actualDuration });
};
