import { describe, expect, it } from "vitest";
import { distanceCategories, recoveryWeeks, taperWeeks } from "../constants.ts";
import { addDays, daysBetween, epochDayOf, weekdayIndex } from "../dates.ts";
import type { PhaseKind } from "../schema/plan.ts";
import { testGoal } from "../season/goal.test-util.ts";
import { cutbackPatternAround } from "./cutbacks.ts";
import { buildMacro } from "./macro.ts";
import { phaseLengths } from "./phase-lengths.ts";

const start = "2027-01-04"; // a Monday
const order: PhaseKind[] = ["base", "build", "specific", "peak", "taper", "race", "recovery"];
const loadingPhases = new Set<PhaseKind>(["base", "build", "specific", "peak"]);

/** Every distance × runway of 0..60 weeks × race weekday (Mon, Wed, Sat, Sun) × 2:1 and 3:1. */
const cases = distanceCategories
  .flatMap((category) =>
    Array.from({ length: 61 }, (_, runway) =>
      [0, 2, 5, 6].flatMap((raceWeekday) =>
        [3, 4].map((every) => ({ category, runway, raceWeekday, every })),
      ),
    ).flat(),
  )
  .map((c) => {
    const date = addDays(start, c.runway * 7 + c.raceWeekday);
    const goal = testGoal({ date, category: c.category });
    return { ...c, date, macro: buildMacro(start, [goal], c.every) };
  });

