import { policy } from "../constants.ts";
import type { Step } from "../schema/plan.ts";
import type { WeekTarget } from "../targets/week-target.ts";
import { easyRunOf, shortestEasyMin } from "./easy-runs.ts";
import { qualityOfSession } from "./fit-quality.ts";
import { qualityBand } from "./quality-plan.ts";
import { isReshapeable, runMinutes, type Session } from "./session.ts";
import { qualityOf, totalMinutes, toWholeMinutes, zoneMinutesOf } from "./steps.ts";

/** The work of one repeat of `step` above easy (z3–z5), and the repeat's whole length. */
function repShape(step: Step): { workMin: number; repMin: number } | undefined {
  if (step.kind !== "repeat") return undefined;
  const workMin = qualityOf(zoneMinutesOf(step.steps));
  return workMin > 0 ? { workMin, repMin: totalMinutes(step.steps) } : undefined;
}

/** A session's first repeats with work above easy, when its title names their count. */
interface RepeatBlock {
  at: number;
  times: number;
  workMin: number;
  repMin: number;
}

function repeatBlockOf(key: Session): RepeatBlock | undefined {
  const at = key.steps.findIndex((step) => repShape(step) !== undefined);
  const step = key.steps[at];
  const shape = step && repShape(step);
  if (!shape || step.kind !== "repeat" || !key.title.includes(`${step.times} × `)) return undefined;
  return { at, times: step.times, ...shape };
}

/** The session `added` repeats longer, in whole minutes again (a repeat may last 4.5 min): the cool-down takes the rest. */
function withMoreRepeats(key: Session, block: RepeatBlock, added: number, capMin: number): Session {
  const steps = toWholeMinutes(
    key.steps.map((s, i) =>
      i === block.at && s.kind === "repeat" ? { ...s, times: block.times + added } : s,
    ),
    capMin,
  );
  const title = key.title.replace(`${block.times} × `, `${block.times + added} × `);
  return { ...key, steps, title };
}

/**
 * IN-1's floor, when strides on every easy run and the long run's finish still leave a week
 * under 10% quality and IN-2 has no room for a steady finish (a week after a training race):
 * the key session runs a few more repeats ("3 × 10 min" → "4 × 10 min"), within its day's cap,
 * and the longest easy run gives the minutes back so the week keeps its volume.
 */
export function addKeyRepeats(
  sessions: Session[],
  t: WeekTarget,
  capOf: (day: number) => number,
  veryEasyDays: ReadonlySet<number>,
): void {
  const [lo] = qualityBand(t.frame.phase);
  const running = sessions.filter((s) => s.running && s.type !== "race");
  const lacking =
    lo * runMinutes(running) - running.reduce((sum, s) => sum + qualityOfSession(s), 0);
  if (lacking <= 0) return;
  const easy = running
    .filter((s) => s.type === "easy" && isReshapeable(s))
    .reduce<Session | undefined>(
      (a, b) => (a && totalMinutes(a.steps) >= totalMinutes(b.steps) ? a : b),
      undefined,
    );
  if (!easy) return;
  // The hard sessions first, then a moderate one: the first whose day has room for a repeat.
  const candidates = running
    .filter(
      (s) =>
        s.intensity !== "easy" &&
        s.day !== easy.day &&
        !veryEasyDays.has(s.day) &&
        isReshapeable(s),
    )
    .sort((a, b) => Number(b.intensity === "hard") - Number(a.intensity === "hard"));
  for (const key of candidates) {
    const block = repeatBlockOf(key);
    if (!block) continue;
    const room = Math.min(
      capOf(key.day) - totalMinutes(key.steps),
      totalMinutes(easy.steps) - shortestEasyMin(easy),
    );
    const reps = Math.min(policy.keyRepeatsAddedMax, Math.ceil(lacking / block.workMin));
    const added = Math.min(reps, Math.floor(room / block.repMin));
    if (added <= 0) continue;
    sessions[sessions.indexOf(key)] = withMoreRepeats(key, block, added, capOf(key.day));
    const shorter = Math.round(totalMinutes(easy.steps) - added * block.repMin);
    sessions[sessions.indexOf(easy)] = easyRunOf(easy, shorter);
    return;
  }
}

/**
 * A week short of its target whose cool-down IN-1's floor holds back (a week of one session):
 * its session runs a few more repeats, whose quality lets the cool-down carry the rest.
 */
export function addRepeatsForMinutes(
  sessions: Session[],
  shortMin: number,
  minQualityShare: number,
  capOf: (day: number) => number,
): void {
  const running = sessions.filter((s) => s.running && s.type !== "race");
  for (const key of running.filter((s) => s.intensity !== "easy" && isReshapeable(s))) {
    const block = repeatBlockOf(key);
    if (!block) continue;
    // A repeat adds its own minutes and the cool-down its quality allows.
    const perRep = block.repMin + block.workMin / minQualityShare;
    const wanted = Math.min(policy.keyRepeatsAddedMax, Math.ceil(shortMin / perRep));
    const room = capOf(key.day) - totalMinutes(key.steps);
    const added = Math.min(wanted, Math.floor(room / block.repMin));
    if (added <= 0) continue;
    sessions[sessions.indexOf(key)] = withMoreRepeats(key, block, added, capOf(key.day));
    return;
  }
}
