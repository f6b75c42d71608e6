import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { categoryOf, recoveryWeeks, taperWeeks } from "../constants.ts";
import { addDays, daysBetween } from "../dates.ts";
import { type Conflict, resolveSeason, type SeasonGoalInput } from "./conflicts.ts";
import { defaultMode, modeRank } from "./modes.ts";

const start = "2027-02-01";
const hm = (date: string, priority: "A" | "B" | "C" = "A"): SeasonGoalInput => ({
  id: "hm",
  name: "City Half",
  date,
  distanceKm: 21.1,
  priority,
});
const ultra = (date: string, priority: "A" | "B" | "C" = "A"): SeasonGoalInput => ({
  id: "ultra",
  name: "Forest 50K",
  date,
  distanceKm: 50,
  priority,
});
const race = (id: string, date: string, distanceKm: number, priority: "A" | "B" | "C") => ({
  id,
  date,
  distanceKm,
  priority,
});
const resolve = (goals: SeasonGoalInput[], choices: Record<string, string> = {}) =>
  resolveSeason({ startDate: start, goals, choices });
const only = (conflicts: Conflict[]): Conflict => {
  expect(conflicts).toHaveLength(1);
  return conflicts[0] as Conflict;
};

describe("PEAKS_OVERLAP (MG-2)", () => {
  const goals = [hm("2027-05-02"), ultra("2027-05-30")];

  it("flags an A half and an A 50K four weeks apart; the longer race peaks by default", () => {
    const { modes, conflicts, invalidChoices } = resolve(goals);
    const c = only(conflicts);
    expect(c).toMatchObject({
      id: "w-peaks-overlap-hm-ultra",
      code: "PEAKS_OVERLAP",
      goalIds: ["hm", "ultra"],
      date: "2027-05-02",
      defaultChoice: "ultra-primary",
    });
    expect(c.resolvedBy).toBeUndefined();
    expect(c.message).toBe(
      "City Half on 2 May and Forest 50K on 30 May are 4 weeks apart: you cannot peak for both " +
        "(a peak needs 1 week of recovery, a 3-week rebuild and a 2-week taper between them). " +
        "Planned with Forest 50K as the main goal and City Half as a B race until you choose.",
    );
    expect(c.choices.map((x) => x.id)).toEqual([
      "hm-primary",
      "ultra-primary",
      "hm-training",
      "ultra-training",
    ]);
    expect(c.choices[1]?.label).toBe("Forest 50K primary, City Half as a B race");
    expect(modes).toEqual({ hm: "b-race", ultra: "peak" });
    expect(invalidChoices).toEqual([]);
  });

  it.each([
    ["hm-primary", { hm: "peak", ultra: "b-race" }],
    ["ultra-primary", { hm: "b-race", ultra: "peak" }],
    ["hm-training", { hm: "training-race", ultra: "peak" }],
    ["ultra-training", { hm: "peak", ultra: "training-race" }],
  ])("the answer %s sets the modes and settles the conflict", (choice, expected) => {
    const { modes, conflicts } = resolve(goals, { "w-peaks-overlap-hm-ultra": choice });
    expect(modes).toEqual(expected);
    const c = only(conflicts);
    expect(c.resolvedBy).toBe(choice);
    expect(c.message).toContain("You chose:");
  });

  it("on equal distances the later race peaks", () => {
    const a = race("spring", "2027-04-04", 21.1, "A");
    const b = race("summer", "2027-04-25", 21.1, "A");
    const c = only(resolve([a, b]).conflicts);
    expect(c.defaultChoice).toBe("summer-primary");
  });

  it("leaves two A races far enough apart alone", () => {
    expect(resolve([hm("2027-04-04"), ultra("2027-06-06")]).conflicts).toEqual([]);
  });
});

it("a B half nine weeks before an A 50K is no conflict", () => {
  const { modes, conflicts } = resolve([hm("2027-04-11", "B"), ultra("2027-06-05")]);
  expect(conflicts).toEqual([]);
  expect(modes).toEqual({ hm: "b-race", ultra: "peak" });
});

it("a single goal with a normal runway is no conflict", () => {
  expect(resolve([ultra("2027-06-05")])).toEqual({
    modes: { ultra: "peak" },
    conflicts: [],
    invalidChoices: [],
  });
});

