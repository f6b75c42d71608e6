/**
 * An intermediate runner of about 2 hours a week racing four 5Ks: the cutbacks of the later
 * blocks are small weeks of a key session, a long run and easy runs. Easy minutes too few for two easy runs (and one
 * capped under the long run) stay in the week, as two short runs (a cutback's may be 15–20
 * minutes) or as a longer cool-down of the key session, so the cutback keeps PR-1's 20–35%
 * band instead of falling 35.2% under the week before.
 */
import { describe, expect, it } from "vitest";
import { generatePlan } from "../src/generate.ts";
import { validatePlan } from "../src/validate/validate.ts";

const fiveK = (id: string, date: string, surface: "road" | "trail") => ({
  id,
  date,
  distanceKm: 5,
  surface,
  elevationGainM: surface === "road" ? 15 : 150,
  priority: "A" as const,
});

const history = Array.from({ length: 6 }, (_, i) => ({
  start: new Date(Date.UTC(2026, 10, 23 + 7 * i)).toISOString().slice(0, 10),
  minutes: 120,
  runs: 4,
  longestRunMin: 40,
}));

describe("the cutbacks of a season of 5Ks", () => {
  const result = generatePlan(
    {
      startDate: "2027-01-04",
      seed: 9,
      athlete: { level: "intermediate", birthYear: 1985, history: { weeks: history } },
      constraints: { unavailable: [{ from: "2027-07-20", to: "2027-07-21" }], strength: false },
      goals: [
        fiveK("g1", "2027-04-02", "road"),
        fiveK("g2", "2027-05-08", "trail"),
        fiveK("g3", "2027-08-08", "road"),
        fiveK("g4", "2027-10-23", "trail"),
      ],
    },
    { today: "2026-12-01" },
  );

  it("keep PR-1's band, the short easy minutes kept in the week", () => {
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const plan = result.value;
    expect(validatePlan(plan).filter((f) => f.rule === "PR-1")).toEqual([]);
    const cutbacks = plan.weeks.filter((w) => w.kind === "cutback");
    expect(cutbacks.length).toBeGreaterThan(4);
    const kept = cutbacks.filter((w) => {
      const workouts = w.days.flatMap((d) => d.workouts);
      const atFloor = workouts.filter((x) => x.type === "easy" && x.durationMin <= 20);
      const longCooldown = workouts.some((x) => {
        const last = x.steps.at(-1);
        return last?.kind === "cooldown" && last.durationMin > 10;
      });
      return atFloor.length >= 2 || longCooldown;
    });
    expect(kept.length).toBeGreaterThan(0);
  });
});
