import { policy } from "../constants.ts";
import { dayCapMin } from "../microcycle/availability.ts";
import type { Slot } from "../microcycle/layout.ts";
import type { WeekTarget } from "../targets/week-target.ts";
import { isReshapeable, type Session } from "./session.ts";
import { recover, repeat, totalMinutes, work } from "./steps.ts";
import type { WeekContext } from "./week-sessions.ts";

const stridesBlockMin = 6; // 6 × (20 s fast + 40 s jog)
const stridesMinRunMin = 15;
/** A recovery run takes less of the week's climbing per minute than an easy run. */
const recoveryVertWeight = 0.4;
const easyVertWeight = 0.7;

/**
 * Easy minutes left after the key sessions, spread over the easy days: each between
 * 20 and 120 min, under the day's cap (weekday max, minus a strength session that day),
 * shorter than the long run, a short recovery run the day after a long run.
 */
export function easySessions(
  t: WeekTarget,
  slots: Slot[],
  poolMin: number,
  stridesRuns: number,
  nonRunning: Session[],
  ctx: WeekContext,
): Session[] {
  const [easyFloor] = policy.easyRunMin;
  // The taper and race week keep their days (TP-2) on short runs: 15 minutes is still a run.
  const keepsDays = t.frame.phase === "taper" || t.frame.phase === "race";
  const lo = keepsDays ? policy.shakeOutMin : easyFloor;
  // A cutback's last run may be as short, or a small week held at a 20-minute run beside its
  // session falls short of PR-1's 20%; its runs are counted as any week's.
  const floor = t.frame.kind === "cutback" ? policy.shakeOutMin : lo;
  // The day after the long run (a Sunday long run's Monday falls at the start of the week).
  const afterLong = new Set(
    [t.longRunDay, t.mediumLongDay].filter((d) => d !== undefined).map((d) => (d + 1) % 7),
  );
  const isRecoveryRun = (day: number) =>
    (afterLong.has(day) && t.longRunMin > 0) || ctx.recoveryRunDays.has(day);
  const capOf = (day: number) => {
    const strength = nonRunning
      .filter((s) => s.day === day)
      .reduce((sum, s) => sum + (s.fixedMin ?? 0), 0);
    const most = easyRunMostMin(t);
    const longCap = t.longRunMin > 0 ? t.longRunMin * policy.easyRunOfLongRunMax : most;
    const recovery = isRecoveryRun(day) ? policy.recoveryRunMaxMin : most;
    const dayCap = dayCapMin(day, ctx.constraints) - strength;
    const fresh = freshLegsBeforeBRace(t, day) ? policy.twoDaysOutEasyMaxMin : most;
    const cap = Math.min(most, longCap, recovery, dayCap, fresh, ctx.maxRunMin);
    return Math.floor(Math.max(lo, cap));
  };
  let chosen = [...slots];
  // Fewer, proper runs rather than many 10-minute jogs. A cutback's runs left may be unable to
  // hold the minutes (its long run shortened, the easy runs capped under it): then the one
  // that would go stays at its floor, whichever misses the cutback's minutes by less. TP-2 keeps the
  // taper's run frequency: its easy runs stay, short. Runs under WORKOUTS.md's 30 minutes
  // become fewer, longer ones too, where the runs left hold all the minutes.
  while (!keepsDays && chosen.length > 1 && poolMin / chosen.length < policy.easyRunProperMin) {
    const fewer = dropOne(chosen, afterLong);
    const lost = poolMin - fewer.reduce((sum, s) => sum + capOf(s.day), 0);
    if (poolMin / chosen.length >= lo && lost > 0) break;
    if (t.frame.kind === "cutback" && lost > lo * chosen.length - poolMin) break;
    chosen = fewer;
  }
  if (poolMin < lo / 2 && t.frame.phase !== "taper" && t.frame.phase !== "race") chosen = [];
  const minutes = waterFill(
    poolMin,
    chosen.map((s) => capOf(s.day)),
    floor,
  );
  const rank = (day: number) => stridesRank(ctx.veryEasyDays.has(day), isRecoveryRun(day));
  const withStrides = new Set(
    chosen
      .map((s, i) => ({ s, m: minutes[i] ?? 0 }))
      .filter(({ s, m }) => m >= stridesMinRunMin && !afterLong.has(s.day))
      .sort((a, b) => rank(a.s.day) - rank(b.s.day))
      .slice(0, stridesRuns)
      .map(({ s }) => s.day),
  );
  return chosen.map((slot, i) => {
    const m = minutes[i] ?? floor;
    const recovery = isRecoveryRun(slot.day);
    const strides = withStrides.has(slot.day);
    const steps = strides ? stridesSteps(m) : [work(m, recovery ? "z1" : "z2")];
    return {
      day: slot.day,
      type: recovery ? "recovery" : "easy",
      title: `${recovery ? "Recovery run" : "Easy run"} ${m} min${strides ? " + 6 strides" : ""}`,
      steps,
      intensity: "easy",
      key: false,
      notes: [],
      running: true,
      vertWeight: recovery ? recoveryVertWeight : easyVertWeight,
    } satisfies Session;
  });
}

/**
 * MG-1: a B race's mini-taper ends on fresh legs, as a peak's race week does: the two days
 * before the race hold no easy run over an hour (a 3-day runner ran 108 minutes two days
 * before a B 100K).
 */
function freshLegsBeforeBRace(t: Pick<WeekTarget, "frame">, day: number): boolean {
  const { phase, focus, raceDay } = t.frame;
  if (phase !== "race" || focus.mode !== "b-race" || raceDay === undefined) return false;
  return inFreshLegsDays(raceDay, day);
}

