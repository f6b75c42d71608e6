import { type DistanceCategory, policy } from "../constants.ts";
import type { PlanConstraints } from "../constraints.ts";
import type { Slot } from "../microcycle/layout.ts";
import { dayCapMin } from "../microcycle/availability.ts";
import { pick, type Random } from "../random.ts";
import type { Zone } from "../schema/plan.ts";
import type { Surface } from "../schema/scenario.ts";
import type { WeekTarget } from "../targets/week-target.ts";
import { hardFamilies, hillFamilies, moderateFamilies, needsHills } from "./choose-family.ts";
import { easySessions } from "./easy-runs.ts";
import { type Family, workPart } from "./families.ts";
import { longRunSession, mediumLongSession } from "./long-runs.ts";
import { nonRunningSessions } from "./non-running.ts";
import { maxLongFinish, planQuality } from "./quality-plan.ts";
import { raceSession } from "./race.ts";
import type { Session } from "./session.ts";
import { cooldown, qualityOf, totalMinutes, warmup, work, zoneMinutesOf } from "./steps.ts";

export interface WeekContext {
  category: DistanceCategory;
  surface: Surface;
  goalName: string;
  goalDistanceKm: number;
  raceTimeMin: number;
  paces: Record<Zone, number>;
  constraints: PlanConstraints;
  random: Random;
  /** SP-3: this week's carbohydrate target on the long run, when it has one. */
  fuelingGPerHour?: number;
}

/** workouts — give each slot of the week its structure, then fill the easy minutes. */
export function weekSessions(t: WeekTarget, slots: Slot[], ctx: WeekContext): Session[] {
  const { phase } = t.frame;
  const hardSlots = slots.filter((s) => s.role === "hard");
  const moderateSlots = slots.filter((s) => s.role === "moderate");
  const easySlots = slots.filter((s) => s.role === "easy");
  const quality = planQuality({
    qualityMin: t.qualityMin,
    phase,
    kind: t.frame.kind,
    category: ctx.category,
    longRunMin: t.longRunMin,
    hardSessions: hardSlots.length,
    moderateSessions: moderateSlots.length,
    easyRuns: easySlots.length,
  });
  const sessions: Session[] = [];
  const hillsNeeded = needsHills(phase, ctx.surface);
  let hillsPlaced = false;

  for (const slot of moderateSlots) {
    const families = moderateFamilies(phase, ctx.category, ctx.surface);
    const s = qualitySession(slot.day, pick(ctx.random, families), quality.moderateWorkMin, true, ctx);
    hillsPlaced ||= s.type === "hills";
    sessions.push(s);
  }
  const used = new Set<Family>();
  for (const slot of hardSlots) {
    let families = hardFamilies(phase, ctx.category, ctx.surface).filter((f) => !used.has(f));
    if (hillsNeeded && !hillsPlaced) families = hillFamilies(phase, ctx.surface).filter((f) => f === "long-hills");
    const family = pick<Family>(ctx.random, families.length > 0 ? families : ["threshold"]);
    used.add(family);
    const s = qualitySession(slot.day, family, quality.hardWorkMin, false, ctx);
    hillsPlaced ||= s.type === "hills";
    sessions.push(s);
  }
  const longSlot = slots.find((s) => s.role === "long");
  if (longSlot) {
    const built = sessions.reduce((sum, s) => sum + qualityOf(zoneMinutesOf(s.steps)), 0);
    const wanted = t.qualityMin - built - quality.stridesRuns * 2;
    const finish = Math.max(quality.longFinishMin, Math.min(maxLongFinish(phase, t.longRunMin), Math.max(0, wanted)));
    sessions.push(longRunSession(longSlot.day, t, finish, ctx));
  }
  const mlSlot = slots.find((s) => s.role === "medium-long");
  if (mlSlot) sessions.push(mediumLongSession(mlSlot.day, t, ctx));
  const raceSlot = slots.find((s) => s.role === "race");
  if (raceSlot) sessions.push(raceSession(raceSlot.day, ctx));
  const shake = slots.find((s) => s.role === "shakeout");
  if (shake) {
    sessions.push({
      day: shake.day,
      type: "easy",
      title: `Shake-out ${policy.shakeOutMin} min`,
      steps: [work(policy.shakeOutMin, "z2", "relaxed, legs loose")],
      intensity: "easy",
      key: false,
      notes: ["Day before the race: short and easy, then rest."],
      running: true,
      vertWeight: 0.2,
    });
  }
  const nonRunning = nonRunningSessions(t, slots, ctx);
  const keyRunMin = sessions.filter((s) => s.type !== "race").reduce((sum, s) => sum + totalMinutes(s.steps), 0);
  sessions.push(...easySessions(t, easySlots, t.runMin - keyRunMin, quality.stridesRuns, nonRunning, ctx));
  sessions.push(...nonRunning);
  return sessions.sort((a, b) => a.day - b.day || Number(b.running) - Number(a.running));
}

function qualitySession(day: number, family: Family, workMin: number, moderate: boolean, ctx: WeekContext): Session {
  const part = workPart(family, { workMin, random: ctx.random, paceZ4: ctx.paces.z4, paceZ5: ctx.paces.z5, moderate });
  const cap = dayCapMin(day, ctx.constraints);
  const workTotal = totalMinutes(part.steps);
  const warm = Math.min(policy.warmupMin, Math.max(5, (cap - workTotal) * 0.6));
  const cool = Math.max(5, Math.min(policy.cooldownMin, cap - workTotal - warm));
  const raw = warm + workTotal + cool;
  const steps = [warmup(warm), ...part.steps, cooldown(cool + (Math.ceil(raw) - raw))];
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
