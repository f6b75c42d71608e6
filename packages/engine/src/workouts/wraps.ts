import { policy } from "../constants.ts";
import type { Step } from "../schema/plan.ts";
import { qualityOfSession } from "./fit-quality.ts";
import { isReshapeable, runMinutes, type Session } from "./session.ts";
import { cooldown, totalMinutes, warmup, work } from "./steps.ts";

/**
 * A loading week whose easy minutes were too few for a run of their own keeps them in its
 * sessions' wraps, biggest session first (within the day's cap), so the week holds what
 * PR-1's cutback or PR-2's ramp set instead of falling further — as long as its quality
 * keeps `minQualityShare` of the running (IN-1). A wrap grows only as far as WORKOUTS.md
 * lets it (`wrapRoomOf`): what no session holds leaves the week short.
 */
export function lengthenWraps(
  sessions: Session[],
  byMin: number,
  capOf: (day: number) => number,
  minQualityShare: number,
): void {
  const running = sessions.filter((s) => s.running && s.type !== "race");
  const quality = running.reduce((sum, s) => sum + qualityOfSession(s), 0);
  let left = Math.floor(Math.min(byMin, quality / minQualityShare - runMinutes(running)));
  const hosts = running
    .filter((s) => isWrapped(s.steps) && isReshapeable(s))
    .sort((a, b) => totalMinutes(b.steps) - totalMinutes(a.steps));
  for (const host of hosts) {
    if (left < 1) return;
    const add = Math.floor(
      Math.min(left, capOf(host.day) - totalMinutes(host.steps), wrapRoomOf(host)),
    );
    if (add < 1) continue;
    sessions[sessions.indexOf(host)] = { ...host, steps: withLongerWrap(host.steps, add) };
    left -= add;
  }
}

const { longestWarmupMin, longestCooldownMin } = policy;
const easyPartLabel = "easy";

/**
 * How many minutes a session's wrap may still take: its warm-up and cool-down up to their
 * longest, and an easy part while the whole run stays within WORKOUTS.md's steady run
 * ("inside a 60–90 min run"), the longest a midweek session runs around its work.
 */
function wrapRoomOf(s: Session): number {
  const { warm, cool } = wrapOf(s.steps);
  const wraps = Math.max(0, longestWarmupMin - warm) + Math.max(0, longestCooldownMin - cool);
  const easyPart = Math.max(0, policy.sessionWithEasyPartMaxMin - totalMinutes(s.steps) - wraps);
  return wraps + easyPart;
}

/** The warm-up's and cool-down's minutes of a session from a warm-up to a cool-down. */
function wrapOf(steps: readonly Step[]): { warm: number; cool: number } {
  const minutes = (step: Step | undefined) =>
    step && "durationMin" in step ? step.durationMin : 0;
  return { warm: minutes(steps[0]), cool: minutes(steps.at(-1)) };
}

const isWrapped = (steps: readonly Step[]): boolean =>
  steps.length > 2 && steps[0]?.kind === "warmup" && steps.at(-1)?.kind === "cooldown";

/**
 * `add` more minutes around the work of a session from a warm-up to a cool-down: the
 * cool-down first, then the warm-up, each to its longest, then an easy part between the
 * warm-up and the work.
 */
export function withLongerWrap(steps: readonly Step[], add: number): Step[] {
  if (add <= 0 || !isWrapped(steps)) return [...steps];
  const { warm, cool } = wrapOf(steps);
  const toCool = Math.max(0, Math.min(add, longestCooldownMin - cool));
  const toWarm = Math.max(0, Math.min(add - toCool, longestWarmupMin - warm));
  const middle = steps.slice(1, -1);
  const head = middle[0];
  const easyBefore = head?.kind === "work" && head.label === easyPartLabel ? head.durationMin : 0;
  const easyMin = easyBefore + add - toCool - toWarm;
  return [
    warmup(warm + toWarm),
    ...(easyMin > 0 ? [easyPart(easyMin)] : []),
    ...(easyBefore > 0 ? middle.slice(1) : middle),
    cooldown(cool + toCool),
  ];
}

const easyPart = (min: number): Step => work(min, "z2", easyPartLabel);
