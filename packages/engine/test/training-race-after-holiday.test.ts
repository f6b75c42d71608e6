/**
 * A beginner of 91 minutes a week, away from a Tuesday to the next Monday, with a 10K
 * training race the Saturday after. The race's week trains like a cutback (MG-1), and it cut
 * from the week away (29 minutes, the Monday's run) rather than from the last full week, and
 * its one run day besides the race held a 22-minute hill session: easy running 73% of the
 * week's training, under IN-1's 75%. A lighter week after days away now cuts from the last
 * full week, and a week's races take run days of their own.
 */
import { describe, expect, it } from "vitest";
import { raceGoal } from "./race-goal.ts";
import { steadyHistory } from "./realistic-season-arbitrary.ts";
import { planOf } from "./scenario-arbitrary.ts";
import { errorsOf } from "./season-errors.ts";
import { trainingRunMin } from "./week-minutes.ts";

const plan = planOf({
  startDate: "2027-01-04",
  seed: 999994,
  athlete: { level: "beginner", birthYear: 1985, history: { weeks: steadyHistory(91) } },
  constraints: {
    maxRunDaysPerWeek: 5,
    unavailable: [{ from: "2027-03-23", to: "2027-03-29" }],
    strength: false,
  },
  goals: [
    raceGoal("g1", "2027-04-03", "C"),
    raceGoal("g2", "2027-07-05", "A"),
    raceGoal("g3", "2027-10-24", "A"),
  ],
});

describe("a training race the week after a holiday", () => {
  const at = plan.weeks.findIndex((w) => w.days.some((d) => d.date === "2027-04-03"));
  const [away, raceWeek] = [plan.weeks[at - 1], plan.weeks[at]];
  const lastFull = plan.weeks[at - 2];

  it("trains like a cutback of the last full week, not of the week away, on runs of its own", () => {
    expect(away && raceWeek && lastFull).toBeTruthy();
    if (!away || !raceWeek || !lastFull) return;
    expect(trainingRunMin(raceWeek)).toBeGreaterThan(trainingRunMin(away));
    expect(trainingRunMin(raceWeek)).toBeGreaterThanOrEqual(0.6 * trainingRunMin(lastFull));
    const runs = raceWeek.days
      .flatMap((d) => d.workouts)
      .filter((w) => !["race", "rest", "strength", "mobility", "cross"].includes(w.type));
    expect(runs.length).toBeGreaterThanOrEqual(2);
  });

  it("leaves a plan with no error", () => {
    expect(errorsOf(plan)).toEqual([]);
  });
});
