import { describe, expect, it } from "vitest";
import { examplePlan } from "./example-plans.test-util.ts";
import { replanSuggestion } from "./log-facts.ts";

describe("where a re-plan starts", () => {
  const plan = examplePlan("100k-trail-intermediate");

  it("suggests nothing until something is logged", () => {
    expect(replanSuggestion(plan, "2027-01-20")).toBeUndefined();
  });

  it("starts the Monday after the last logged week", () => {
    const log = [
      { date: "2027-01-18", status: "missed" as const },
      { date: "2027-01-20", status: "missed" as const },
    ];
    expect(replanSuggestion({ ...plan, log }, "2026-12-03")).toEqual({
      from: "2027-01-25",
      loggedDays: 2,
    });
  });

  it("starts this week when the season has moved past the log", () => {
    const log = [{ date: "2027-01-05", status: "done" as const }];
    expect(replanSuggestion({ ...plan, log }, "2027-02-03")?.from).toBe("2027-02-01");
  });

  it("ignores what was logged before the last re-plan", () => {
    const log = [{ date: "2027-01-05", status: "done" as const }];
    expect(
      replanSuggestion({ ...plan, log, replannedFrom: "2027-01-11" }, "2027-01-12"),
    ).toBeUndefined();
  });
});
