import { describe, expect, it } from "vitest";
import { makePlan } from "../validate/fixtures.test-util.ts";
import { logDay } from "./log.ts";
import { expectOk } from "./plans.test-util.ts";

describe("logDay", () => {
  const plan = makePlan();

  it("records what was done, leaves the plan's weeks alone and says what it logged", () => {
    const logged = expectOk(
      logDay(plan, { date: "2027-01-26", status: "partial", minutes: 30, rpe: 6 }),
    );
    expect(logged.log).toEqual([{ date: "2027-01-26", status: "partial", minutes: 30, rpe: 6 }]);
    expect(logged.weeks).toBe(plan.weeks);
    expect(logged.changes).toEqual([
      {
        kind: "log",
        summary: "Logged Tue 26 Jan: partial, 30 min, RPE 6",
        weekIndexes: [3],
        workoutIds: ["2027-01-26-1"],
      },
    ]);
    expect(logged.revision).toBe(1);
  });

  it("takes the planned minutes for a day done as planned", () => {
    const logged = expectOk(logDay(plan, { date: "2027-01-27", status: "done" }));
    expect(logged.log).toEqual([{ date: "2027-01-27", status: "done", minutes: 75 }]);
  });

  it("keeps one entry a date, the latest, and the log in date order", () => {
    let p = expectOk(logDay(plan, { date: "2027-01-28", status: "missed" }));
    p = expectOk(logDay(p, { date: "2027-01-26", status: "done", rpe: 4 }));
    p = expectOk(logDay(p, { date: "2027-01-28", status: "extra", minutes: 20 }));
    expect(p.log?.map((e) => [e.date, e.status])).toEqual([
      ["2027-01-26", "done"],
      ["2027-01-28", "extra"],
    ]);
    expect(p.changes?.[0]?.summary).toBe(
      "Logged Thu 28 Jan: extra, 20 min (replacing the earlier entry)",
    );
    expect(p.revision).toBe(3);
  });

  it.each([
    [
      "a day outside the plan",
      { date: "2027-06-01", status: "done" },
      "date",
      "2027-06-01 is outside the plan (2027-01-04 to 2027-04-25)",
    ],
    [
      "no real date",
      { date: "2027-02-29", status: "done" },
      "date",
      '"2027-02-29" is not a real date written YYYY-MM-DD',
    ],
    [
      "an unknown status",
      { date: "2027-01-26", status: "skipped" },
      "status",
      'Invalid option: expected one of "done"|"partial"|"missed"|"extra"',
    ],
    [
      "a partial day without minutes",
      { date: "2027-01-26", status: "partial" },
      "minutes",
      "a partial day needs its minutes (none at all is missed)",
    ],
    [
      "a partial day of no minutes",
      { date: "2027-01-26", status: "partial", minutes: 0 },
      "minutes",
      "a partial day needs its minutes (none at all is missed)",
    ],
    [
      "extra running without minutes",
      { date: "2027-01-26", status: "extra", rpe: 5 },
      "minutes",
      "extra running needs its minutes",
    ],
    [
      "minutes on a missed day",
      { date: "2027-01-26", status: "missed", minutes: 20 },
      "minutes",
      "a missed day has no minutes: log it as partial",
    ],
    [
      "effort on a missed day",
      { date: "2027-01-26", status: "missed", rpe: 3 },
      "rpe",
      "a missed day has no effort to rate",
    ],
    [
      "an effort above 10",
      { date: "2027-01-26", status: "done", rpe: 11 },
      "rpe",
      "is 11: must be at most 10",
    ],
    [
      "an effort of 5.5",
      { date: "2027-01-26", status: "done", rpe: 5.5 },
      "rpe",
      "expected int, received number",
    ],
    [
      "more minutes than a day has",
      { date: "2027-01-26", status: "extra", minutes: 1500 },
      "minutes",
      "is 1500: must be at most 1440",
    ],
  ])("refuses %s, naming the field", (_, entry, field, message) => {
    expect(logDay(plan, entry as never)).toEqual({ ok: false, error: { field, message } });
  });
});