describe("buildMacro", () => {
  it("covers every distance, runway, race weekday and rhythm", () => {
    expect(cases.length).toBe(6 * 61 * 4 * 2);
  });

  it("lays weeks on contiguous Mondays from the start, indexed in order", () => {
    for (const { category, date, macro } of cases) {
      const { weeks } = macro;
      const actual = weeks.map((w) => [
        w.index,
        w.startDate,
        weekdayIndex(epochDayOf(w.startDate)),
        w.goalId,
      ]);
      const expected = weeks.map((_, i) => [i, addDays(start, 7 * i), 0, "g"]);
      expect(actual, `${category} ${date}`).toEqual(expected);
    }
  });

  it("PH-1: phases in order, none empty, covering the weeks contiguously", () => {
    for (const { category, date, macro } of cases) {
      const { weeks, phases } = macro;
      const label = `${category} ${date}`;
      const ranks = phases.map((p) => order.indexOf(p.kind));
      expect(ranks, label).toEqual([...ranks].sort((x, y) => x - y));
      expect(new Set(ranks).size, label).toBe(ranks.length);
      expect(
        phases.flatMap((p) => p.weekIndexes),
        label,
      ).toEqual(weeks.map((w) => w.index));
      const actual = phases.map((p) => {
        const first = p.weekIndexes[0] ?? -1;
        const last = p.weekIndexes.at(-1) ?? -1;
        return {
          index: p.index,
          goalId: p.goalId,
          nonEmpty: p.weekIndexes.length > 0,
          startDate: p.startDate === addDays(start, 7 * first),
          endDate: p.endDate === addDays(start, 7 * last + 6),
          weeks: p.weekIndexes.every((idx) => {
            const w = weeks[idx];
            return (
              w?.phase === p.kind &&
              w.phaseLength === p.weekIndexes.length &&
              w.weekInPhase === idx - first
            );
          }),
        };
      });
      const expected = phases.map((_, i) => ({
        index: i,
        goalId: "g",
        nonEmpty: true,
        startDate: true,
        endDate: true,
        weeks: true,
      }));
      expect(actual, label).toEqual(expected);
    }
  });

  it("holds the race day in the one race week, then the recovery weeks", () => {
    for (const { category, runway, date, macro } of cases) {
      const { weeks, phases } = macro;
      const label = `${category} ${date}`;
      const raceWeeks = weeks.filter((w) => w.phase === "race");
      expect(raceWeeks, label).toHaveLength(1);
      const race = raceWeeks[0];
      if (!race) continue;
      expect(race.index, label).toBe(runway);
      expect(race.kind).toBe("race");
      const offset = daysBetween(race.startDate, date);
      expect(offset, label).toBeGreaterThanOrEqual(0);
      expect(offset, label).toBeLessThanOrEqual(6);
      expect(race.raceDay, label).toBe(weekdayIndex(epochDayOf(date)));
      expect(weeks.filter((w) => w.raceDay !== undefined)).toHaveLength(1);
      // Recovery follows the race week, and ends the plan.
      const after = weeks.slice(race.index + 1);
      expect(after.length, label).toBe(recoveryWeeks[category]);
      for (const w of after) {
        expect(w.phase).toBe("recovery");
        expect(w.kind).toBe("recovery");
      }
      expect(phases.at(-1)?.kind).toBe("recovery");
      expect(phases.at(-2)?.kind).toBe("race");
    }
  });

  it("keeps the full taper right before the race when the runway allows it", () => {
    for (const { category, runway, date, macro } of cases) {
      const { weeks } = macro;
      const taper = weeks.filter((w) => w.phase === "taper");
      expect(taper.length, `${category} ${date}`).toBe(Math.min(runway, taperWeeks[category]));
      taper.forEach((w, i) => {
        expect(w.index).toBe(runway - taper.length + i);
        expect(w.kind).toBe("taper");
      });
    }
  });

  it("follows phaseLengths and reports the weeks missing or extra (PH-2, PH-3)", () => {
    for (const { category, runway, macro } of cases) {
      const expected = phaseLengths(category, runway);
      expect(macro.runways[0]?.weeksMissing).toBe(expected.weeksMissing);
      expect(macro.runways[0]?.weeksExtra).toBe(expected.weeksExtra);
      for (const kind of ["base", "build", "specific", "peak", "taper"] as const) {
        expect(macro.weeks.filter((w) => w.phase === kind).length).toBe(expected.lengths[kind]);
      }
    }
  });

  it("puts cutbacks only in loading phases, in the PR-1 rhythm across them", () => {
    const kindOf = { base: "base", build: "build", specific: "build", peak: "peak" } as const;
    for (const { category, date, every, macro } of cases) {
      const { weeks } = macro;
      const loading = weeks.filter((w) => loadingPhases.has(w.phase));
      const expected = cutbackPatternAround(loading.length, new Set(), every, true);
      const actual = weeks.map((w) => w.kind);
      let i = 0;
      const want = weeks.map((w) => {
        if (!loadingPhases.has(w.phase)) return w.phase;
        return expected[i++] ? "cutback" : kindOf[w.phase as keyof typeof kindOf];
      });
      expect(actual, `${category} ${date}`).toEqual(want);
    }
  });

  it("takes a week mostly away as its stretch's lighter week: no cutback beside it, the rhythm anew", () => {
    const goal = testGoal({ date: addDays(start, 24 * 7 + 6), category: "half" });
    const macro = buildMacro(start, [goal], 4, (i) => i === 10 || i === 11);
    const kinds = macro.weeks
      .slice(0, 16)
      .map((w) => (w.kind === "cutback" ? "c" : w.away ? "a" : "-"));
    // Two weeks away in a row are one lighter stretch: the first is the lighter week.
    expect(kinds.join("")).toBe("---c---c--a---c-");
    const plain = buildMacro(start, [goal], 4);
    expect(plain.weeks[11]?.kind).toBe("cutback");
  });

  it("lays out a 100K raced in week 25 (the example's shape)", () => {
    const goal = testGoal({ id: "ultra", date: "2027-06-26", category: "100k" });
    const macro = buildMacro(start, [goal], 4);
    // 24 weeks before the race week: minimums (4/4/4/2 + taper 2) and 8 more weeks.
    expect(macro.phases.map((p) => [p.kind, p.weekIndexes.length])).toEqual([
      ["base", 6],
      ["build", 6],
      ["specific", 8],
      ["peak", 2],
      ["taper", 2],
      ["race", 1],
      ["recovery", 2],
    ]);
    expect(macro.weeks.find((w) => w.phase === "race")?.raceDay).toBe(5); // Saturday
    expect(macro.runways[0]?.weeksMissing).toBe(0);
  });
});