describe("RACE_IN_TAPER and RACE_IN_RECOVERY", () => {
  const tenK = race("10k", "2027-05-22", 10, "B");

  it("a B race in a peak's taper runs as a training race by default", () => {
    const { modes, conflicts } = resolve([tenK, ultra("2027-05-30")]);
    const c = only(conflicts);
    expect(c).toMatchObject({ id: "w-race-in-taper-10k-ultra", code: "RACE_IN_TAPER" });
    expect(c.defaultChoice).toBe("10k-training");
    expect(modes["10k"]).toBe("training-race");
  });

  it("the other answer peaks for the B race and runs the later one easy, settling the conflict", () => {
    const { modes, conflicts } = resolve([tenK, ultra("2027-05-30")], {
      "w-race-in-taper-10k-ultra": "10k-primary",
    });
    expect(modes).toEqual({ "10k": "peak", ultra: "training-race" });
    expect(only(conflicts).resolvedBy).toBe("10k-primary");
  });

  it("never offers to keep a B race inside the taper: its race week would take a taper week's place (TP-1)", () => {
    const c = only(resolve([tenK, ultra("2027-05-30")]).conflicts);
    expect(c.choices.map((x) => x.id)).toEqual(["10k-training", "10k-primary"]);
  });

  it("a training race in a taper is told: kept at easy effort by default, or it becomes the peak", () => {
    const goals = [{ ...tenK, priority: "C" as const }, ultra("2027-05-30")];
    const { modes, conflicts } = resolve(goals);
    const c = only(conflicts);
    expect(c).toMatchObject({ id: "w-race-in-taper-10k-ultra", code: "RACE_IN_TAPER" });
    expect(c.message).toContain("even at easy effort, a race there takes from the rest");
    expect(c.choices.map((x) => x.id)).toEqual(["keep", "10k-primary"]);
    expect(modes).toEqual({ "10k": "training-race", ultra: "peak" });
    const swapped = resolve(goals, { "w-race-in-taper-10k-ultra": "10k-primary" });
    expect(swapped.modes).toEqual({ "10k": "peak", ultra: "training-race" });
  });

  it("a training race inside RC-1's days after a race is told, and may be raced in full", () => {
    const after = race("10k", "2027-05-08", 10, "C");
    const { modes, conflicts } = resolve([hm("2027-05-02"), after]);
    const c = only(conflicts);
    expect(c).toMatchObject({ id: "w-race-in-recovery-10k-hm", code: "RACE_IN_RECOVERY" });
    expect(c.message).toContain("6 days after City Half on 2 May, inside its 7 days");
    expect(c.choices.map((x) => x.id)).toEqual(["keep", "10k-b-race"]);
    expect(modes["10k"]).toBe("training-race");
    const raced = resolve([hm("2027-05-02"), after], { "w-race-in-recovery-10k-hm": "10k-b-race" });
    expect(raced.modes["10k"]).toBe("b-race");
    expect(only(raced.conflicts).resolvedBy).toBe("10k-b-race");
  });

  it("a race inside a training race's days to recover is told, with the choice to run it easy", () => {
    const c100k = race("valley", "2027-04-11", 100, "C");
    const { modes, conflicts } = resolve([c100k, hm("2027-05-02")]);
    const c = only(conflicts);
    expect(c).toMatchObject({
      id: "w-race-after-training-race-valley-hm",
      code: "RACE_AFTER_TRAINING_RACE",
      date: "2027-05-02",
    });
    expect(c.message).toContain("21 days after valley, inside the 21 days");
    // The later race is the peak: the other choice peaks for the training race instead.
    expect(c.choices.map((x) => x.id)).toEqual(["keep", "valley-primary"]);
    expect(modes).toEqual({ valley: "training-race", hm: "peak" });
  });

  it("races two days apart or more only: a race on the eve of another has its own warning", () => {
    const eve = race("5k", "2027-05-02", 5, "C");
    const next = race("10k", "2027-05-03", 10, "C");
    expect(resolve([eve, next, ultra("2027-09-05")]).conflicts).toEqual([]);
  });

  it("a B race inside RC-1's days after a race runs easy by default (RC-1 outranks it)", () => {
    const after = race("10k", "2027-05-08", 10, "B");
    const { modes, conflicts } = resolve([hm("2027-05-02"), after]);
    const c = only(conflicts);
    expect(c).toMatchObject({ id: "w-race-in-recovery-10k-hm", code: "RACE_IN_RECOVERY" });
    expect(c.defaultChoice).toBe("10k-training");
    expect(c.message).toContain("6 days after City Half on 2 May");
    expect(modes["10k"]).toBe("training-race");
    expect(c.choices.map((x) => x.id)).toEqual(["10k-training", "keep"]);
  });

  it("keep races both, the later race on legs not yet recovered", () => {
    const after = race("10k", "2027-05-08", 10, "B");
    const { modes, conflicts } = resolve([hm("2027-05-02"), after], {
      "w-race-in-recovery-10k-hm": "keep",
    });
    expect(modes).toEqual({ hm: "peak", "10k": "b-race" });
    expect(only(conflicts)).toMatchObject({ resolvedBy: "keep" });
    expect(only(conflicts).message).toContain(
      "You chose: Race both: 10k on legs not yet recovered",
    );
  });
});

