import { policy } from "../constants.ts";
import { dayCapMin } from "../microcycle/availability.ts";
import { type Family, pickupsWithin, workPart, workPartWithin } from "./families.ts";
import type { Session } from "./session.ts";
import {
  cooldown,
  recover,
  repeat,
  totalMinutes,
  toWholeMinutes,
  warmup,
  work,
  zoneMinutesOf,
} from "./steps.ts";
import type { WeekContext } from "./week-sessions.ts";

/** A quality session holds at most this share of the week's running, and never less than this. */
const maxShareOfWeek = 0.35;
const smallestSessionMin = 30;

const [shortestWarmupMin, fullWarmupMin] = policy.warmupMin;
const [shortestCooldownMin, fullCooldownMin] = policy.cooldownMin;
/** The shortest warm-up and cool-down together. */
const shortestWrapMin = shortestWarmupMin + shortestCooldownMin;

/** A quality session: warm-up, the family's work part, cool-down, inside the day's cap. */
export function qualitySession(
  day: number,
  family: Family,
  workMin: number,
  moderate: boolean,
  weekRunMin: number,
  reservedMin: number,
  ctx: WeekContext,
  /** Forces short pickups of this many minutes instead of the family's own session. */
  pickupsMin?: number,
): Session {
  // A small week's quality session stays a part of it, not half of it.
  const shareOfWeek = Math.max(smallestSessionMin, weekRunMin * maxShareOfWeek);
  // The long run stays the week's longest run: a key session outgrowing it would be the
  // week's real long run. A margin, as fitting the week may still trim the long run a little.
  const underLong =
    ctx.longRunMin > 0
      ? Math.max(smallestSessionMin, Math.floor(ctx.longRunMin * policy.keySessionOfLongRunMax))
      : Number.POSITIVE_INFINITY;
  const cap = Math.min(
    dayCapMin(day, ctx.constraints) - reservedMin,
    ctx.maxRunMin,
    shareOfWeek,
    underLong,
  );
  const input = {
    workMin,
    random: ctx.random,
    paceZ4: ctx.paces.z4,
    paceZ5: ctx.paces.z5,
    moderate,
  };
  const own = workPart(family, input);
  const uphill = own.type === "hills";
  let part = own;
  // A family's smallest session can still be too much quality for a small week (IN-1).
  if (part.qualityMin > workMin * 1.5 + 2) part = pickupsWithin(Math.max(6, workMin * 2), uphill);
  if (pickupsMin !== undefined) part = pickupsWithin(pickupsMin, uphill);
  // Last, the day's cap (CON-3, LR-1) wins over everything: the family's own session shrinks
  // to a smaller one of its kind, else to pickups.
  const room = cap - shortestWrapMin;
  if (totalMinutes(part.steps) > room) {
    const smaller = part === own ? workPartWithin(family, input, room) : undefined;
    part = smaller ?? pickupsWithin(room, uphill);
  }
  const workTotal = totalMinutes(part.steps);
  // Small weeks get shorter warm-ups: the session must not swallow the week.
  const { wrapOfWeekRun, warmupShareOfRoom } = policy;
  const warmFull = Math.min(
    fullWarmupMin,
    Math.max(shortestWarmupMin, weekRunMin * wrapOfWeekRun.warmup),
  );
  const coolFull = Math.min(
    fullCooldownMin,
    Math.max(shortestCooldownMin, weekRunMin * wrapOfWeekRun.cooldown),
  );
  // Hard work comes after 10 minutes of warm-up and before 5 of cool-down (WORKOUTS.md);
  // what the day's cap leaves beyond them goes 60:40 to the two, up to their full lengths.
  const extra = Math.max(0, cap - workTotal - shortestWarmupMin - shortestCooldownMin);
  const warm = Math.min(warmFull, shortestWarmupMin + extra * warmupShareOfRoom);
  const cool = Math.min(coolFull, shortestCooldownMin + extra - (warm - shortestWarmupMin));
  const steps = toWholeMinutes([warmup(warm), ...part.steps, cooldown(cool)], cap);
  const hilly = part.type === "hills";
  const z = zoneMinutesOf(steps);
  const hard = !moderate && z.z4 + z.z5 > 0;
  return {
    day,
    type: part.type,
    title: part.title,
    steps,
    intensity: hard ? "hard" : "moderate",
    key: hard,
    notes: hard && !hilly ? ["Warm up with 4–6 strides before the first rep."] : [],
    running: true,
    vertWeight: hilly ? 2 : 0.5,
  };
}

/** SP-2 when the week has no quality slot: an easy run turned into relaxed uphill repeats. */
export function hillStridesSession(day: number, minutes: number): Session {
  // Six uphill strides, fewer in a short run: the run keeps the length it was given (the
  // week's target, LR-1's cap on its longest run).
  const reps = Math.max(2, Math.min(6, Math.floor((minutes - 10) / 3)));
  const easy = Math.max(4, minutes - reps * 3);
  return {
    day,
    type: "hills",
    title: `Easy run ${easy + reps * 3} min with ${reps} × 1 min uphill`,
    steps: toWholeMinutes([
      work(easy, "z2"),
      repeat(reps, work(1, "z3", "uphill, steady effort"), recover(2, "z1", "walk or jog down")),
    ]),
    // Short uphill strides inside an easy run, like strides on the flat: not a session of
    // their own, so never IN-2's third one.
    intensity: "easy",
    key: false,
    notes: ["Climbing strength for the race's hills, kept aerobic."],
    running: true,
    vertWeight: 2,
  };
}
