import { describe, expect, it } from "vitest";
import { loadWarningOf } from "./load-warnings.ts";

const late = {
  code: "FITNESS_PEAK_LATE",
  peakDate: "2027-04-14",
  weekIndex: 14,
  daysOut: 3,
} as const;

describe("load-model warnings", () => {
  it("say a late fitness peak asks for an easy last week", () => {
    const w = loadWarningOf({ ...late, fromNothing: false, hasHistory: true });
    expect(w).toEqual(
      expect.objectContaining({ id: "w-fitness-peak", rule: "LD-1", severity: "warn" }),
    );
    expect(w.message).toMatch(
      /^Fitness .* still rises until 14 Apr, 3 days before the race, later than the 1–3 weeks/,
    );
    expect(w.message).toMatch(/Keep the last week's runs short and easy/);
  });

  it("say when a late peak comes only from counting no training before the plan", () => {
    const w = loadWarningOf({ ...late, fromNothing: true, hasHistory: false });
    expect(w.message).toMatch(
      /^Counting no training before the plan, fitness .* still rises until 14 Apr/,
    );
    expect(w.message).toMatch(
      /If you trained before the plan, you start fitter and fitness peaks earlier/,
    );
  });

  /** A peaked race's form on race day, outside the band of +5 to +25. */
  const raceForm = {
    code: "RACE_FORM",
    raceDate: "2027-08-14",
    band: [5, 25],
    mode: "peak",
  } as const;

  it("say which side of its band race-day form falls, and what that means", () => {
    expect(loadWarningOf({ ...raceForm, form: 34.35 }).message).toMatch(
      /^The load model projects race-day form of \+34 on 14 Aug, above the usual \+5 to \+25 for a peaked race: the taper sheds more load/,
    );
    expect(loadWarningOf({ ...raceForm, form: -3.2 }).message).toMatch(
      /of −3 on 14 Aug, below .* carrying fatigue/,
    );
  });

  it("show race-day form in tenths when whole points would read as the band's own bound", () => {
    expect(loadWarningOf({ ...raceForm, form: 25.3 }).message).toMatch(
      /form of \+25\.3 on 14 Aug, above/,
    );
    expect(loadWarningOf({ ...raceForm, form: 25.04 }).message).toMatch(/form of \+25\.04 on/);
    expect(loadWarningOf({ ...raceForm, form: 4.6 }).message).toMatch(
      /form of \+4\.6 on 14 Aug, below/,
    );
  });

  it("say a training dip inside a race's recovery adds to the race's fatigue", () => {
    const fact = {
      code: "DEEP_FATIGUE",
      occasions: 2,
      firstDate: "2027-05-02",
      weekIndex: 17,
    } as const;
    expect(loadWarningOf({ ...fact, afterRace: true }).message).toMatch(
      /from training on 2 occasions, the first around 2 May .*: training that resumes while a race's fatigue lasts\. Keep the days after a race easy/,
    );
  });
});