describe("RACES_SAME_WEEK", () => {
  const tenK = race("10k", "2027-05-12", 10, "B");
  const marathon = race("mara", "2027-05-16", 42.2, "A");

  it("the lower-priority race of the week runs as a training race", () => {
    const { modes, conflicts } = resolve([marathon, tenK]);
    const c = only(conflicts);
    expect(c).toMatchObject({ id: "w-races-same-week-10k-mara", defaultChoice: "10k-training" });
    expect(c.choices.map((x) => x.id)).toEqual(["mara-training", "10k-training"]);
    expect(modes).toEqual({ "10k": "training-race", mara: "peak" });
  });

  it("two A races in one week raise only the same-week conflict; a tie drops the later", () => {
    const sat = race("sat", "2027-05-15", 21.1, "A");
    const sun = race("sun", "2027-05-16", 21.1, "A");
    const c = only(resolve([sat, sun]).conflicts);
    expect(c).toMatchObject({ code: "RACES_SAME_WEEK", defaultChoice: "sun-training" });
  });

  it("the other answer runs the earlier race easy", () => {
    const { modes } = resolve([marathon, tenK], { "w-races-same-week-10k-mara": "mara-training" });
    expect(modes).toEqual({ "10k": "b-race", mara: "training-race" });
  });
});

describe("BUILD_TOO_SHORT (PH-2)", () => {
  it("a first peak closer to the start than its taper + 2 weeks", () => {
    const c = only(resolve([ultra("2027-02-28")]).conflicts);
    expect(c).toMatchObject({ id: "w-build-too-short-ultra", defaultChoice: "keep" });
    expect(resolve([ultra("2027-03-01")]).conflicts).toEqual([]);
    const answered = resolve([ultra("2027-02-28")], { [c.id]: "ultra-b-race" });
    expect(answered.modes.ultra).toBe("b-race");
  });

  it("a second peak past MG-2's gap but short of build + specific + taper", () => {
    const first = race("m1", "2027-04-04", 42.2, "A");
    const second = race("m2", "2027-05-30", 42.2, "A");
    const c = only(resolve([first, second]).conflicts);
    expect(c).toMatchObject({ code: "BUILD_TOO_SHORT", goalIds: ["m2", "m1"] });
    expect(c.message).toContain("only 8 weeks after");
  });
});

describe("answers in `choices`", () => {
  const goals = [hm("2027-05-02"), ultra("2027-05-30")];

  it("an unknown choice for a real conflict is reported, and the default stands", () => {
    const { modes, invalidChoices, conflicts } = resolve(goals, {
      "w-peaks-overlap-hm-ultra": "both",
    });
    expect(invalidChoices).toEqual([
      {
        warningId: "w-peaks-overlap-hm-ultra",
        choiceId: "both",
        valid: ["hm-primary", "ultra-primary", "hm-training", "ultra-training"],
      },
    ]);
    expect(only(conflicts).resolvedBy).toBeUndefined();
    expect(modes.ultra).toBe("peak");
  });

  it("an answer to a conflict that no longer exists is ignored", () => {
    const { invalidChoices } = resolve(goals, { "w-race-in-taper-hm-ultra": "keep" });
    expect(invalidChoices).toEqual([]);
  });

  it("does not depend on the goals' order", () => {
    expect(resolve([...goals].reverse())).toEqual(resolve(goals));
  });

  it("a user mode is the starting point", () => {
    const asB = resolve([{ ...hm("2027-05-02"), mode: "b-race" }, ultra("2027-05-30")]);
    expect(asB.conflicts).toEqual([]);
    expect(asB.modes.hm).toBe("b-race");
    const asPeak = resolve([{ ...hm("2027-05-02", "C"), mode: "peak" }, ultra("2027-05-30")]);
    expect(only(asPeak.conflicts).code).toBe("PEAKS_OVERLAP");
  });
});