/** A day among the last `freshLegsDays` before the race on `raceDay`. */
export const inFreshLegsDays = (raceDay: number, day: number): boolean =>
  raceDay - day >= 1 && raceDay - day <= policy.freshLegsDays;

/** The longest easy run a week of this phase holds (a B race's mini-taper: its own cap). */
function easyRunMostMin(t: WeekTarget): number {
  const phase = t.frame.phase;
  if (phase === "race")
    return Math.min(policy.raceWeekEasyMaxMin[1], t.easyRunMaxMin ?? Number.POSITIVE_INFINITY);
  if (phase === "recovery") return policy.recoveryWeekEasyMaxMin;
  return policy.easyRunMin[1];
}

function dropOne(slots: Slot[], afterLong: Set<number>): Slot[] {
  const i = slots.findIndex((s) => afterLong.has(s.day));
  return slots.filter((_, j) => j !== (i >= 0 ? i : slots.length - 1));
}

/** Share `total` over bins with caps: equal shares, the overflow of capped bins to the others; 5-min steps. */
function waterFill(total: number, caps: number[], floor: number): number[] {
  const out = caps.map(() => 0);
  let left = Math.max(total, floor * caps.length);
  let open = caps.map((_, i) => i);
  while (open.length > 0 && left > 0.5) {
    const share = left / open.length;
    const next: number[] = [];
    for (const i of open) {
      const give = Math.min(share, (caps[i] ?? 0) - (out[i] ?? 0));
      out[i] = (out[i] ?? 0) + give;
      left -= give;
      if ((out[i] ?? 0) < (caps[i] ?? 0) - 0.5) next.push(i);
    }
    if (next.length === open.length) break;
    open = next;
  }
  const rounded = out.map((m, i) => Math.max(floor, Math.min(caps[i] ?? m, Math.round(m / 5) * 5)));
  // The rounding's remainder goes to the run with the most room, so the week keeps its total.
  const remainder = Math.round(
    Math.max(total, floor * caps.length) - rounded.reduce((a, b) => a + b, 0),
  );
  const roomiest = rounded.reduce(
    (best, m, i) => ((caps[i] ?? 0) - m > (caps[best] ?? 0) - (rounded[best] ?? 0) ? i : best),
    0,
  );
  if (rounded.length > 0) {
    rounded[roomiest] = Math.max(
      floor,
      Math.min(caps[roomiest] ?? 0, (rounded[roomiest] ?? 0) + remainder),
    );
  }
  return rounded;
}

/**
 * The order runs take strides in: easy runs first; recovery runs, and RC-1's first days after
 * a race, only when the week has no other run for them.
 */
export const stridesRank = (veryEasyDay: boolean, recoveryRun: boolean): number =>
  (veryEasyDay ? 2 : 0) + (recoveryRun ? 1 : 0);

/** An easy run finishing with 6 × 20 s strides: not quality work, a little speed (IN-1). */
export function stridesSteps(minutes: number) {
  return [
    work(minutes - stridesBlockMin, "z2"),
    repeat(6, work(1 / 3, "z5", "stride: fast, relaxed"), recover(2 / 3)),
  ];
}

/** The same easy run with strides added, when a week is short of its quality floor. */
export function addStrides(s: Session): Session {
  const minutes = Math.round(totalMinutes(s.steps));
  return { ...s, title: `${s.title} + 6 strides`, steps: stridesSteps(minutes) };
}

const hasStrides = (s: Session): boolean => s.steps.some((step) => step.kind === "repeat");

/** The shortest an easy run may shrink to: long enough to keep its strides, if it has them. */
export const shortestEasyMin = (s: Session): number =>
  hasStrides(s) ? stridesMinRunMin : policy.shakeOutMin;

/** The session as an easy run of `minutes`, keeping its strides while it is long enough for them. */
export function easyRunOf(s: Session, minutes: number): Session {
  const strides = hasStrides(s) && minutes >= stridesMinRunMin;
  return {
    ...s,
    type: "easy",
    title: `Easy run ${minutes} min${strides ? " + 6 strides" : ""}`,
    steps: strides ? stridesSteps(minutes) : [work(minutes, "z2")],
    intensity: "easy",
    key: false,
    notes: [],
  };
}

/** An easy run that can take strides: plain easy (not recovery), long enough, none yet. */
export const canTakeStrides = (s: Session): boolean =>
  (s.type === "easy" || s.type === "recovery" || s.type === "medium-long") &&
  s.steps.length === 1 &&
  totalMinutes(s.steps) >= stridesMinRunMin;

/**
 * RC-1's first days after a race hold only rest and easy running: any other session that
 * landed there (a pickups fallback, a top-up) runs easy instead, as a recovery run when it is
 * short enough to be one; its minutes stay in the week.
 */
export function easeVeryEasyDays(sessions: Session[], days: ReadonlySet<number>): void {
  for (const [i, s] of sessions.entries()) {
    const eased =
      s.running &&
      s.type !== "race" &&
      s.intensity !== "easy" &&
      days.has(s.day) &&
      isReshapeable(s);
    if (!eased) continue;
    const minutes = Math.round(totalMinutes(s.steps));
    const recovery = minutes <= policy.recoveryRunMaxMin;
    sessions[i] = {
      ...easyRunOf(s, minutes),
      type: recovery ? "recovery" : "easy",
      title: `${recovery ? "Recovery run" : "Easy run"} ${minutes} min`,
      steps: [work(minutes, recovery ? "z1" : "z2")],
      vertWeight: recovery ? recoveryVertWeight : s.vertWeight,
    };
  }
}
