import { policy, rules } from "../constants.ts";
import type { WeekTarget } from "../targets/week-target.ts";
import { qualityBand } from "./quality-plan.ts";
import { isReshapeable, type Session } from "./session.ts";
import { qualityOf, totalMinutes, work, zoneMinutesOf } from "./steps.ts";

const isAnchor = (s: Session) => s.type === "race" || (s.running && s.intensity === "hard");
const isModerate = (s: Session) =>
  s.running && s.intensity === "moderate" && s.type !== "long" && s.type !== "medium-long";

/**
 * IN-1's floor when the week holds no key session to carry it (RC-1 after a race, a taper
 * week down to one or two runs): the longest easy run finishes steady. That is a moderate
 * session, so only while IN-2 has room for one more.
 */
export function topUpWithSteadyFinish(
  sessions: Session[],
  t: WeekTarget,
  veryEasyDays: ReadonlySet<number> = new Set(),
  raceNextMonday = false,
): void {
  const [lo, hi] = qualityBand(t.frame.phase);
  const running = sessions.filter((s) => s.running && s.type !== "race");
  const runMin = running.reduce((sum, s) => sum + totalMinutes(s.steps), 0);
  const quality = running.reduce((sum, s) => sum + qualityOf(zoneMinutesOf(s.steps)), 0);
  if (quality >= lo * runMin) return;
  const long = running.find((s) => s.type === "long");
  const longAnchor =
    (long !== undefined && totalMinutes(long.steps) >= rules.anchorLongRunMin) ||
    running.some((s) => s.type === "medium-long");
  const stress = sessions.filter(isAnchor).length + (longAnchor ? 1 : 0);
  if (stress + sessions.filter(isModerate).length >= rules.maxStressAnchors) return;
  // Not on a race's eve (TP-3): this week's, or next Monday's.
  const eves = new Set(sessions.filter((s) => s.type === "race").map((s) => s.day - 1));
  if (raceNextMonday) eves.add(6);
  const open = (s: Session) => !eves.has(s.day) && !veryEasyDays.has(s.day) && isReshapeable(s);
  // An easy run, or else an easy run with hill strides (a week away may leave only that).
  const easy = running.filter((s) => s.type === "easy" && open(s));
  const candidates =
    easy.length > 0
      ? easy
      : running.filter((s) => s.type === "hills" && s.intensity === "easy" && open(s));
  if (candidates.length === 0) return;
  // Away from the hard days when the week has an easy run there (easy days around them, IN-3).
  const besideHard = (s: Session) =>
    sessions.some((a) => isAnchor(a) && a.type !== "race" && Math.abs(a.day - s.day) === 1);
  const calm = candidates.filter((s) => !besideHard(s));
  const longest = (calm.length > 0 ? calm : candidates).reduce((a, b) =>
    totalMinutes(b.steps) > totalMinutes(a.steps) ? b : a,
  );
  const at = sessions.indexOf(longest);
  const minutes = Math.round(totalMinutes(longest.steps));
  if (longest.type === "hills") {
    // The uphill strides stay; the steady part closes the run before them.
    const [lead, ...rest] = longest.steps;
    if (lead?.kind !== "work" || lead.zone !== "z2") return;
    const steady = steadyMin(lo * runMin - quality, lead.durationMin, hi * runMin - quality);
    if (steady === undefined) return;
    sessions[at] = {
      ...longest,
      title: `${longest.title}, ${steady} min of it steady`,
      steps: [work(lead.durationMin - steady, "z2"), work(steady, "z3", steadyLabel), ...rest],
      intensity: "moderate",
    };
    return;
  }
  // The run's strides give way to the finish: their minutes are counted back in.
  const own = qualityOf(zoneMinutesOf(longest.steps));
  const steady = steadyMin(lo * runMin - quality + own, minutes, hi * runMin - quality + own);
  if (steady === undefined) return;
  sessions[at] = {
    ...longest,
    type: "progression",
    title: `Easy run ${minutes} min, the last ${steady} min steady`,
    steps: [work(minutes - steady, "z2"), work(steady, "z3", steadyLabel)],
    intensity: "moderate",
  };
}

const steadyLabel = "steady: comfortably hard";

/**
 * The steady minutes a run of `runMin` gives: what the week lacks, as much of it as the
 * run's share allows, never below the shortest steady part worth running nor past IN-1's
 * ceiling (`room`); undefined when no such length exists.
 */
function steadyMin(lacking: number, runMin: number, room: number): number | undefined {
  const most = Math.min(Math.floor(runMin * policy.steadyFinishMaxShare), Math.floor(room));
  // A short week's ceiling may not hold the shortest steady part: then what it lacks will do.
  const least = most >= policy.steadyFinishMinMin ? policy.steadyFinishMinMin : Math.ceil(lacking);
  const steady = Math.max(least, Math.min(Math.ceil(lacking), most));
  return steady <= most ? steady : undefined;
}