describe("property: 2–4 goals", () => {
  const priority = fc.constantFrom("A" as const, "B" as const, "C" as const);
  const goalsArb = fc
    .tuple(
      fc.integer({ min: 7, max: 280 }),
      fc.array(
        fc.record({
          gap: fc.integer({ min: 7, max: 182 }),
          km: fc.double({ min: 5, max: 170, noNaN: true }),
          priority,
        }),
        { minLength: 2, maxLength: 4 },
      ),
    )
    .map(([first, specs]) => {
      let day = first - (specs[0]?.gap ?? 0);
      return specs.map((s, i) => {
        day += s.gap;
        return { id: `g${i}`, date: addDays(start, day), distanceKm: s.km, priority: s.priority };
      });
    });
  const mode = fc.option(
    fc.constantFrom("peak" as const, "b-race" as const, "training-race" as const),
    {
      nil: null,
    },
  );
  /** The same seasons, with the user's own mode on some goals. */
  const withModes = goalsArb.chain((goals) =>
    fc.tuple(...goals.map((g) => mode.map((m): SeasonGoalInput => ({ ...g, mode: m })))),
  );
  const mg2Weeks = (a: SeasonGoalInput, b: SeasonGoalInput) =>
    recoveryWeeks[categoryOf(a.distanceKm)] + 3 + taperWeeks[categoryOf(b.distanceKm)];
  const weeksApart = (a: SeasonGoalInput, b: SeasonGoalInput) =>
    Math.floor(daysBetween(a.date, b.date) / 7);
  const closePairs = (
    goals: SeasonGoalInput[],
    ok: (a: SeasonGoalInput, b: SeasonGoalInput) => boolean,
  ) =>
    goals.flatMap((a, i) =>
      goals
        .slice(i + 1)
        .filter((b) => ok(a, b) && weeksApart(a, b) < mg2Weeks(a, b))
        .map((b) => [a, b] as const),
    );

  it("with defaults, no two peaks are closer than MG-2's gap; close A pairs are asked about", () => {
    fc.assert(
      fc.property(goalsArb, (goals) => {
        const { modes, conflicts } = resolve(goals);
        const peaks = goals.filter((g) => modes[g.id] === "peak");
        expect(closePairs(peaks, () => true)).toEqual([]);
        // With no A race the most important goal is peaked; every other mode only moves down.
        const rank = (g: (typeof goals)[number]) =>
          ({ A: 0, B: 1, C: 2 })[g.priority] * 1000 - g.distanceKm;
        const promoted = goals.some((g) => g.priority === "A")
          ? undefined
          : goals.reduce((a, b) => (rank(b) <= rank(a) ? b : a));
        if (promoted) expect(modes[promoted.id]).toBe("peak");
        for (const g of goals) {
          if (g === promoted) continue;
          expect(modeRank[modes[g.id] ?? "peak"]).toBeLessThanOrEqual(
            modeRank[defaultMode(g.priority)],
          );
        }
        // Every conflict is a real question: two choices or more, its default among them.
        for (const c of conflicts) {
          expect(c.choices.length, c.id).toBeGreaterThanOrEqual(2);
          expect(c.choices.map((x) => x.id)).toContain(c.defaultChoice);
        }
        const asked = (id: string) =>
          conflicts.some((c) => c.goalIds.includes(id) && c.choices.length >= 2);
        for (const [a, b] of closePairs(
          goals,
          (x, y) => x.priority === "A" && y.priority === "A",
        )) {
          expect(asked(a.id) || asked(b.id), `${a.id}/${b.id}`).toBe(true);
          if (goals.length === 2) {
            expect(["PEAKS_OVERLAP", "RACES_SAME_WEEK"]).toContain(conflicts[0]?.code);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("answering every conflict with any of its choices settles it, or leaves it asking anew", () => {
    fc.assert(
      fc.property(withModes, fc.array(fc.nat(), { minLength: 8, maxLength: 8 }), (goals, picks) => {
        const first = resolve(goals);
        const choices = Object.fromEntries(
          first.conflicts.map((c, i) => [
            c.id,
            c.choices[(picks[i] ?? 0) % c.choices.length]?.id ?? "",
          ]),
        );
        const second = resolve(goals, choices);
        expect(second.invalidChoices).toEqual([]);
        // Settled, or changed by another answer so that it asks anew (a stale answer).
        const open = second.conflicts.filter(
          (c) =>
            c.id in choices &&
            c.resolvedBy === undefined &&
            c.choices.some((x) => x.id === choices[c.id]),
        );
        expect(open).toEqual([]);
        const peaks = goals.filter((g) => second.modes[g.id] === "peak");
        expect(closePairs(peaks, () => true)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
