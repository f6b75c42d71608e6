import { describe, expect, it } from "vitest";
import { goalNeeds } from "./goal-needs.ts";
import { type Quality, workoutQualities } from "./qualities.ts";
import { workoutOf } from "./workout.test-util.ts";

const top = (v: Record<Quality, number>): Quality =>
  (Object.keys(v) as Quality[]).reduce((a, b) => (v[b] > v[a] ? b : a));

const none = { z1: 0, z2: 0, z3: 0, z4: 0, z5: 0 };

describe("workoutQualities", () => {
  it("reads a tempo as threshold and intervals as VO2, despite their easy warm-ups", () => {
    const tempo = workoutOf({ type: "tempo", zoneMinutes: { ...none, z2: 30, z4: 30 } });
    const intervals = workoutOf({ type: "intervals", zoneMinutes: { ...none, z2: 35, z5: 20 } });
    expect(top(workoutQualities(tempo))).toBe("threshold");
    expect(top(workoutQualities(intervals))).toBe("vo2");
  });

  it("reads hills as climbing strength and VO2", () => {
    const hills = workoutOf({
      type: "hills",
      vertM: 400,
      zoneMinutes: { ...none, z2: 40, z5: 15 },
    });
    const q = workoutQualities(hills);
    expect(top(q)).toBe("vert");
    expect(q.vo2).toBeGreaterThan(q.endurance);
  });

  it("builds durability faster per minute once a long run reaches 150 min", () => {
    const perMin = (min: number) =>
      workoutQualities(
        workoutOf({ type: "long", durationMin: min, zoneMinutes: { ...none, z2: min } }),
      ).durability / min;
    expect(perMin(150)).toBeGreaterThan(perMin(120));
  });

  it("counts fueling only when a note says Fueling", () => {
    const long = workoutOf({ type: "long", durationMin: 120, zoneMinutes: { ...none, z2: 120 } });
    expect(workoutQualities(long).fueling).toBe(0);
    const fueled = { ...long, notes: ["Fueling practice: 60 g carbohydrate per hour"] };
    expect(workoutQualities(fueled).fueling).toBeGreaterThan(0);
  });

  it("reads steady running as endurance and race pace", () => {
    const q = workoutQualities(
      workoutOf({ type: "steady", zoneMinutes: { ...none, z2: 20, z3: 40 } }),
    );
    expect(q.racePace).toBeGreaterThan(0);
    expect(q.endurance).toBeGreaterThan(q.racePace);
    expect(q.threshold + q.vo2).toBe(0);
  });

  it("gives non-running sessions their own qualities and rest none", () => {
    const strength = workoutQualities(
      workoutOf({ type: "strength", durationMin: 30, zoneMinutes: none }),
    );
    expect(strength.vert).toBeGreaterThan(0);
    expect(strength.durability).toBeGreaterThan(0);
    const rest = workoutQualities(workoutOf({ type: "rest", durationMin: 0, zoneMinutes: none }));
    expect(Object.values(rest).every((x) => x === 0)).toBe(true);
  });

  it("counts an easy run with no zone minutes recorded as endurance", () => {
    const q = workoutQualities(workoutOf({ zoneMinutes: none }));
    expect(top(q)).toBe("endurance");
  });
});

describe("goalNeeds", () => {
  const road = (distanceKm: number) =>
    goalNeeds({ distanceKm, surface: "road", elevationGainM: 0 });

  it("asks short races for VO2, the half for threshold, the marathon for endurance and pace", () => {
    expect(top(road(10))).toBe("vo2");
    expect(top(road(21.1))).toBe("threshold");
    const m = road(42.2);
    expect(top(m)).toBe("endurance");
    expect(m.racePace).toBeGreaterThan(m.vo2);
    expect(m.fueling).toBeGreaterThan(0);
  });

  it("asks longer ultras for more durability and fueling", () => {
    const [k50, k100, mi100] = [50, 100, 161].map(road);
    expect(k100?.durability).toBeGreaterThan(k50?.durability ?? 1);
    expect(mi100?.fueling).toBeGreaterThan(k100?.fueling ?? 1);
  });

  it("scales vert with gain per km and off-road footing", () => {
    const at = (surface: "road" | "trail" | "mountain", elevationGainM: number) =>
      goalNeeds({ distanceKm: 50, surface, elevationGainM }).vert;
    expect(at("road", 0)).toBe(0);
    expect(at("trail", 2000)).toBeGreaterThan(at("road", 2000));
    expect(at("mountain", 2000)).toBeGreaterThan(at("trail", 2000));
    expect(at("trail", 3000)).toBeGreaterThan(at("trail", 1000));
  });
});
