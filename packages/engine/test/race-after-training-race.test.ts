/**
 * A training race the runner chose, whose days to recover reach a race that counts: run
 * easy it still takes them (RC-1). The runner is told, once, with what it costs and the
 * choices that change it; the plan keeps every rule whichever they pick.
 */
import { describe, expect, it } from "vitest";
import { generatePlan } from "../src/generate.ts";
import { validatePlan } from "../src/validate/validate.ts";

const history = Array.from({ length: 12 }, (_, i) => ({
  start: new Date(Date.UTC(2027, 2, 15 + 7 * i)).toISOString().slice(0, 10),
  minutes: 420,
  runs: 6,
  longestRunMin: 150,
}));
const ultra = (id: string, name: string, date: string, priority: "A" | "C") => ({
  id,
  name,
  date,
  distanceKm: 100,
  surface: "trail" as const,
  elevationGainM: 3000,
  priority,
});
const seasonWith = (trainingRaceDate: string) =>
  generatePlan(
    {
      startDate: "2027-06-07",
      seed: 1,
      athlete: { history: { weeks: history } },
      goals: [
        ultra("valley", "Valley 100K", trainingRaceDate, "C"),
        ultra("ridge", "Ridge 100K", "2027-10-10", "A"),
      ],
    },
    { today: "2027-06-01" },
  );

const errorsOf = (plan: Parameters<typeof validatePlan>[0]) =>
  validatePlan(plan).filter((f) => f.severity === "error");

describe("a C 100K 18 days before the season's A 100K: inside its taper", () => {
  const result = seasonWith("2027-09-22");
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const plan = result.value;
  const id = "w-race-in-taper-valley-ridge";

  it("warns that the training race takes from the taper, with two choices", () => {
    const warning = plan.warnings.find((w) => w.id === id);
    expect(warning).toMatchObject({ code: "RACE_IN_TAPER", rule: "MG-1", severity: "warn" });
    expect(warning?.message).toContain(
      "Valley 100K on 22 Sep falls in the 2-week taper of Ridge 100K on 10 Oct",
    );
    expect(warning?.choices?.map((c) => c.id)).toEqual(["keep", "valley-primary"]);
    expect(errorsOf(plan)).toEqual([]);
  });

  it.each(["keep", "valley-primary"])("the answer %s settles it and keeps the rules", (choice) => {
    const answered = generatePlan(
      { ...plan.scenario, choices: { [id]: choice } },
      { today: "2027-06-01" },
    );
    if (!answered.ok) throw new Error(JSON.stringify(answered.error));
    expect(answered.value.warnings.map((w) => w.id)).not.toContain(id);
    expect(errorsOf(answered.value)).toEqual([]);
  });
});

describe("a C 100K 21 days before an A half: inside its days to recover", () => {
  const result = generatePlan(
    {
      startDate: "2027-06-07",
      seed: 1,
      athlete: { history: { weeks: history } },
      goals: [
        ultra("valley", "Valley 100K", "2027-09-19", "C"),
        { id: "city", name: "City Half", date: "2027-10-10", distanceKm: 21.1, priority: "A" },
      ],
    },
    { today: "2027-06-01" },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const plan = result.value;

  it("warns that the half comes on legs still recovering, with two choices", () => {
    const warning = plan.warnings.find((w) => w.code === "RACE_AFTER_TRAINING_RACE");
    expect(warning).toMatchObject({
      id: "w-race-after-training-race-valley-city",
      rule: "RC-1",
      date: "2027-10-10",
    });
    expect(warning?.message).toContain(
      "City Half on 10 Oct is 21 days after Valley 100K, inside the 21 days",
    );
    expect(warning?.choices?.map((c) => c.id)).toEqual(["keep", "valley-primary"]);
    expect(errorsOf(plan)).toEqual([]);
  });

  it("says nothing once the training race's recovery ends before the race", () => {
    const earlier = seasonWith("2027-09-12");
    if (!earlier.ok) throw new Error(JSON.stringify(earlier.error));
    const codes = earlier.value.warnings.map((w) => w.code);
    expect(codes).not.toContain("RACE_AFTER_TRAINING_RACE");
    expect(codes).not.toContain("RACE_IN_TAPER");
  });
});
